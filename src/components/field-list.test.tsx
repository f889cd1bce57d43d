import { DataList, MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { FieldList } from './field-list.tsx';

const attributes = (element: Element) =>
  Object.fromEntries(
    [...element.attributes]
      .filter(({ name }) => name !== 'aria-label')
      .map(({ name, value }) => [name, value]),
  );

// The plain list must stay the elements Mantine's DataList renders, so it looks the same.
it('renders the elements, classes and variables of a vertical DataList with dividers', () => {
  render(
    <MantineProvider>
      <DataList orientation="vertical" gap="sm" withDivider aria-label="mantine">
        <DataList.Item>
          <DataList.ItemLabel>Record id</DataList.ItemLabel>
          <DataList.ItemValue>x</DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <div aria-label="plain" role="group">
        <FieldList fields={[{ label: 'Record id', value: 'x' }]} />
      </div>
    </MantineProvider>,
  );
  const mantine = screen.getByLabelText('mantine');
  const plain = within(screen.getByRole('group', { name: 'plain' })).getByRole('term').parentElement
    ?.parentElement;
  expect(plain?.tagName).toBe('DL');
  expect(attributes(plain as Element)).toEqual(attributes(mantine));
  const [item, label, value] = [
    mantine.firstElementChild,
    mantine.querySelector('dt'),
    mantine.querySelector('dd'),
  ];
  expect(plain?.firstElementChild?.className).toBe(item?.className);
  expect(plain?.querySelector('dt')?.className).toBe(label?.className);
  expect(plain?.querySelector('dd')?.className).toBe(value?.className);
});

it('shows every field: its value with a copy button, "Not set" without one, and its hint', () => {
  render(
    <MantineProvider>
      <FieldList
        fields={[
          { label: 'Tenant id', value: 'f94238e5', hint: 'Microsoft Entra tenant' },
          { label: 'Location id', value: null },
        ]}
      />
    </MantineProvider>,
  );
  expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
    'Tenant id',
    'Location id',
  ]);
  const [tenant, location] = screen.getAllByRole('definition');
  expect(tenant).toHaveTextContent('f94238e5');
  expect(tenant).toHaveTextContent('Microsoft Entra tenant');
  expect(screen.getByRole('button', { name: 'Copy tenant id' })).toBeVisible();
  expect(location).toHaveTextContent('Not set');
  // On one line with its label: inline, since DataList's rule for a vertical list's items (a
  // column) outranks any single class.
  expect(location?.parentElement).toHaveStyle({ flexDirection: 'row' });
  expect(screen.queryByRole('button', { name: 'Copy location id' })).toBeNull();
});
