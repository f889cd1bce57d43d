import { describe, expect, it } from 'vitest';
import { createMasker, unmasked } from '../../lib/presentation/presentation-mode.tsx';
import { makeNumber } from '../../testing/number-factory.ts';
import type { Finding } from './diagnosis/facts.ts';
import { ticketSummary } from './ticket-summary.ts';

const tenantId = '8a6f1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const record = makeNumber({
  telephoneNumber: '+442074996300',
  isoCountryCode: 'GB',
  tenantId,
  acquiredNumberStatus: 'Active',
  assignmentStatus: 'Assigned',
  acquiredCapabilities: ['CallingUserAssignment'],
  availableCapabilities: ['CallingUserAssignment', 'ConferenceAssignment'],
  sbcList: [{ sbcName: 'sbc1.example.net [203.0.113.17]', sbcId: 1 }],
});
const finding: Finding = {
  ruleId: 'x',
  severity: 'warning',
  text: `Tenant ${tenantId} has no calling profile.`,
  nextStep: '',
  derivedFrom: [],
};
const input = {
  record,
  customerName: 'Contoso Ltd',
  findings: [finding],
  link: 'https://lookup.example/numbers/+442074996300',
};

describe('ticketSummary', () => {
  it('gives one fact a line, labels aligned, ending with the deep link', () => {
    const lines = ticketSummary(input, unmasked).split('\n');
    expect(lines[0]).toBe('Number        +44 20 7499 6300 (United Kingdom)');
    expect(lines[1]).toBe(`Customer      Contoso Ltd (tenant ${tenantId})`);
    expect(lines.at(-1)).toBe('Link          https://lookup.example/numbers/+442074996300');
    const valueColumn = new Set(lines.map((line) => /^\S*\s+/.exec(line)?.[0].length));
    expect(valueColumn).toEqual(new Set([14]));
    expect(lines.find((line) => line.startsWith('SBCs'))).toContain(
      'sbc1.example.net [203.0.113.17]',
    );
    expect(lines.find((line) => line.startsWith('Diagnosis'))).toContain('! Tenant');
  });

  it('masks the tenant id, the addresses and the customer in presentation mode', () => {
    const text = ticketSummary(input, createMasker(null));
    expect(text).not.toContain(tenantId);
    expect(text).not.toContain('203.0.113.17');
    expect(text).not.toContain('Contoso');
    expect(text).toContain('tenant ••••4a5b');
    // The customer on screen is the audience: their own name stays.
    expect(ticketSummary(input, createMasker(tenantId))).toContain('Contoso Ltd (tenant ••••4a5b)');
  });

  it('says what is missing rather than leaving a gap', () => {
    const bare = makeNumber({
      telephoneNumber: '+442074996300',
      tenantId: null,
      sbcList: [],
      acquiredCapabilities: [],
      availableCapabilities: [],
    });
    const text = ticketSummary(
      { ...input, record: bare, customerName: null, findings: [] },
      unmasked,
    );
    expect(text).toContain('Customer      no tenant');
    expect(text).toContain('SBCs          None');
    expect(text).toContain('Capabilities  None');
    expect(text).not.toContain('Diagnosis');
  });

  it('says what the diagnosis was made from, and that nothing looks wrong when so', () => {
    const from = 'the record, its calling profile; Microsoft not asked';
    const withFinding = ticketSummary({ ...input, diagnosisBasis: from }, unmasked).split('\n');
    const at = withFinding.findIndex((line) => line.startsWith('Diagnosis'));
    expect(withFinding[at]).toMatch(/^Diagnosis {5}! Tenant/);
    expect(withFinding[at + 1]).toBe(`              (from ${from})`);
    const none = ticketSummary({ ...input, findings: [], diagnosisBasis: from }, unmasked);
    expect(none).toContain(`Diagnosis     ✓ Nothing looks wrong (from ${from})`);
  });
});
