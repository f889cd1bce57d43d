const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "GB" → "United Kingdom"; an unknown or odd code comes back as given, never throws. */
export function countryName(code: string | null | undefined): string {
  if (!code) return 'Unknown country';
  try {
    return displayNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
