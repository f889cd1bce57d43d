import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createMasker, unmasked } from '../../../lib/presentation/presentation-mode.tsx';
import { makeNumber } from '../number-factory.ts';
import { toBatchRow } from './batch-row.ts';
import { spreadsheetCell, toCsv, toJson } from './batch-export.ts';
import type { ShownRow } from './batch-view.ts';

const tenantId = '3f2b9c4e-1d2a-4b8c-9e7f-0a1b2c3da1c9';
const now = new Date('2026-11-29T09:00:00Z');
const found: ShownRow = {
  ...toBatchRow(
    '+442074996300',
    {
      status: 'found',
      record: makeNumber({
        telephoneNumber: '+442074996300',
        tenantId,
        callingProfileId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeee0001',
        tnUploadJobId: 'bbbbbbbb-bbbb-cccc-dddd-eeeeeeee0002',
        sbcList: [{ sbcName: 'sbc1.example.net [203.0.113.17]', sbcId: 7 }],
      }),
    },
    now,
  ),
  customer: '=HYPERLINK("http://evil.example","Contoso")',
};
const failed: ShownRow = {
  ...toBatchRow('+442079460500', { status: 'failed', message: 'Live Platform failed' }, now),
  customer: null,
};
const link = (e164: string) => `https://oc.example.net/numbers/${e164}`;

describe('spreadsheetCell', () => {
  it.each([
    ['+442074996300', '="+442074996300"'],
    ['123456789012345678', '="123456789012345678"'],
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['Contoso', 'Contoso'],
    ['', ''],
  ])('%j → %j', (value, cell) => {
    expect(spreadsheetCell(value)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, has a header and keeps numbers as text, formulas defused', () => {
    const csv = toCsv([found, failed], unmasked, link);
    expect(csv.startsWith('\uFEFFNumber,Service Full Name,Country,MS Tenant ID,')).toBe(true);
    const [header, first, second] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(header).toContain('Diagnosis');
    expect(first?.[0]).toBe('="+442074996300"');
    expect(first?.[1]).toBe(`'=HYPERLINK("http://evil.example","Contoso")`);
    expect(first).toContain(tenantId);
    expect(first?.join()).toContain('sbc1.example.net [203.0.113.17]');
    expect(second).toContain('Failed: Live Platform failed');
    expect(csv).toContain('\r\n');
  });

  it('masks ids, addresses and customer names in presentation mode', () => {
    const csv = toCsv([found], createMasker(null), link);
    expect(csv).not.toContain(tenantId);
    expect(csv).not.toContain('203.0.113.17');
    expect(csv).not.toContain('aaaaaaaa-bbbb');
    expect(csv).not.toContain('Contoso');
    expect(csv).toContain('••••a1c9');
  });
});

describe('toJson', () => {
  it('has the same columns with lists as lists, masked in presentation mode', () => {
    const items = JSON.parse(toJson([found], unmasked, link)) as Record<string, unknown>[];
    expect(items[0]).toMatchObject({
      number: '+442074996300',
      msTenantId: tenantId,
      sbcs: [{ fqdn: 'sbc1.example.net', ip: '203.0.113.17' }],
      link: 'https://oc.example.net/numbers/+442074996300',
    });
    const masked = toJson([found], createMasker(null), link);
    for (const secret of [tenantId, '203.0.113.17', 'Contoso', 'eeeeeeee0002']) {
      expect(masked).not.toContain(secret);
    }
  });
});
