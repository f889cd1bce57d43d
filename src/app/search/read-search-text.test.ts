import { describe, expect, it } from 'vitest';
import { readSearchText } from './read-search-text.ts';

const tenantId = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';

describe('readSearchText', () => {
  it.each(['', '   ', '\t\n'])('reads %j as empty', (text) => {
    expect(readSearchText(text)).toEqual({ kind: 'empty' });
  });

  it.each([
    tenantId,
    tenantId.toUpperCase(),
    `{${tenantId}}`,
    `  {${tenantId.toUpperCase()}}\n`,
    ` ${tenantId} `,
  ])('reads %j as the tenant id, in lower case', (text) => {
    expect(readSearchText(text)).toEqual({ kind: 'tenant-id', tenantId });
  });

  it.each([
    ['f94238e5-4f2c-4e1b-8125', 'this has 20 in 4'],
    ['F94238E5-4F2C-4E1B-8125-2D27122CA75', 'this has 31 in 5'],
    ['{f94238e5-}', 'this has 8 in 2'],
  ])('reads %j as a tenant id cut short, saying what is wrong', (text, why) => {
    const read = readSearchText(text);
    expect(read.kind).toBe('broken-tenant-id');
    expect(read.kind === 'broken-tenant-id' ? read.message : '').toContain(why);
  });

  // Anything phone-like goes to the phone parser, letters or not: never read as a name.
  it.each([
    '+44 20 7499 6300',
    '020 7499 6300',
    '02074996300',
    '020-7499-6300',
    '12345678-1234',
    'tel:+442074996300',
    '%2B442074996300',
    '1-800-FLOWERS',
    '1-800-FACE',
    'Call +44 20 7499 6300 please',
    '+44 20 7499 6300 ext. 12',
    '０２０ ７４９９ ６３００',
    '٠٢٠ ٧٤٩٩ ٦٣٠٠',
    '+',
    'tel:',
    'TEL:+',
    '()',
    '-',
  ])('reads %j as a number', (text) => {
    expect(readSearchText(text)).toEqual({ kind: 'number' });
  });

  it.each([
    ['trey', 'trey'],
    ['  Trey   Research ', 'Trey Research'],
    ['Fabrikam, Inc.', 'Fabrikam, Inc.'],
    ['École', 'École'],
    ['t', 't'],
    ['deadbeef', 'deadbeef'],
    ['tel:contoso', 'tel:contoso'],
  ])('reads %j as a name (%j)', (text, name) => {
    expect(readSearchText(text)).toEqual({ kind: 'name', name });
  });
});
