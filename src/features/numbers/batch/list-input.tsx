import { Button, FileButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconFileSpreadsheet, IconPlayerPlay } from '@tabler/icons-react';
import { memo, useState, type DragEvent, type SyntheticEvent } from 'react';
import { countryName } from '../../../lib/countries.ts';
import { useDefaultCountry } from '../default-country.ts';
import { maxBatchNumbers, readBatchList, type BatchList } from './batch-list.ts';
import { maxListCharacters } from './read-list.ts';

type ListInputProps = {
  text: string;
  onText: (text: string) => void;
  onStart: (text: string, list: BatchList) => void;
  running: boolean;
};

/**
 * The list: typed, pasted (a spreadsheet column, CSV rows), opened or dropped as a file. Read
 * only when the lookup starts: reading 1,000 numbers as the user types would slow every key.
 */
// Memoised: the page renders again with every few answers of a run, the list does not change.
export const ListInput = memo(function ListInput({
  text,
  onText,
  onStart,
  running,
}: ListInputProps) {
  const [country] = useDefaultCountry();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const readFile = async (file: File | null) => {
    if (!file) return;
    if (file.size > maxListCharacters * 4) {
      setFileProblem(`${file.name} is too big for a list of numbers. Open the CSV file with them.`);
      return;
    }
    setFileProblem(null);
    onText(await file.text());
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void readFile(file);
  };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setReading(true);
    void readBatchList(text, country)
      .then((list) => onStart(text, list))
      .finally(() => setReading(false));
  };

  return (
    <Stack component="form" gap="xs" onSubmit={submit}>
      <Textarea
        label="Numbers"
        description={`Up to ${maxBatchNumbers.toLocaleString('en-GB')} numbers: one a line, separated by commas, a spreadsheet column or a CSV file (drop it here). National numbers are read as ${countryName(country)} numbers, as in the search box.`}
        placeholder={'+44 20 7499 6300\n020 7946 1001\ntel:+448081570123'}
        value={text}
        onChange={(event) => onText(event.currentTarget.value)}
        onDrop={onDrop}
        // Not autosize: a list of 1,000 lines would grow the box past the screen.
        rows={6}
        resize="vertical"
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      {fileProblem && (
        <Text size="sm" c="red" role="alert">
          {fileProblem}
        </Text>
      )}
      <Group gap="sm">
        <Button
          type="submit"
          leftSection={<IconPlayerPlay size={16} aria-hidden />}
          disabled={running || text.trim() === ''}
          loading={reading}
        >
          Look up
        </Button>
        <FileButton
          onChange={(file) => void readFile(file)}
          accept=".csv,.txt,.tsv,text/csv,text/plain"
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            >
              Open a CSV file
            </Button>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
});
