import { notReported, type RawCode, type StatusLabel } from './status-label.ts';
import { clip } from '../../../lib/clip.ts';

/*
 * aslvCode, the result of Live Platform's latest check of the number's Teams assignment. The
 * vendor says only that the codes are numeric and "inspired from HTTP status codes", so each code
 * is read as its HTTP namesake; the explanations say what that means for the number and what to
 * do next. A code not listed here is shown as received and marked as not known.
 */
export type KnownCheckCode = 200 | 204 | 400 | 401 | 403 | 404 | 409 | 429 | 500 | 502 | 503 | 504;

export type CheckCodeExplanation = {
  outcome: 'succeeded' | 'failed';
  /** The HTTP name the code is read as: "Conflict". */
  name: string;
  meaning: string;
  nextStep: string;
};

const tryLater = 'Usually passes on its own: look again after the next check run.';

export const checkCodes: Record<KnownCheckCode, CheckCodeExplanation> = {
  200: {
    outcome: 'succeeded',
    name: 'OK',
    meaning: 'Teams and Live Platform agree on how the number is assigned.',
    nextStep: 'Nothing to do.',
  },
  204: {
    outcome: 'succeeded',
    name: 'No Content',
    meaning: 'The check passed; Teams had nothing to report about the number.',
    nextStep: 'Nothing to do.',
  },
  400: {
    outcome: 'failed',
    name: 'Bad Request',
    meaning: 'Teams refused the check as malformed: the record may hold a value Teams rejects.',
    nextStep:
      'Compare the capabilities and calling profile with the Teams admin center; if they look right, open a case with AudioCodes.',
  },
  401: {
    outcome: 'failed',
    name: 'Unauthorized',
    meaning: "Live Platform's sign-in to the customer's Teams was not accepted.",
    nextStep:
      "Ask the customer to check the Operator Connect consent in their Teams admin center; Live Platform's own access may need renewing by AudioCodes.",
  },
  403: {
    outcome: 'failed',
    name: 'Forbidden',
    meaning: "Live Platform may not read this number in the customer's tenant.",
    nextStep:
      'Ask the customer whether they removed the operator or its permissions in the Teams admin center.',
  },
  404: {
    outcome: 'failed',
    name: 'Not Found',
    meaning: "Teams does not know the number in the customer's tenant.",
    nextStep:
      'Check in the Teams admin center whether the number was released or never uploaded; upload it again if it should be there.',
  },
  409: {
    outcome: 'failed',
    name: 'Conflict',
    meaning:
      'Teams holds a different state for the number than Live Platform (for example assigned in Teams but not here, or the other way round).',
    nextStep:
      'Compare the assignment in the Teams admin center with the Teams assignment shown above; the next check usually aligns them once one side is corrected.',
  },
  429: {
    outcome: 'failed',
    name: 'Too Many Requests',
    meaning: 'Teams was rate-limiting Live Platform when the check ran.',
    nextStep: tryLater,
  },
  500: {
    outcome: 'failed',
    name: 'Internal Server Error',
    meaning: 'The check failed inside Teams or Live Platform, not because of the number.',
    nextStep: `${tryLater} If it stays, open a case with AudioCodes with the number and the time of the check.`,
  },
  502: {
    outcome: 'failed',
    name: 'Bad Gateway',
    meaning: 'Live Platform could not get a usable answer from Teams.',
    nextStep: tryLater,
  },
  503: {
    outcome: 'failed',
    name: 'Service Unavailable',
    meaning: 'Teams was unavailable when the check ran.',
    nextStep: tryLater,
  },
  504: {
    outcome: 'failed',
    name: 'Gateway Timeout',
    meaning: 'Teams did not answer the check in time.',
    nextStep: tryLater,
  },
};

const isKnownCheckCode = (code: number): code is KnownCheckCode => Object.hasOwn(checkCodes, code);

export type VerificationLabel = StatusLabel & {
  explanation: CheckCodeExplanation | null;
};

/** The latest check's code as a badge, with what it means and what to do when it is known. */
export function verificationLabel(value: RawCode): VerificationLabel {
  if (value === null || value === undefined || value === '') {
    return { ...notReported, explanation: null };
  }
  const text = clip(String(value), 100);
  const code = typeof value === 'boolean' ? NaN : Number(value);
  if (!/^\d+$/.test(String(value)) || !isKnownCheckCode(code)) {
    return {
      label: `Code ${text}`,
      color: 'gray',
      description: `Code ${text} is not one this app knows: shown as received.`,
      known: false,
      explanation: null,
    };
  }
  const explanation = checkCodes[code];
  const succeeded = explanation.outcome === 'succeeded';
  return {
    label: `${succeeded ? 'Passed' : 'Failed'} (${code} ${explanation.name})`,
    color: succeeded ? 'teal' : 'red',
    description: explanation.meaning,
    known: true,
    explanation,
  };
}
