import { PlainLink, PlainList, PlainStack, PlainText } from '../../../components/plain.tsx';
import { paths } from '../../../config/paths.ts';
import { formatNumber } from '../phone.ts';

type ListedNumber = { telephoneNumber: string; description: string };

/**
 * Demo numbers to click, each with what it shows. Plain elements with Mantine's classes (plain.tsx):
 * two dozen rows of Mantine's Anchor and Text were most of the start page's components.
 */
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
    <PlainStack gap="xs" component="section" aria-labelledby={headingId}>
      <PlainText fw={600} component="h2" size="md" id={headingId}>
        {title}
      </PlainText>
      <PlainText size="sm" c="dimmed">
        {intro}
      </PlainText>
      <PlainList gap={6}>
        {numbers.map((item) => (
          <li key={item.telephoneNumber}>
            <PlainLink to={paths.number(item.telephoneNumber)} ff="monospace" size="sm">
              {formatNumber(item.telephoneNumber)}
            </PlainLink>
            <PlainText span size="sm" c="dimmed">
              {' '}
              · {item.description}
            </PlainText>
          </li>
        ))}
      </PlainList>
    </PlainStack>
  );
}
