import { describe, expect, it } from 'vitest';
import { looksSecret, withoutSecretMembers } from './secret-names.ts';

describe('looksSecret', () => {
  it.each([
    'ApplicationClientSecret',
    'secret',
    'PASSWORD',
    'apiKey',
    'KeyVaultUri',
    'accessToken',
    'refresh_token',
    'Credentials',
    'clientCredential',
  ])('%s looks secret', (name) => {
    expect(looksSecret(name)).toBe(true);
  });

  it.each([
    'UmpCustomerGuid',
    'CustomerFullName',
    'MsTenantId',
    'LicenseType',
    'callingProfileId',
    'trunkFqdn',
    'civicAddressId',
    'telephoneNumber',
    'tnUploadJobId',
    'sbcListJson',
    'validationResult',
    'telphoneNumberDetail',
  ])('%s does not', (name) => {
    expect(looksSecret(name)).toBe(false);
  });
});

describe('withoutSecretMembers', () => {
  it('returns text with nothing secret-looking as it is, unparsed', () => {
    const text = '[{"id": 12345678901234567890, "name": "a"}]';
    expect(withoutSecretMembers(text)).toBe(text);
  });

  it('drops secret-looking members at any depth, keeping everything else', () => {
    const text = JSON.stringify([
      {
        name: 'Trey',
        ApplicationClientSecret: 's3cr3t-value',
        contacts: [{ email: 'a@b.c', password: 'hunter2', nested: { apiKey: 'k-1' } }],
      },
    ]);
    expect(JSON.parse(withoutSecretMembers(text))).toStrictEqual([
      { name: 'Trey', contacts: [{ email: 'a@b.c', nested: {} }] },
    ]);
  });

  it('drops a whole secret-looking object, not only strings', () => {
    const text = '{"tokens": {"access": "x", "refresh": "y"}, "ok": true}';
    expect(JSON.parse(withoutSecretMembers(text))).toStrictEqual({ ok: true });
  });

  it('sees a name spelt with \\u escapes', () => {
    const text = '{"api\\u004bey": "k-2", "CLIENT\\u0053ECRET": "s", "n": "\\u00fc"}';
    expect(JSON.parse(withoutSecretMembers(text))).toStrictEqual({ n: 'ü' });
  });

  it('keeps a secret-looking word in a value (it is the name that counts)', () => {
    const text = '{"description": "Key account", "note": "\\"token\\": no"}';
    expect(JSON.parse(withoutSecretMembers(text))).toStrictEqual({
      description: 'Key account',
      note: '"token": no',
    });
  });

  it('writes numbers back exactly, large and precise ones included', () => {
    const text = '{"secret": 1, "id": 12345678901234567890, "x": 1.10, "y": -0e0, "z": 1E400}';
    expect(withoutSecretMembers(text)).toBe(
      '{"id":12345678901234567890,"x":1.10,"y":-0e0,"z":1E400}',
    );
  });

  it('keeps array items whose value is secret-looking text', () => {
    expect(JSON.parse(withoutSecretMembers('{"a": ["token", "key"], "key": 1}'))).toStrictEqual({
      a: ['token', 'key'],
    });
  });
});
