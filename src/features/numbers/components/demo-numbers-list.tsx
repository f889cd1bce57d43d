import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { formatNumber } from '../phone.ts';

type ListedNumber = { telephoneNumber: string; description: string };

/** Demo numbers to click, each with what it shows. */
export function DemoNumbersList({
  title,
  numbers,
  intro,
}: {
  title: string;
  numbers: readonly ListedNumber[];
  intro: string;
}) {
  const headingId = `${title.toLowerCase().replace(/\W+/g, '-')}-title`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Text fw={600} component="h2" size="md" id={headingId}>
        {title}
      </Text>
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {numbers.map((item) => (
          <li key={item.telephoneNumber}>
            <Anchor
              component={Link}
              to={paths.number(item.telephoneNumber)}
              ff="monospace"
              size="sm"
            >
              {formatNumber(item.telephoneNumber)}
            </Anchor>
            <Text span size="sm" c="dimmed">
              {' '}
              · {item.description}
            </Text>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
