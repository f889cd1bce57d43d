import { describe, expect, it } from 'vitest';
import { parseSbc } from './sbc.ts';

describe('parseSbc', () => {
  it.each([
    ['oc1.sandbox2.audiocodes.be [20.102.51.206]', 'oc1.sandbox2.audiocodes.be', '20.102.51.206'],
    ['oc1.sandbox2.audiocodes.be', 'oc1.sandbox2.audiocodes.be', null],
    ['oc1.sandbox2.audiocodes.be []', 'oc1.sandbox2.audiocodes.be', null],
    ['oc1.sandbox2.audiocodes.be [20.102.51.206', 'oc1.sandbox2.audiocodes.be', '20.102.51.206'],
    ['  sbc.example.net   [ 2001:db8::1 ]  ', 'sbc.example.net', '2001:db8::1'],
    ['[20.102.51.206]', null, '20.102.51.206'],
    ['', null, null],
    ['sbc.example.net 192.0.2.1', 'sbc.example.net', '192.0.2.1'],
    ['sbc.example.net (London)', 'sbc.example.net (London)', null],
  ])('%j → fqdn %j, ip %j', (sbcName, fqdn, ip) => {
    expect(parseSbc({ sbcName, sbcId: 8 })).toMatchObject({ fqdn, ip, id: '8' });
  });

  it('stays fast on a hostile name', () => {
    const started = performance.now();
    parseSbc({ sbcName: `a [${' '.repeat(5000)}]x`, sbcId: 1 });
    parseSbc({ sbcName: `a [${' ['.repeat(150)}`, sbcId: 1 });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('keeps a missing name and id as null', () => {
    expect(parseSbc({ sbcName: null, sbcId: null })).toEqual({
      fqdn: null,
      ip: null,
      id: null,
      raw: null,
    });
  });
});
