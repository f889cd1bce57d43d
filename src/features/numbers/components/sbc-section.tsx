import { Badge, Table, Text } from '@mantine/core';
import { CopyValueButton } from '../../../components/copy-button.tsx';
import { NotSet } from '../../../components/not-set.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { parseSbc } from '../sbc.ts';
import type { OcNumber } from '../schema.ts';

export function SbcSection({ number }: { number: OcNumber }) {
  const rows = (number.sbcList ?? []).map(parseSbc);
  return (
    <SectionCard
      title="SBCs"
      aside={
        <Badge variant="light" color="gray" tt="none">
          {rows.length} {rows.length === 1 ? 'SBC' : 'SBCs'}
        </Badge>
      }
    >
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {number.sbcList === null || number.sbcList === undefined
            ? 'Live Platform reported no SBC list for this number.'
            : 'No SBC serves this number: calls to it cannot be routed.'}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="xs" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>FQDN</Table.Th>
                <Table.Th>IP address</Table.Th>
                <Table.Th>SBC id</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr
                  key={`${row.id ?? ''}-${row.raw ?? ''}-${index}`}
                  title={row.raw ?? undefined}
                >
                  <Table.Td>{cell(row.fqdn, 'FQDN')}</Table.Td>
                  <Table.Td>{cell(row.ip, 'IP address')}</Table.Td>
                  <Table.Td>{row.id ?? <NotSet />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}

function cell(value: string | null, label: string) {
  if (!value) return <NotSet />;
  return (
    <Text span size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
      {value} <CopyValueButton value={value} label={`Copy ${label}`} />
    </Text>
  );
}
