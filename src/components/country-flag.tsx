import { Box } from '@mantine/core';

const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code);

/**
 * The flag of a country, decorative: the country's name is always written beside it. The images
 * are plain files (/flags/GB.svg, from country-flag-icons), fetched only for the country shown.
 */
export function CountryFlag({
  code,
  height = 14,
}: {
  code: string | null | undefined;
  height?: number;
}) {
  const upper = code?.toUpperCase() ?? '';
  if (!isCountryCode(upper)) return null;
  const width = Math.round((height * 3) / 2);
  return (
    <Box
      component="img"
      src={`/flags/${upper}.svg`}
      alt=""
      width={width}
      height={height}
      style={{ flexShrink: 0, borderRadius: 2, objectFit: 'cover' }}
      onError={(event) => {
        event.currentTarget.style.visibility = 'hidden';
      }}
    />
  );
}
