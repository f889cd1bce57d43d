import { describe, expect, it } from 'vitest';
import { checkNumberStatusBody, checkQuery, type QueryRead } from './related-params.ts';

const TENANT = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';
const query = (text: string) => new URLSearchParams(text);

describe('checkQuery: accepted', () => {
  it.each<[QueryRead, string, Record<string, string>, string]>([
    ['customers', '', {}, '/api/v3/customer'],
    ['callingProfiles', '', {}, '/api/v2/oc/callingprofile'],
    ['leads', `msTenantID=${TENANT}`, { msTenantID: TENANT }, '/api/v2/oc/lead'],
    [
      'leads',
      `msTenantID=${TENANT.toUpperCase()}&pageNumber=0&pageSize=100`,
      { msTenantID: TENANT, pageNumber: '0', pageSize: '100' },
      '/api/v2/oc/lead',
    ],
    ['tenantNumbers', `msTenantId=${TENANT}`, { msTenantId: TENANT }, '/api/v3/oc/numbers'],
    [
      'tenantNumbers',
      `msTenantId=${TENANT}&acquiredNumberStatus=Marked+For+Removal&pageNumber=1&pageSize=500`,
      {
        msTenantId: TENANT,
        acquiredNumberStatus: 'Marked For Removal',
        pageNumber: '1',
        pageSize: '500',
      },
      '/api/v3/oc/numbers',
    ],
    [
      'tenantNumbers',
      `msTenantId=${TENANT}&acquiredNumberStatus=Release%20Requested&pageNumber=10000&pageSize=1`,
      {
        msTenantId: TENANT,
        acquiredNumberStatus: 'Release Requested',
        pageNumber: '10000',
        pageSize: '1',
      },
      '/api/v3/oc/numbers',
    ],
  ])('%s ?%s', (read, text, expected, path) => {
    expect(checkQuery(read, query(text))).toStrictEqual({
      ok: true,
      request: { method: 'GET', path, query: expected },
    });
  });
});

describe('checkQuery: refused, naming each parameter', () => {
  it.each<[QueryRead, string, string, RegExp]>([
    ['customers', 'msTenantId=x', 'msTenantId', /not a parameter of this read; it takes no param/],
    ['customers', `guid=${TENANT}`, 'guid', /not a parameter/],
    ['callingProfiles', 'pageSize=10', 'pageSize', /not a parameter/],
    ['leads', '', 'msTenantID', /is required: must be the tenant's .* GUID/],
    ['leads', `msTenantId=${TENANT}`, 'msTenantId', /not a parameter .* takes msTenantID/],
    ['leads', 'msTenantID=not-a-guid', 'msTenantID', /GUID/],
    ['leads', `msTenantID=${TENANT}x`, 'msTenantID', /GUID/],
    ['leads', `msTenantID={${TENANT}}`, 'msTenantID', /GUID/],
    ['leads', `msTenantID=${TENANT}&msTenantID=${TENANT}`, 'msTenantID', /given once/],
    ['leads', `msTenantID=${TENANT}&pageNumber=-1`, 'pageNumber', /from 0 to 10000/],
    ['leads', `msTenantID=${TENANT}&pageNumber=10001`, 'pageNumber', /from 0 to 10000/],
    ['leads', `msTenantID=${TENANT}&pageSize=0`, 'pageSize', /from 1 to 500/],
    ['leads', `msTenantID=${TENANT}&pageSize=`, 'pageSize', /from 1 to 500/],
    ['tenantNumbers', '', 'msTenantId', /is required/],
    ['tenantNumbers', `msTenantID=${TENANT}`, 'msTenantID', /not a parameter/],
    ['tenantNumbers', `msTenantId=${TENANT}&pageNumber=0`, 'pageNumber', /from 1 to 10000/],
    ['tenantNumbers', `msTenantId=${TENANT}&pageNumber=1.5`, 'pageNumber', /whole number/],
    ['tenantNumbers', `msTenantId=${TENANT}&pageNumber=1e3`, 'pageNumber', /whole number/],
    ['tenantNumbers', `msTenantId=${TENANT}&pageNumber=+2`, 'pageNumber', /whole number/],
    ['tenantNumbers', `msTenantId=${TENANT}&pageNumber=%202`, 'pageNumber', /whole number/],
    ['tenantNumbers', `msTenantId=${TENANT}&pageNumber=0x10`, 'pageNumber', /whole number/],
    ['tenantNumbers', `msTenantId=${TENANT}&pageNumber=999999999999`, 'pageNumber', /whole/],
    ['tenantNumbers', `msTenantId=${TENANT}&pageSize=501`, 'pageSize', /from 1 to 500/],
    [
      'tenantNumbers',
      `msTenantId=${TENANT}&acquiredNumberStatus=active`,
      'acquiredNumberStatus',
      /"Active", "Release Requested", "Marked For Removal", "Ready For Removal"/,
    ],
    [
      'tenantNumbers',
      `msTenantId=${TENANT}&acquiredNumberStatus=2`,
      'acquiredNumberStatus',
      /one of/,
    ],
    [
      'tenantNumbers',
      `msTenantId=${TENANT}&acquiredNumberStatus=`,
      'acquiredNumberStatus',
      /one of/,
    ],
  ])('%s ?%s: %s', (read, text, name, message) => {
    const checked = checkQuery(read, query(text));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors[name]?.join(' ')).toMatch(message);
  });

  it('names every wrong parameter at once', () => {
    const checked = checkQuery('tenantNumbers', query('pageSize=0&x=1'));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toStrictEqual(['msTenantId', 'pageSize', 'x']);
  });

  it('echoes at most 40 characters of an unknown name', () => {
    const checked = checkQuery('customers', query(`${'a'.repeat(5000)}=1`));
    if (checked.ok) throw new Error('accepted');
    expect(Object.keys(checked.errors)).toStrictEqual([`${'a'.repeat(40)}…`]);
  });

  it('is not fooled by __proto__ or constructor', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(checkQuery('customers', query(`${name}=1`)).ok).toBe(false);
    }
  });
});

describe('checkNumberStatusBody', () => {
  it('accepts one tenant and one number, tenant id in lower case', () => {
    expect(
      checkNumberStatusBody({
        msTenantId: TENANT.toUpperCase(),
        telephoneNumbers: ['+442074996300'],
      }),
    ).toStrictEqual({
      ok: true,
      request: {
        method: 'POST',
        path: '/api/v2/oc/numbers/action/number-status',
        body: { msTenantId: TENANT, telephoneNumbers: ['+442074996300'] },
      },
    });
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'body'],
    ['an array', [TENANT], 'body'],
    ['a string', 'x', 'body'],
    ['no tenant', { telephoneNumbers: ['+442074996300'] }, 'msTenantId'],
    ['a bad tenant', { msTenantId: 'x', telephoneNumbers: ['+442074996300'] }, 'msTenantId'],
    ['a number tenant', { msTenantId: 7, telephoneNumbers: ['+442074996300'] }, 'msTenantId'],
    ['no numbers', { msTenantId: TENANT }, 'telephoneNumbers'],
    [
      'a bare number',
      { msTenantId: TENANT, telephoneNumbers: '+442074996300' },
      'telephoneNumbers',
    ],
    ['no number', { msTenantId: TENANT, telephoneNumbers: [] }, 'telephoneNumbers'],
    [
      'two numbers',
      { msTenantId: TENANT, telephoneNumbers: ['+442074996300', '+442079461001'] },
      'telephoneNumbers',
    ],
    [
      'a national number',
      { msTenantId: TENANT, telephoneNumbers: ['02074996300'] },
      'telephoneNumbers',
    ],
    ['spaces', { msTenantId: TENANT, telephoneNumbers: ['+44 20 7499 6300'] }, 'telephoneNumbers'],
    [
      'an invalid number',
      { msTenantId: TENANT, telephoneNumbers: ['+999123'] },
      'telephoneNumbers',
    ],
    [
      'a numeric number',
      { msTenantId: TENANT, telephoneNumbers: [442074996300] },
      'telephoneNumbers',
    ],
    [
      'an extra member',
      { msTenantId: TENANT, telephoneNumbers: ['+442074996300'], force: true },
      'force',
    ],
  ])('refuses %s', (_, body, name) => {
    const checked = checkNumberStatusBody(body);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors)).toContain(name);
  });
});
