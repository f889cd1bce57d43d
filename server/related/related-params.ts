import { isE164 } from '../e164.ts';
import type { UpstreamRequest } from '../upstream-request.ts';

/*
 * The parameters of Live Platform's related reads, checked before anything goes upstream. Each
 * read takes Live Platform's own parameter names (msTenantID for leads, msTenantId elsewhere, as
 * the API spells them). A parameter a read does not take, or one given twice, is refused rather
 * than dropped: a caller that sent it meant something by it, and would otherwise get an answer to
 * another question. Every refusal names each wrong parameter and what to send instead.
 */

export type Checked = { ok: true; request: UpstreamRequest } | { ok: false; errors: FieldErrors };
export type FieldErrors = Record<string, string[]>;

export const relatedPaths = {
  customers: '/api/v3/customer',
  callingProfiles: '/api/v2/oc/callingprofile',
  leads: '/api/v2/oc/lead',
  tenantNumbers: '/api/v3/oc/numbers',
  numberStatus: '/api/v2/oc/numbers/action/number-status',
} as const;

/** Live Platform's lifecycle filter: these words exactly, as its v3 numbers list takes them. */
export const acquiredNumberStatusWords = [
  'Active',
  'Release Requested',
  'Marked For Removal',
  'Ready For Removal',
] as const;

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const exampleGuid = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';
const guidMessage = `must be the tenant's Microsoft (Entra) tenant id, a GUID such as ${exampleGuid}`;

/** Page ranges: Live Platform numbers leads' pages from 0 and numbers' pages from 1. */
export const pageRanges = {
  leadPageNumber: { min: 0, max: 10_000 },
  numbersPageNumber: { min: 1, max: 10_000 },
  pageSize: { min: 1, max: 500 },
} as const;

type Range = { min: number; max: number };

function wholeNumberIn(value: string, { min, max }: Range): boolean {
  // Digits only: no sign, no exponent, no decimals, no spaces; at most 5 digits, so never huge.
  if (!/^\d{1,5}$/.test(value)) return false;
  const number = Number(value);
  return number >= min && number <= max;
}

type ParamRule = { required: boolean; check: (value: string) => string | undefined };

const tenantRule: ParamRule = {
  required: true,
  check: (value) => (guid.test(value) ? undefined : guidMessage),
};
const pageRule = (range: Range): ParamRule => ({
  required: false,
  check: (value) =>
    wholeNumberIn(value, range)
      ? undefined
      : `must be a whole number from ${range.min} to ${range.max}`,
});
const statusRule: ParamRule = {
  required: false,
  check: (value) =>
    (acquiredNumberStatusWords as readonly string[]).includes(value)
      ? undefined
      : `must be one of ${acquiredNumberStatusWords.map((word) => `"${word}"`).join(', ')}`,
};

const queryRules: Record<
  Exclude<keyof typeof relatedPaths, 'numberStatus'>,
  Record<string, ParamRule>
> = {
  customers: {},
  callingProfiles: {},
  leads: {
    msTenantID: tenantRule,
    pageNumber: pageRule(pageRanges.leadPageNumber),
    pageSize: pageRule(pageRanges.pageSize),
  },
  tenantNumbers: {
    msTenantId: tenantRule,
    acquiredNumberStatus: statusRule,
    pageNumber: pageRule(pageRanges.numbersPageNumber),
    pageSize: pageRule(pageRanges.pageSize),
  },
};

export type QueryRead = keyof typeof queryRules;

/** Checks a GET's query for `read`; on success, the request to send Live Platform. */
export function checkQuery(read: QueryRead, params: URLSearchParams): Checked {
  const rules = queryRules[read];
  const errors = noPrototype();
  const query: Record<string, string> = {};
  const add = (name: string, message: string) => (errors[name] ??= []).push(message);
  for (const name of new Set(params.keys())) {
    const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
    const values = params.getAll(name);
    if (!rule) add(clipped(name), `is not a parameter of this read; it takes ${takes(rules)}`);
    else if (values.length > 1) add(name, 'must be given once');
    else {
      const value = values[0] ?? '';
      const problem = rule.check(value);
      if (problem) add(name, problem);
      // Tenant ids go on in lower case: one spelling per tenant upstream and in the cache.
      else query[name] = rule === tenantRule ? value.toLowerCase() : value;
    }
  }
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.required && !params.has(name)) add(name, `is required: ${rule.check('') ?? ''}`);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: { method: 'GET', path: relatedPaths[read], query } };
}

const takes = (rules: Record<string, ParamRule>) => {
  const names = Object.keys(rules);
  return names.length === 0 ? 'no parameters' : names.join(', ');
};

/** A parameter name as echoed back: a hostile one must not make the answer huge. */
// Errors are keyed by whatever name the caller sent (__proto__ included): no prototype to hit.
const noPrototype = () => Object.create(null) as FieldErrors;

const clipped = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

/** The body of number-status: `{"msTenantId": "<guid>", "telephoneNumbers": ["<E.164>"]}`. */
export function checkNumberStatusBody(body: unknown): Checked {
  const errors = noPrototype();
  const add = (name: string, message: string) => (errors[name] ??= []).push(message);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return {
      ok: false,
      errors: { body: ['must be a JSON object with msTenantId and telephoneNumbers'] },
    };
  }
  const record = body as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    if (name !== 'msTenantId' && name !== 'telephoneNumbers') {
      add(clipped(name), 'is not a member of this body; it takes msTenantId and telephoneNumbers');
    }
  }
  const { msTenantId, telephoneNumbers } = record;
  if (typeof msTenantId !== 'string' || !guid.test(msTenantId)) add('msTenantId', guidMessage);
  const numbers = Array.isArray(telephoneNumbers) ? (telephoneNumbers as unknown[]) : undefined;
  if (numbers?.length !== 1) {
    add('telephoneNumbers', 'must be an array of exactly one number, e.g. ["+442074996300"]');
  } else if (typeof numbers[0] !== 'string' || !isE164(numbers[0])) {
    add('telephoneNumbers', 'must hold a valid number in E.164: + and country code and digits');
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      method: 'POST',
      path: relatedPaths.numberStatus,
      body: { msTenantId: (msTenantId as string).toLowerCase(), telephoneNumbers: numbers },
    },
  };
}
