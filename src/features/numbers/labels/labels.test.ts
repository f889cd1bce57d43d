import { describe, expect, it } from 'vitest';
import { assignmentLabel } from './assignment.ts';
import { capabilityGroups, capabilityName } from './capabilities.ts';
import { lifecycleLabel } from './lifecycle.ts';
import { sourceLabel } from './source.ts';
import { checkCodes, verificationLabel } from './verification-code.ts';

describe('lifecycleLabel', () => {
  it.each([
    [0, 'Active', true],
    [1, 'Release requested', true],
    [2, 'Marked for removal', true],
    ['3', 'Ready for removal', true],
    [null, 'Not reported', true],
    [undefined, 'Not reported', true],
    [7, '7', false],
    [-1, '-1', false],
    [1.5, '1.5', false],
    ['Active', 'Active', false],
    ['PendingRelease', 'Pending release', false],
    ['toString', 'To string', false],
    [' ', ' ', false],
    ['0.0', '0.0', false],
    ['-0', '-0', false],
  ])('%j → %s', (value, label, known) => {
    expect(lifecycleLabel(value)).toMatchObject({ label, known });
  });
});

describe('assignmentLabel', () => {
  it.each([
    ['Unassigned', 'Unassigned'],
    ['UserAssigned', 'User'],
    ['userassigned', 'User'],
    ['ConferenceAssigned', 'Conference'],
    ['VoiceApp', 'Voice app'],
    ['VoiceApplicationAssigned', 'Voice app'],
    ['FirstPartyAppAssigned', 'Microsoft app'],
    ['ThirdPartyAppAssigned', 'Third-party app'],
    ['PolicyAssigned', 'Policy'],
    ['Unknown', 'Unknown'],
    ['InternalError', 'Internal error'],
    [null, 'Not reported'],
  ])('%j → %s', (value, label) => {
    expect(assignmentLabel(value)).toMatchObject({ label, known: true });
  });

  it.each([
    ['SharedCallingAssigned', 'Shared calling assigned'],
    ['HologramAssigned', 'Hologram assigned'],
    [3, '3'],
    ['__proto__', '__proto__'],
    ['constructor', 'Constructor'],
  ])('shows the new value %j readably, marked as not known', (value, label) => {
    const shown = assignmentLabel(value);
    expect(shown).toMatchObject({ label, known: false });
    // The value as received stays in the description, and nothing calls it an error.
    expect(shown.description).toContain(JSON.stringify(value));
    expect(shown.color).not.toBe('gray');
  });
});

describe('verificationLabel', () => {
  it.each([
    [200, 'Passed (200 OK)', 'teal'],
    ['204', 'Passed (204 No Content)', 'teal'],
    [404, 'Failed (404 Not Found)', 'red'],
    [409, 'Failed (409 Conflict)', 'red'],
    ['500', 'Failed (500 Internal Server Error)', 'red'],
  ])('%j → %s, explained with a next step', (value, label, color) => {
    const shown = verificationLabel(value);
    expect(shown).toMatchObject({ label, color, known: true });
    expect(shown.explanation?.meaning).toBeTruthy();
    expect(shown.explanation?.nextStep).toBeTruthy();
  });

  it.each([
    [0, 'Code 0'],
    ['OK', 'Code OK'],
    [302, 'Code 302'],
    [418, 'Code 418'],
    ['200.0', 'Code 200.0'],
    [true, 'Code true'],
    ['constructor', 'Code constructor'],
  ])('shows the unknown code %j raw, marked as not known', (value, label) => {
    expect(verificationLabel(value)).toMatchObject({ label, known: false, explanation: null });
  });

  it('reads an absent code as not reported', () => {
    expect(verificationLabel(null)).toMatchObject({ label: 'Not reported', known: true });
  });

  it('explains every known code, with an outcome that matches its class', () => {
    for (const [code, explanation] of Object.entries(checkCodes)) {
      expect(explanation.outcome).toBe(Number(code) < 300 ? 'succeeded' : 'failed');
      expect(explanation.nextStep).toMatch(/\.$/);
    }
  });
});

describe('sourceLabel', () => {
  it.each([
    ['webapi', 'REST API', true],
    ['webui', 'Portal upload', true],
    ['ocsync', 'Operator Connect sync', true],
    ['WebAPI', 'REST API', true],
    ['ftp', 'ftp', false],
    ['__proto__', '__proto__', false],
  ])('%j → %s', (value, label, known) => {
    expect(sourceLabel(value)).toMatchObject({ label, known });
  });
});

describe('capabilities', () => {
  it('names known capabilities and splits unknown ones into words', () => {
    expect(capabilityName('Office365')).toEqual({ label: 'Microsoft 365', known: true });
    expect(capabilityName('QuantumCalling')).toEqual({ label: 'Quantum calling', known: false });
    expect(capabilityName('hasOwnProperty')).toEqual({ label: 'Has own property', known: false });
  });

  const flat = (result: ReturnType<typeof capabilityGroups>) =>
    [...result.groups.unexpected, ...result.groups.acquired, ...result.groups.available].map(
      ({ raw, state }) => [raw, state],
    );

  it('marks each capability acquired, available, or acquired but not offered', () => {
    const result = capabilityGroups(
      ['Office365', 'TollFree', 'Office365', 'InboundCalling'],
      ['Office365', 'Mobile', 'InboundCalling'],
    );
    expect(flat(result)).toEqual([
      ['TollFree', 'unexpected'],
      ['InboundCalling', 'acquired'],
      ['Office365', 'acquired'],
      ['Mobile', 'available'],
    ]);
    expect(result).toMatchObject({ total: 4, acquired: 3 });
  });

  it('copes with missing lists and odd items', () => {
    expect(capabilityGroups(null, undefined)).toEqual({
      groups: { unexpected: [], acquired: [], available: [] },
      total: 0,
      acquired: 0,
    });
    expect(flat(capabilityGroups([1, null], ['Mobile', 1]))).toEqual([
      ['null', 'unexpected'],
      ['1', 'acquired'],
      ['Mobile', 'available'],
    ]);
  });

  it('groups 20,000 capabilities with exact counts, keeping a long group in received order', () => {
    const names = (from: number) => Array.from({ length: 10_000 }, (_, n) => `Cap${n + from}`);
    const result = capabilityGroups(names(0), names(5000));
    expect(result.total).toBe(15_000);
    expect(result.acquired).toBe(10_000);
    expect(result.groups.unexpected).toHaveLength(5000);
    expect(result.groups.acquired).toHaveLength(5000);
    expect(result.groups.available.map((row) => row.raw).slice(0, 3)).toEqual([
      'Cap10000',
      'Cap10001',
      'Cap10002',
    ]);
  });
});
