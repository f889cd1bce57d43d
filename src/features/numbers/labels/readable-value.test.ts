import { describe, expect, it } from 'vitest';
import { readableValue } from './readable-value.ts';

describe('readableValue', () => {
  it.each([
    ['SharedCallingAssigned', 'Shared calling assigned'],
    ['QuantumCalling', 'Quantum calling'],
    ['InboundA2PSms', 'Inbound A2P sms'],
    ['eu_voice-v2', 'Eu voice v2'],
    ['hologram', 'Hologram'],
    ['SIPTrunk', 'SIP trunk'],
    ['9', '9'],
    ['1.5', '1.5'],
    ['-1', '-1'],
    ['Ünïcode', 'Ünïcode'],
    [' ', ' '],
  ])('%j → %j', (raw, expected) => {
    expect(readableValue(raw)).toBe(expected);
  });

  it('cuts a hostile value short', () => {
    expect(readableValue('A'.repeat(500)).length).toBeLessThan(120);
  });
});
