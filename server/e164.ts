// E.164: a plus, a non-zero country code digit, at most 15 digits in all. Checked on the server too,
// so nothing but a phone number can reach a source (or, later, the upstream path).
const e164Pattern = /^\+[1-9]\d{1,14}$/;

export function isE164(value: string): boolean {
  return e164Pattern.test(value);
}
