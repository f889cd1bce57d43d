import { describe, expect, it } from 'vitest';
import type { Customer } from '../../api/customers.ts';
import { fold, indexCustomers, matchCustomers } from './customer-matches.ts';

let serial = 0;
const customer = (
  fullName: string | null,
  shortName: string | null,
  tenantId: string | null = `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`,
): Customer => ({
  CustomerFullName: fullName,
  CustomerShortName: shortName,
  MsTenantId: tenantId,
});

const trey = customer('Trey Research Ltd', 'TreyResearch', 'F94238E5-4F2C-4E1B-8125-2D27122CA75F');
const ecole = customer('École Polytechnique Fédérale', 'EPF');
const fabrikam = customer('Fabrikam, Inc.', 'Fabrikam');
const alpine = customer('Alpine Ski House S.r.l.', 'AlpineSkiHouse');
const strasse = customer('Große Straße GmbH', null);
const research = customer('Contoso Research', 'contoso');
const entries = indexCustomers([trey, ecole, fabrikam, alpine, strasse, research]);

const names = (text: string, limit = 8) =>
  matchCustomers(entries, text, limit).shown.map(
    (entry) => entry.customer.CustomerFullName ?? entry.customer.CustomerShortName,
  );

describe('fold', () => {
  it.each([
    ['Trey Research', 'trey research'],
    ['  ÉCOLE  Fédérale ', 'ecole federale'],
    ['Fabrikam, Inc.', 'fabrikam inc'],
    ['S.r.l.', 'srl'],
    ['Große Straße', 'grosse strasse'],
    ['Søren Łódź', 'soren lodz'],
    ['Ｔｒｅｙ', 'trey'],
    ['O’Brien & Co', 'obrien co'],
  ])('folds %j to %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('matchCustomers', () => {
  it.each([
    ['trey', ['Trey Research Ltd']],
    ['TREY', ['Trey Research Ltd']],
    ['treyresearch', ['Trey Research Ltd']],
    ['trey res', ['Trey Research Ltd']],
    ['ecole', ['École Polytechnique Fédérale']],
    ['FEDERALE', ['École Polytechnique Fédérale']],
    ['epf', ['École Polytechnique Fédérale']],
    ['fabrikam inc', ['Fabrikam, Inc.']],
    ['srl', ['Alpine Ski House S.r.l.']],
    ['skihouse', ['Alpine Ski House S.r.l.']],
    ['strasse', ['Große Straße GmbH']],
    ['straße', ['Große Straße GmbH']],
    ['nobody', []],
  ])('finds %j in %j', (text, found) => {
    expect(names(text)).toEqual(found);
  });

  it('ranks names that start with the text, then words that do, then the rest', () => {
    const ranked = indexCustomers([
      customer('Presearch AG', null),
      customer('Contoso Research', null),
      customer('Research Partners', null),
      customer('Adatum Research', null),
    ]);
    expect(
      matchCustomers(ranked, 'research', 8).shown.map((entry) => entry.customer.CustomerFullName),
    ).toEqual(['Research Partners', 'Adatum Research', 'Contoso Research', 'Presearch AG']);
    expect(names('tr')).toEqual(['Trey Research Ltd', 'Große Straße GmbH']);
  });

  it('needs 2 letters', () => {
    expect(matchCustomers(entries, 't', 8)).toEqual({ shown: [], total: 0 });
    expect(matchCustomers(entries, ' . ', 8)).toEqual({ shown: [], total: 0 });
  });

  it('shows at most the limit and counts them all', () => {
    const many = indexCustomers(
      Array.from({ length: 30 }, (_, index) => customer(`Customer ${String(index)}`, null)),
    );
    const found = matchCustomers(many, 'customer', 8);
    expect(found.shown).toHaveLength(8);
    expect(found.total).toBe(30);
    // Numbers in names in their order, not the characters'.
    expect(found.shown.map((entry) => entry.customer.CustomerFullName)).toEqual(
      Array.from({ length: 8 }, (_, index) => `Customer ${String(index)}`),
    );
  });

  it('gives the tenant id in lower case, and leaves out customers without a tenant or a name', () => {
    const index = indexCustomers([
      trey,
      customer('No Tenant', 'none', null),
      customer('Bad Tenant', 'bad', 'not-a-guid'),
      customer(null, '   '),
    ]);
    expect(index.map((entry) => entry.tenantId)).toEqual(['f94238e5-4f2c-4e1b-8125-2d27122ca75f']);
  });
});
