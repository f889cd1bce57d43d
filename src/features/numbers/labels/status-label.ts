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
    label: String(raw),
    color: 'gray',
    description: `A value this app does not know yet (${JSON.stringify(raw)}), shown as received.`,
    known: false,
  };
}
