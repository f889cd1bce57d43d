import type { OcNumber } from '../../src/features/numbers/schema.ts';
import { json, rateLimited, serverError, validationProblem } from './json-answer.ts';
import { assignmentOf, numberOffering, viewOf, type MicrosoftView } from './microsoft-view.ts';
import { statusFaults, type StatusFault } from './reserved-reads.ts';
import { guidPattern } from './query-params.ts';
import { findNumber } from './sandbox-numbers.ts';

/*
 * POST /api/v2/oc/numbers/action/number-status as Live Platform answers it, with the API's own
 * spelling `telphoneNumberDetail`. A number Microsoft does not hold for that tenant (unknown, or
 * another tenant's) is "not found" with empty strings, as documented.
 */

const faultByNumber = new Map(statusFaults.map((f) => [f.telephoneNumber, f.fault]));

const notFound = { numberFound: false, numberOffering: '', assignmentStatus: '' };

function detailFor(view: MicrosoftView, record: OcNumber) {
  if (view.kind === 'not-found') return notFound;
  const assignmentStatus =
    view.kind === 'different-assignment' ? view.assignmentStatus : assignmentOf(record);
  return { numberFound: true, numberOffering: numberOffering(record), assignmentStatus };
}

function itemFor(telephoneNumber: string, msTenantId: string) {
  const record = findNumber(telephoneNumber);
  const ours = record && record.tenantId?.toLowerCase() === msTenantId.toLowerCase();
  if (!record || !ours) {
    return {
      telephoneNumber,
      validationResult: 'Success',
      actionRequired: false,
      validationDetail: [],
      telphoneNumberDetail: notFound,
    };
  }
  const view = viewOf(telephoneNumber);
  const failed = view.kind === 'validation-failed';
  return {
    telephoneNumber,
    validationResult: failed ? 'Failed' : 'Success',
    actionRequired: failed,
    validationDetail: failed ? [...view.validationDetail] : [],
    telphoneNumberDetail: detailFor(view, record),
  };
}

const faultAnswers: Record<StatusFault, (key: string) => Response> = {
  'server-error': serverError,
  'rate-limited': () => rateLimited(),
  'validation-error': (key) =>
    validationProblem(
      { 'telephoneNumbers[0]': ['The telephone number is not valid for Operator Connect.'] },
      key,
    ),
};

type Read =
  | { readonly ok: true; readonly msTenantId: string; readonly telephoneNumbers: string[] }
  | { readonly ok: false; readonly errors: Record<string, string[]> };

function readBody(body: unknown): Read {
  const { msTenantId, telephoneNumbers } = (body ?? {}) as Record<string, unknown>;
  const errors: Record<string, string[]> = {};
  const tenantOk = typeof msTenantId === 'string' && guidPattern.test(msTenantId);
  if (!tenantOk) errors.msTenantId = ['The msTenantId field is required and must be a GUID.'];
  const numbers = Array.isArray(telephoneNumbers) ? (telephoneNumbers as unknown[]) : [];
  const listOk = numbers.length > 0 && numbers.every((n) => typeof n === 'string');
  if (!listOk) errors.telephoneNumbers = ['The telephoneNumbers field is required.'];
  if (!tenantOk || !listOk) return { ok: false, errors };
  return { ok: true, msTenantId: msTenantId, telephoneNumbers: numbers };
}

export function answerNumberStatus(body: unknown): Response {
  const read = readBody(body);
  if (!read.ok) return validationProblem(read.errors, 'number-status');
  const fault = read.telephoneNumbers
    .map((n) => ({ n, fault: faultByNumber.get(n) }))
    .find((f) => f.fault !== undefined);
  if (fault?.fault) return faultAnswers[fault.fault](fault.n);
  const items = read.telephoneNumbers.map((n) => itemFor(n, read.msTenantId));
  const allGood = items.every((item) => item.validationResult === 'Success');
  return json({ validationResult: allGood ? 'Success' : 'Failed', telephoneNumbers: items });
}
