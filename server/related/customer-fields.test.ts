import { describe, expect, it } from 'vitest';
import { customerFieldAllowList, customersForBrowser } from './customer-fields.ts';

const upstreamCustomer = {
  UmpCustomerGuid: '5a0f3b0e-8c1d-5e1f-9a2b-3c4d5e6f7a8b',
  CustomerShortName: 'TreyResearch',
  CustomerFullName: 'Trey Research Ltd',
  LicenseType: 'Enterprise',
  MsTenantId: 'f94238e5-4f2c-4e1b-8125-2d27122ca75f',
  Status: 'Active',
  ApplicationClientSecret: 'never-to-be-seen-1',
  ApiKey: 'never-to-be-seen-2',
  Notes: 'internal',
  Contacts: [{ email: 'a@example.com' }],
};

describe('customersForBrowser', () => {
  it('keeps only the allow-listed members, with Live Platform casing', () => {
    expect(customersForBrowser([upstreamCustomer])).toStrictEqual([
      {
        UmpCustomerGuid: upstreamCustomer.UmpCustomerGuid,
        CustomerShortName: 'TreyResearch',
        CustomerFullName: 'Trey Research Ltd',
        LicenseType: 'Enterprise',
        MsTenantId: upstreamCustomer.MsTenantId,
        Status: 'Active',
      },
    ]);
  });

  it('drops secret-looking members even when the allow-list names them (second guard alone)', () => {
    const widened = [...customerFieldAllowList, 'ApplicationClientSecret', 'ApiKey', 'Notes'];
    const [customer] = customersForBrowser([upstreamCustomer], widened) ?? [];
    expect(customer).toMatchObject({ Notes: 'internal', CustomerFullName: 'Trey Research Ltd' });
    expect(customer).not.toHaveProperty('ApplicationClientSecret');
    expect(customer).not.toHaveProperty('ApiKey');
    expect(JSON.stringify(customer)).not.toContain('never-to-be-seen');
  });

  it('passes only plain values: an object or array under an allowed name is dropped', () => {
    const [customer] =
      customersForBrowser([
        {
          CustomerFullName: { secret: 'x' },
          LicenseType: ['a'],
          MsTenantId: null,
          CustomerShortName: 3,
        },
      ]) ?? [];
    expect(customer).toStrictEqual({ MsTenantId: null, CustomerShortName: 3 });
  });

  it('leaves out items that are not objects, and refuses what is not a list', () => {
    expect(customersForBrowser([null, 'x', 7, [upstreamCustomer]])).toStrictEqual([]);
    expect(customersForBrowser({ data: [upstreamCustomer] })).toBeUndefined();
    expect(customersForBrowser(null)).toBeUndefined();
  });

  it('does not read inherited members', () => {
    const item = Object.create({ CustomerFullName: 'inherited' }) as object;
    expect(customersForBrowser([item])).toStrictEqual([{}]);
  });
});
