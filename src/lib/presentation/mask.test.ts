import { describe, expect, it } from 'vitest';
import { isIpAddress, maskIdentifiersInText, maskTail } from './mask.ts';
import { createMasker, unmasked } from './presentation-mode.tsx';

describe('maskTail', () => {
  it('keeps the last four characters', () => {
    expect(maskTail('3f2b9c4e-1d2a-4b8c-9e7f-0a1b2c3da1c9')).toBe('••••a1c9');
    expect(maskTail('Contoso Ltd')).toBe('•••• Ltd');
    expect(maskTail(' 12345 ')).toBe('••••2345');
  });
  it('hides a value of four characters or fewer whole', () => {
    expect(maskTail('1234')).toBe('••••');
    expect(maskTail('')).toBe('••••');
  });
});

describe('maskIdentifiersInText', () => {
  it('masks GUIDs, IPv4 and IPv6 addresses where they stand', () => {
    const text =
      'Tenant 3F2B9C4E-1D2A-4B8C-9E7F-0A1B2C3DA1C9 via sbc1.example.net [203.0.113.17] or [2001:db8::5], and fe80:0:0:0:0:0:0:1';
    expect(maskIdentifiersInText(text)).toBe(
      'Tenant ••••A1C9 via sbc1.example.net [••••3.17] or [••••db8::5], and ••••:0:1'.replace(
        '••••db8::5',
        maskTail('2001:db8::5'),
      ),
    );
  });
  it('leaves phone numbers, dates and versions alone', () => {
    const text = '+442074996300 on 2026-11-29T09:15:00Z, v1.2.3, 10:30';
    expect(maskIdentifiersInText(text)).toBe(text);
  });
  it('masks every occurrence in JSON', () => {
    const json = JSON.stringify({
      tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeee1234',
      ip: '10.0.0.1',
    });
    const masked = maskIdentifiersInText(json);
    expect(masked).not.toContain('aaaaaaaa');
    expect(masked).not.toContain('10.0.0.1');
    expect(masked).toContain('••••1234');
    expect(masked).toContain('"tenantId":"••••1234"');
  });
});

describe('isIpAddress', () => {
  it.each(['192.0.2.1', '2001:db8::1', '::1', 'fe80::a:b'])('%s is an address', (value) => {
    expect(isIpAddress(value)).toBe(true);
  });
  it.each(['sbc1.example.net', '999.1.1.1', '12:30', '', '1.2.3'])('%s is not', (value) => {
    expect(isIpAddress(value)).toBe(false);
  });
});

describe('createMasker', () => {
  const subject = '11111111-2222-3333-4444-555555555555';
  const masker = createMasker(subject);
  it('shows the subject customer by name and masks every other customer', () => {
    expect(masker.customerName('Contoso', subject.toUpperCase())).toBe('Contoso');
    expect(masker.customerName('Fabrikam Inc', 'another-tenant')).toBe('•••• Inc');
    expect(masker.customerName('Fabrikam Inc', null)).toBe(maskTail('Fabrikam Inc'));
  });
  it('masks every customer when no customer is on screen', () => {
    expect(createMasker(null).customerName('Contoso', subject)).toBe(maskTail('Contoso'));
  });
  it('masks ids whatever their type, and only what is an IP address', () => {
    expect(masker.id(123456)).toBe('••••3456');
    expect(masker.ip('198.51.100.20')).toBe('••••0.20');
    expect(masker.ip('sbc.example.net')).toBe('sbc.example.net');
  });
  it('unmasked returns everything as it is', () => {
    expect(unmasked.customerName('Fabrikam', 'x')).toBe('Fabrikam');
    expect(unmasked.id(42)).toBe('42');
    expect(unmasked.text('10.0.0.1')).toBe('10.0.0.1');
  });
});
