import { Badge, Box, DataList, Paper, Stack, Table, Text } from '@mantine/core';
import { CopyValueButton } from '../../../components/copy-button.tsx';
import { NotSet } from '../../../components/not-set.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { parseSbc, type SbcRow } from '../sbc.ts';
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
        <>
          <Box hiddenFrom="sm">
            <SbcCards rows={rows} />
          </Box>
          <Box visibleFrom="sm">
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
          </Box>
        </>
      )}
    </SectionCard>
  );
}

function cell(value: string | null, label: string) {
  if (!value) return <NotSet />;
  return (
    <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
      {value} <CopyValueButton value={value} label={`Copy ${label}`} />
    </Text>
  );
}

/** On narrow screens each SBC is a small block instead of a table row that would scroll. */
function SbcCards({ rows }: { rows: readonly SbcRow[] }) {
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map((row, index) => (
        <Paper
          component="li"
          withBorder
          radius="sm"
          p="xs"
          key={`${row.id ?? ''}-${row.raw ?? ''}-${index}`}
        >
          <DataList orientation="horizontal" gap={4} labelWidth={90} size="sm">
            <DataList.Item>
              <DataList.ItemLabel>FQDN</DataList.ItemLabel>
              <DataList.ItemValue>{cell(row.fqdn, 'FQDN')}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>IP address</DataList.ItemLabel>
              <DataList.ItemValue>{cell(row.ip, 'IP address')}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>SBC id</DataList.ItemLabel>
              <DataList.ItemValue>{row.id ?? <NotSet />}</DataList.ItemValue>
            </DataList.Item>
          </DataList>
        </Paper>
      ))}
    </Stack>
  );
}
