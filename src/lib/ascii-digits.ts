// A decimal digit of any script other than ASCII's (NFKC already folds full-width and mathematical
// digits, but not Arabic-Indic ٤, Persian ۴, Devanagari ४ and the rest).
const otherDecimalDigit = /(?![0-9])\p{Nd}/gu;
const isDecimalDigit = (codePoint: number) => /^\p{Nd}$/u.test(String.fromCodePoint(codePoint));

/**
 * Replaces every Unicode decimal digit by its ASCII digit. Unicode encodes each script's digits as
 * a run of ten from 0 to 9 (some runs touch, like the five sets of mathematical digits), so a
 * digit's value is its distance from the start of its run, modulo ten.
 */
export function toAsciiDigits(text: string): string {
  return text.replace(otherDecimalDigit, (digit) => {
    const codePoint = digit.codePointAt(0) ?? 0;
    let start = codePoint;
    while (start > 0 && isDecimalDigit(start - 1)) start -= 1;
    return String((codePoint - start) % 10);
  });
}
