import { describe, expect, it } from 'vitest';
import { createMasker } from '../../lib/presentation/presentation-mode.tsx';
import { indexCustomers } from './customer-matches.ts';
import { readSearchText } from './read-search-text.ts';
import { maxSuggestions, searchReading, type CustomerList } from './search-reading.ts';

const trey = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';
const loaded: CustomerList = {
  status: 'loaded',
  entries: indexCustomers([
    { CustomerFullName: 'Trey Research Ltd', CustomerShortName: 'TreyResearch', MsTenantId: trey },
    ...Array.from({ length: 11 }, (_, index) => ({
      CustomerFullName: `Tailspin ${String(index + 10)}`,
      CustomerShortName: null,
      MsTenantId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    })),
  ]),
};
const read = (text: string, list: CustomerList = loaded) =>
  searchReading(readSearchText(text), list);

describe('searchReading', () => {
  it.each(['', '  ', '+44 20 7499 6300', '1-800-FLOWERS', 'tel:+44'])(
    'leaves %j to the phone parser',
    (text) => {
      expect(read(text)).toBeNull();
    },
  );

  it('sends a tenant id to its page, naming its customer when the list is there', () => {
    expect(read(trey.toUpperCase())).toMatchObject({
      note: 'Tenant id of Trey Research Ltd: Enter opens its page.',
      enter: { path: `/tenants/${trey}` },
      suggestions: [],
    });
    expect(read(trey, { status: 'loading' })).toMatchObject({
      note: 'Tenant id: Enter opens its page.',
      enter: { path: `/tenants/${trey}` },
    });
  });

  it('says what to do while a name is too short, loading, or the list failed', () => {
    expect(read('t')?.enter).toEqual({
      refusal:
        '“t” has no digits, so it is read as a customer’s name: type 2 letters or more of it.',
    });
    expect(read('trey', { status: 'loading' })?.note).toBe('Looking for customers named “trey”…');
    expect(read('trey', { status: 'failed', reason: 'Live Platform failed' })).toMatchObject({
      note: 'Could not load the customer list: Live Platform failed. Numbers and tenant ids still work.',
      suggestions: [],
      listNote: null,
    });
  });

  it('offers one match as where Enter goes', () => {
    expect(read('trey')).toMatchObject({
      enter: { path: `/tenants/${trey}` },
      suggestions: [
        {
          path: `/tenants/${trey}`,
          title: 'Trey Research Ltd',
          detail: 'TreyResearch',
          code: trey,
        },
      ],
      listNote: null,
    });
  });

  it('shows 8 of many, counts the rest and asks for a choice', () => {
    const reading = read('tailspin');
    expect(reading?.suggestions).toHaveLength(maxSuggestions);
    expect(reading?.suggestions[0]?.detail).toBeNull();
    expect(reading?.listNote).toBe('3 more: type more of the name to narrow the list.');
    expect(reading?.enter).toEqual({
      refusal:
        '“tailspin” has no digits, so it is read as a customer’s name: 11 customers match it; choose one with ↓ and Enter.',
    });
  });
});

describe('searchReading in presentation mode', () => {
  it('offers other customers by the last 4 characters of their names and tenant ids', () => {
    const reading = searchReading(readSearchText('trey'), loaded, createMasker(null));
    expect(reading?.suggestions).toEqual([
      { path: `/tenants/${trey}`, title: '•••• Ltd', detail: '••••arch', code: '••••a75f' },
    ]);
    // Links go to the tenant page (an address, not text); nothing shown names the customer.
    const shown = [
      reading?.note,
      reading?.listNote,
      ...(reading?.suggestions ?? []).flatMap((item) => [item.title, item.detail, item.code]),
    ];
    expect(shown.join(' ')).not.toMatch(/Trey|Research|f94238e5/);
    expect(searchReading(readSearchText(trey), loaded, createMasker(null))?.note).toBe(
      'Tenant id of •••• Ltd: Enter opens its page.',
    );
  });

  it("keeps the page's own customer readable (its tenant id still masked)", () => {
    const reading = searchReading(readSearchText('trey'), loaded, createMasker(trey));
    expect(reading?.suggestions[0]).toMatchObject({ title: 'Trey Research Ltd', code: '••••a75f' });
  });
});
