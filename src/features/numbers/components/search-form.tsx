import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  type CountryCode,
} from 'libphonenumber-js/min';
import { useMemo, useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { CountryFlag } from '../../../components/country-flag.tsx';
import { paths } from '../../../config/paths.ts';
import { countryName } from '../../../lib/countries.ts';
import { useDefaultCountry } from '../default-country.ts';
import { parsePhoneInput } from '../phone.ts';

export const searchInputId = 'phone-search';

type SearchFormProps = {
  initialValue?: string;
  autoFocus?: boolean;
};

/** The lookup box: takes whatever people paste, shows what it understood, opens the number. */
export function SearchForm({ initialValue = '', autoFocus = false }: SearchFormProps) {
  const navigate = useNavigate();
  const [value, setValue] = useState(initialValue);
  const [submitted, setSubmitted] = useState(false);
  const [country, setCountry] = useDefaultCountry();
  const parsed = useMemo(() => parsePhoneInput(value, country), [value, country]);
  const countryOptions = useCountryOptions();

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (parsed.ok) void navigate(paths.number(parsed.e164));
  };

  const error = submitted && !parsed.ok ? parsed.message : undefined;
  return (
    <form onSubmit={onSubmit} noValidate role="search" aria-label="Look up a number">
      <Stack gap="xs">
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            id={searchInputId}
            label="Phone number"
            placeholder="+44 20 7499 6300"
            size="md"
            flex={1}
            miw={0}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={error}
            autoFocus={autoFocus}
            autoComplete="off"
            spellCheck={false}
            inputMode="tel"
            leftSection={<IconSearch size={18} aria-hidden />}
            inputWrapperOrder={['label', 'input', 'error', 'description']}
            description={
              error ? undefined : <Preview value={value} parsed={parsed} country={country} />
            }
          />
          <Button type="submit" size="md" mt={27}>
            Look up
          </Button>
        </Group>
        <Select
          label="Country for national numbers"
          size="xs"
          maw={320}
          searchable
          allowDeselect={false}
          data={countryOptions}
          value={country}
          onChange={(next) => {
            if (next && isSupportedCountry(next)) setCountry(next);
          }}
          nothingFoundMessage="No such country"
          comboboxProps={{ withinPortal: true }}
        />
      </Stack>
    </form>
  );
}

function Preview({
  value,
  parsed,
  country,
}: {
  value: string;
  parsed: ReturnType<typeof parsePhoneInput>;
  country: CountryCode;
}) {
  if (parsed.ok) {
    return (
      <Group gap={6} component="span" aria-live="polite" wrap="nowrap">
        <CountryFlag code={parsed.country} />
        <Text span size="sm" fw={500} c="var(--mantine-color-text)">
          {parsed.international}
        </Text>
        <Text span size="sm">
          · {parsed.country ? countryName(parsed.country) : 'International service'}
        </Text>
      </Group>
    );
  }
  const hint = !value.trim()
    ? `Paste or type a number, with its country code or as dialled in ${countryName(country)}.`
    : parsed.problem === 'too-short'
      ? 'Keep typing: the number is not complete yet.'
      : parsed.message;
  return (
    <Text span size="sm" aria-live="polite">
      {hint}
    </Text>
  );
}

function useCountryOptions() {
  return useMemo(
    () =>
      getCountries()
        .map((code) => ({
          value: code,
          label: `${countryName(code)} (+${getCountryCallingCode(code)})`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [],
  );
}
