import { describe, expect, it } from 'vitest';
import { maxBatchNumbers, readBatchList } from './batch-list.ts';

describe('readBatchList', () => {
  it('reads free text one a line, with the search box’s rules and country', async () => {
    const list = await readBatchList(
      '+44 20 7499 6300\n020 7946 1001\n\ntel:+448081570123\n0044 113 496 0123\n',
      'GB',
    );
    expect(list.numbers).toEqual([
      '+442074996300',
      '+442079461001',
      '+448081570123',
      '+441134960123',
    ]);
    expect(list.invalid).toEqual([]);
  });

  it('reads national numbers in the country picked', async () => {
    expect((await readBatchList('(514) 555-0166', 'CA')).numbers).toEqual(['+15145550166']);
  });

  it('splits on commas, semicolons and tabs', async () => {
    expect(
      (await readBatchList('+442074996300, +442079461001; +448081570123', 'GB')).numbers,
    ).toHaveLength(3);
    expect((await readBatchList('+442074996300\t+442079461001', 'GB')).numbers).toHaveLength(2);
  });

  it('lists what is not a number with the reason and its line', async () => {
    const list = await readBatchList('+442074996300\nhello\n1-800-FLOWERS\n+44 20 7499', 'GB');
    expect(list.numbers).toEqual(['+442074996300']);
    expect(list.invalid.map(({ line, text }) => [line, text])).toEqual([
      [2, 'hello'],
      [3, '1-800-FLOWERS'],
      [4, '+44 20 7499'],
    ]);
    expect(list.invalid[0]?.message).toMatch(/no digits/);
    expect(list.invalid[1]?.message).toMatch(/Letters are not read as digits/);
    expect(list.invalid[2]?.message).toMatch(/Too short/);
  });

  it('merges duplicates, however written, and counts them', async () => {
    const list = await readBatchList(
      '+442074996300\n020 7499 6300\n%2B442074996300\n+442079461001',
      'GB',
    );
    expect(list.numbers).toEqual(['+442074996300', '+442079461001']);
    expect(list.duplicates).toBe(2);
    expect(list.repeats).toEqual({ '+442074996300': 3 });
  });

  it('takes the number column of a CSV file, skipping its header and the other columns', async () => {
    const csv = [
      'Name,Number,Notes',
      '"Reception, London",+44 20 7499 6300,"Ticket 4711, urgent"',
      'Support,020 7946 1001,',
      'Sales,not known,call back',
    ].join('\r\n');
    const list = await readBatchList(csv, 'GB');
    expect(list.numbers).toEqual(['+442074996300', '+442079461001']);
    expect(list.invalid.map((item) => item.text)).toEqual(['not known']);
  });

  it('takes a pasted spreadsheet column with its header', async () => {
    const list = await readBatchList('Phone\n+442074996300\n+442079461001', 'GB');
    expect(list.numbers).toHaveLength(2);
    expect(list.invalid.map((item) => item.text)).toEqual(['Phone']);
  });

  it(`keeps at most ${String(maxBatchNumbers)} distinct numbers and says how many were left out`, async () => {
    const text = Array.from({ length: 1005 }, (_, i) => `+4411749${String(60000 + i)}`).join('\n');
    const list = await readBatchList(text, 'GB');
    expect(list.numbers).toHaveLength(maxBatchNumbers);
    expect(list.overLimit).toBe(5);
  });
});
