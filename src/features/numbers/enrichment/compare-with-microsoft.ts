import type { MicrosoftCheck } from '../../../api/number-status.ts';
import { assignmentLabel } from '../labels/assignment.ts';
import type { RawCode } from '../labels/status-label.ts';
import type { OcNumber } from '../schema.ts';

/** One thing both sides say, side by side, with whether they agree and why not, in words. */
export type Comparison = {
  id: 'found' | 'assignment' | 'validation';
  label: string;
  livePlatform: string;
  microsoft: string;
  agrees: boolean;
  /** Only when they disagree: the disagreement, said plainly. */
  disagreement: string | null;
};

const blank = (value: RawCode) =>
  value === null || value === undefined || String(value).trim() === '';

// Live Platform's portal says "VoiceApp" where Microsoft says "VoiceApplicationAssigned".
const sameAssignment: Record<string, string> = { voiceapp: 'voiceapplicationassigned' };

export function assignmentKey(value: RawCode): string | null {
  if (blank(value)) return null;
  const key = String(value).trim().toLowerCase();
  return Object.hasOwn(sameAssignment, key) ? (sameAssignment[key] ?? key) : key;
}

const assignmentText = (value: RawCode) => {
  if (blank(value)) return 'Nothing reported';
  const label = assignmentLabel(value);
  const raw = String(value);
  return label.known && label.label !== raw ? `${label.label} (${raw})` : raw;
};

/** Whether Teams and Live Platform name different assignments (each side must name one). */
export function assignmentsDisagree(number: OcNumber, check: MicrosoftCheck): boolean {
  const detail = check.item?.telphoneNumberDetail;
  const ours = assignmentKey(number.assignmentStatus);
  const theirs = assignmentKey(detail?.assignmentStatus);
  return detail?.numberFound === true && ours !== null && theirs !== null && ours !== theirs;
}

export const isSuccess = (value: RawCode) =>
  String(value ?? '')
    .trim()
    .toLowerCase() === 'success';

/** What Live Platform stores beside what Microsoft answered, each disagreement in words. */
export function compareWithMicrosoft(number: OcNumber, check: MicrosoftCheck): Comparison[] {
  const item = check.item;
  const detail = item?.telphoneNumberDetail;
  const found = detail?.numberFound;
  const foundAgrees = found !== false;
  const assignmentAgrees = !assignmentsDisagree(number, check);
  const validation = item?.validationResult ?? check.overallResult;
  const validationAgrees = isSuccess(validation);
  return [
    {
      id: 'found',
      label: 'Number known',
      livePlatform: 'Yes (it holds this record)',
      microsoft: found === true ? 'Yes' : found === false ? 'No' : 'Not said',
      agrees: foundAgrees,
      disagreement: foundAgrees
        ? null
        : 'Microsoft does not know this number, although Live Platform holds it: it was never uploaded to the tenant, or it was released there.',
    },
    {
      id: 'assignment',
      label: 'Teams assignment',
      livePlatform: assignmentText(number.assignmentStatus),
      microsoft: assignmentText(detail?.assignmentStatus),
      agrees: assignmentAgrees,
      disagreement: assignmentAgrees
        ? null
        : `Teams says ${assignmentText(detail?.assignmentStatus)}, Live Platform stores ${assignmentText(number.assignmentStatus)}: Live Platform's record is out of date until its next assignment check.`,
    },
    {
      id: 'validation',
      label: 'Validation',
      livePlatform: 'Not stored',
      microsoft: blank(validation) ? 'Not said' : String(validation),
      agrees: validationAgrees,
      disagreement: validationAgrees
        ? null
        : `Microsoft's validation did not succeed (${blank(validation) ? 'no result given' : String(validation)})${item?.actionRequired ? '; Microsoft says action is required' : ''}.`,
    },
  ];
}
