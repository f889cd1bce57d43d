import { clip } from '../../../lib/clip.ts';
import { readableValue } from './readable-value.ts';

/** How an upstream enumeration value is shown: text first (colour is never the only signal). */
export type StatusLabel = {
  label: string;
  color: string;
  description: string;
  /**
   * False for values newer than this app: shown readably (split into words) and marked as new,
   * with the value as received in the description.
   */
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

/** A value newer than this app: not an error, only not explained here yet. */
export function unknownValue(raw: string | number | boolean): StatusLabel {
  return {
    label: readableValue(String(raw)),
    color: 'indigo',
    description: `New value ${clip(JSON.stringify(raw), 200)}: Live Platform sent it as received here; this app has no explanation for it yet.`,
    known: false,
  };
}
