import Papa from 'papaparse';

/** One item of a pasted or dropped list, with the line it came from (1-based). */
export type ListItem = { text: string; line: number };

// A list of 1,000 numbers with notes beside them is far below this; a bigger file is cut here so
// that a wrong file (a log, an export of everything) cannot hold the page.
export const maxListCharacters = 500_000;

type Cell = ListItem & { column: number };

const hasDigit = (text: string) => /\p{Nd}/u.test(text);

/**
 * The items of free text (one a line, or separated by commas, semicolons or tabs), a spreadsheet
 * column or a CSV file. Papa Parse reads the quoting and finds the delimiter. A table of several
 * columns keeps only the columns that hold numbers (`isNumber`): the numbers of
 * "Name,Number,Notes" without the names and notes; a header row with no digit is skipped.
 */
export function readList(text: string, isNumber: (cell: string) => boolean): ListItem[] {
  const { data } = Papa.parse<string[]>(text.slice(0, maxListCharacters), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  const cells: Cell[] = data.flatMap((row, index) =>
    row
      .map((cell, column) => ({ text: cell.trim(), line: index + 1, column }))
      .filter((cell) => cell.text !== ''),
  );
  const columns = new Set(cells.map((cell) => cell.column));
  // Free text: a line may mix separators ("+44…, +44…; +44…"), which Papa Parse reads as one.
  if (data.length < 2 || columns.size < 2) return cells.flatMap(splitFreeText);
  const kept = [...columns].filter((column) => mostlyNumbers(cells, column, isNumber));
  // No column reads as numbers: every cell is listed, with what is wrong with it.
  const chosen = kept.length > 0 ? new Set(kept) : columns;
  return cells
    .filter((cell) => chosen.has(cell.column))
    .filter((cell) => !(cell.line === 1 && !hasDigit(cell.text)))
    .map(asItem);
}

const asItem = ({ text, line }: Cell): ListItem => ({ text, line });

const splitFreeText = ({ text, line }: Cell): ListItem[] =>
  text
    .split(/[,;\t|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ text: part, line }));

// At least half the cells below the header are numbers.
function mostlyNumbers(
  cells: readonly Cell[],
  column: number,
  isNumber: (cell: string) => boolean,
) {
  const values = cells.filter((cell) => cell.column === column && cell.line > 1);
  const numbers = values.filter((cell) => isNumber(cell.text)).length;
  return values.length > 0 && numbers * 2 >= values.length;
}
