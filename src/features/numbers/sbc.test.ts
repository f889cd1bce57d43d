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
  ])('%j → fqdn %j, ip %j', (sbcName, fqdn, ip) => {
    expect(parseSbc({ sbcName, sbcId: 8 })).toMatchObject({ fqdn, ip, id: '8' });
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
