/*
 * How the tenant page shows a number's values. The label maps belong to the numbers feature
 * (src/features/numbers/labels), and a feature never imports another one, so the route, which
 * may import both, hands them in. The shapes are those maps' own.
 */

/** An upstream code or enumeration value, as the schemas let it through. */
export type RawCode = string | number | boolean | null | undefined;

export type ValueLabel = { label: string; color: string; description: string; known: boolean };

export type TenantLabels = {
  lifecycle: (value: RawCode) => ValueLabel;
  assignment: (value: RawCode) => ValueLabel;
  capability: (raw: string) => { label: string; known: boolean };
  /** "+441174960000" → "+44 117 496 0000". */
  formatNumber: (e164: string) => string;
};
