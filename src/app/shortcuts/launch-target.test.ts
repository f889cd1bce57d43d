import { describe, expect, it } from 'vitest';
import { readLaunchTarget } from './launch-target.ts';

const read = (search: string) => readLaunchTarget(search, 'GB');
const tel = (link: string) => read(`?tel=${encodeURIComponent(link)}`);

describe('readLaunchTarget: ?tel= (a tel: link the browser hands over)', () => {
  it.each([
    ['tel:+442074996300', '/numbers/+442074996300'],
    ['tel:+44-20-7499-6300', '/numbers/+442074996300'],
    ['tel:+44.20.7499.6300', '/numbers/+442074996300'],
    ['tel:+44%2020%207499%206300', '/numbers/+442074996300'],
    ['tel:+44(20)74996300;ext=123', '/numbers/+442074996300'],
    ['tel:7499-6300;phone-context=+44-20', '/numbers/+442074996300'],
    ['tel:020 7499 6300', '/numbers/+442074996300'],
    ['TEL:+61491570156', '/numbers/+61491570156'],
  ])('%s opens %s', (link, path) => {
    expect(tel(link)).toEqual({ kind: 'go', path });
  });

  it('keeps a bad link in the box with the reason the search box gives', () => {
    expect(tel('tel:+999 1234 5678')).toEqual({
      kind: 'search',
      text: '+999 1234 5678',
      problem: {
        from: 'tel',
        message: '+999 is not a country code. Check the digits after the +.',
      },
    });
    expect(tel('tel:')).toMatchObject({
      kind: 'search',
      problem: { message: 'Enter a phone number.' },
    });
    const letters = tel('tel:1-800-FLOWERS');
    expect(letters.kind === 'search' && letters.problem?.message).toMatch(
      /^Letters are not read as digits/,
    );
  });

  it('takes ?tel= before ?q=', () => {
    expect(read('?tel=tel%3A%2B442074996300&q=Contoso')).toEqual({
      kind: 'go',
      path: '/numbers/+442074996300',
    });
  });
});

describe('readLaunchTarget: ?q= (the address bar, through OpenSearch)', () => {
  it('opens a number', () => {
    expect(read('?q=%2B44+20+7499+6300')).toEqual({ kind: 'go', path: '/numbers/+442074996300' });
    expect(read('?q=020%207499%206300')).toEqual({ kind: 'go', path: '/numbers/+442074996300' });
  });

  it('opens a tenant id’s page, in any case and in braces', () => {
    expect(read('?q={F94238E5-4F2C-4E1B-8125-2D27122CA75F}')).toEqual({
      kind: 'go',
      path: '/tenants/f94238e5-4f2c-4e1b-8125-2d27122ca75f',
    });
  });

  it('leaves a customer’s name in the box, where its customers are listed', () => {
    expect(read('?q=++Trey+Research+')).toEqual({
      kind: 'search',
      text: 'Trey Research',
      problem: null,
    });
  });

  it('says what is wrong with a number it cannot read', () => {
    const short = read('?q=%2B44+20+7499');
    expect(short).toMatchObject({ kind: 'search', text: '+44 20 7499', problem: { from: 'q' } });
    expect(short.kind === 'search' && short.problem?.message).toMatch(/^Too short/);
  });

  it.each(['', '?q=', '?q=+++', '?other=1'])('%s is nothing to do', (search) => {
    expect(read(search)).toEqual({ kind: 'none' });
  });

  it('reads no more than a few hundred characters', () => {
    const long = read(`?q=${'a'.repeat(10_000)}`);
    expect(long.kind === 'search' && long.text.length).toBe(300);
  });
});
