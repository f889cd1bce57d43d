import { describe, expect, it } from 'vitest';
import { isIpAddress, isMaskedIdField, maskIdentifiersInText, maskTail } from './mask.ts';
import { createMasker, maskField, unmasked } from './presentation-mode.tsx';

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

describe('id fields', () => {
  it.each([
    'id',
    'tenantId',
    'callingProfileId',
    'uploadToAccountJobId',
    'MsTenantId',
    'UmpCustomerGuid',
    'x.locationId',
  ])('%s is masked', (field) => expect(isMaskedIdField(field)).toBe(true));
  it.each([
    'sbcId',
    'callingProfile(UK).trunksEnrolled[].matchingSbcList[].sbcId',
    'telephoneNumber',
    'idle',
    'source',
    'sbcList',
  ])('%s is not', (field) => expect(isMaskedIdField(field)).toBe(false));

  it('masks the value of every id member of JSON, numbers included, and the JSON stays JSON', () => {
    const record = {
      id: 125796,
      uploadToAccountJobId: 3185,
      tenantId: 'f94238e5-4f2c-4e1b-8125-2d27122ca75f',
      callingProfileId: 'profile-uk-1',
      locationId: null,
      civicAddressId: '',
      sbcList: [{ sbcName: 'oc1.example.net [20.102.51.206]', sbcId: 8 }],
      telephoneNumber: '+442074996300',
    };
    const masked = maskIdentifiersInText(JSON.stringify(record, null, 2));
    expect(JSON.parse(masked)).toEqual({
      ...record,
      id: '••••5796',
      uploadToAccountJobId: '••••',
      tenantId: '••••a75f',
      callingProfileId: '••••uk-1',
      sbcList: [{ sbcName: 'oc1.example.net [••••.206]', sbcId: 8 }],
    });
  });

  it('maskField masks an id field whole and other values as text, only when on', () => {
    const on = createMasker(null);
    expect(maskField(on, 'legacyId', '"AB-1234567"')).toBe('••••4567');
    expect(maskField(on, 'note', '"via 10.1.2.3"')).toBe('"via ••••.2.3"');
    expect(maskField(on, 'tenantId', 'null')).toBe('null');
    expect(maskField(unmasked, 'tenantId', 'abc-12345')).toBe('abc-12345');
  });
});
