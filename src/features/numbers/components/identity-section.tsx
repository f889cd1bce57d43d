import { Badge } from '@mantine/core';
import { FieldList } from '../../../components/field-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { clip } from '../../../lib/clip.ts';
import { useMasker } from '../../../lib/presentation/presentation-mode.tsx';
import { TenantCustomer } from '../enrichment/tenant-customer.tsx';
import { sourceLabel } from '../labels/source.ts';
import type { OcNumber } from '../schema.ts';
import { PlainGroup, PlainText } from '../../../components/plain.tsx';

/**
 * Every identifier of the record, copyable, for tickets and for the vendor's support. In
 * presentation mode the ids are shown and copied masked (their last 4 characters).
 */
export function IdentitySection({ number }: { number: OcNumber }) {
  const source = number.source ? sourceLabel(number.source) : null;
  const masker = useMasker();
  const id = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? value : masker.id(value);
  return (
    <SectionCard title="Identity and provenance">
      <FieldList
        fields={[
          {
            label: 'Tenant id',
            value: id(number.tenantId),
            // The customer whose tenant it is, under the id (which stays what is copied).
            below: number.tenantId ? <TenantCustomer tenantId={number.tenantId} /> : undefined,
            hint: 'Microsoft Entra tenant of the customer',
          },
          { label: 'Calling profile id', value: id(number.callingProfileId) },
          { label: 'Record id', value: id(number.id) },
          { label: 'Upload entry id', value: id(number.uploadTelephoneNumberEntryId) },
          { label: 'Upload job id', value: id(number.uploadToAccountJobId) },
          { label: 'Microsoft upload job id', value: id(number.tnUploadJobId) },
          {
            label: 'Source',
            value: number.source,
            display: source ? (
              <PlainGroup gap={6} wrap="nowrap">
                <PlainText size="sm">{source.label}</PlainText>
                <Badge size="sm" variant="outline" color="gray" tt="none" ff="monospace">
                  {clip(number.source ?? '', 100)}
                </Badge>
              </PlainGroup>
            ) : undefined,
            hint: source?.description,
          },
          { label: 'Location id', value: id(number.locationId), hint: 'Emergency location' },
          {
            label: 'Civic address id',
            value: id(number.civicAddressId),
            hint: 'Emergency address',
          },
        ]}
      />
    </SectionCard>
  );
}
