import type { CallingProfile } from '../../../api/calling-profiles.ts';
import type { MicrosoftCheck } from '../../../api/number-status.ts';
import type { SbcMatch } from '../enrichment/sbc-match.ts';
import type { OcNumber } from '../schema.ts';

/** What the diagnosis knows: the record always; the rest once loaded or asked for. */
export type Facts = {
  number: OcNumber;
  /** The number's calling profile: undefined while unknown (loading, failed, none set). */
  profile: CallingProfile | undefined;
  /** The number's SBCs against the profile's, once the profile is known. */
  sbcMatch: SbcMatch | undefined;
  /** Microsoft's answer, once a person has checked. */
  microsoft: MicrosoftCheck | undefined;
  now: Date;
};

export type Severity = 'problem' | 'warning' | 'ok';

/** A fact a finding was derived from: the field as the record (or answer) names it, and its value. */
export type Evidence = { field: string; value: string };

export type Finding = {
  ruleId: string;
  severity: Severity;
  /** The state, in one plain sentence. */
  text: string;
  /** What to do next. */
  nextStep: string;
  derivedFrom: Evidence[];
};

export type Rule = {
  id: string;
  /** The finding when the rule applies; null when it does not. */
  when: (facts: Facts) => Omit<Finding, 'ruleId'> | null;
};
