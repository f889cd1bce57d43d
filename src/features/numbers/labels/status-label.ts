import { clip } from '../../../lib/clip.ts';

/** How an upstream enumeration value is shown: text first (colour is never the only signal). */
export type StatusLabel = {
  label: string;
  color: string;
  description: string;
  /** False for values the app has no mapping for: they are shown raw and marked as such. */
  known: boolean;
};

export const notReported: StatusLabel = {
  label: 'Not reported',
  color: 'gray',
  description: 'Live Platform did not report a value.',
  known: true,
};

/** An upstream code or enumeration value, as the schema lets it through. */
export type RawCode = string | number | boolean | null | undefined;

export function unknownValue(raw: string | number | boolean): StatusLabel {
  return {
    label: clip(String(raw), 100),
    color: 'gray',
    description: `A value this app does not know yet (${clip(JSON.stringify(raw), 200)}), shown as received.`,
    known: false,
  };
}
