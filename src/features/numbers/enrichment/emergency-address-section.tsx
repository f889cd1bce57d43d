import { FieldList, type Field } from '../../../components/field-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { clip } from '../../../lib/clip.ts';
import { useMasker } from '../../../lib/presentation/presentation-mode.tsx';
import type { OcNumber } from '../schema.ts';
import { formatCivicAddress } from './address-format.ts';
import { resolveEmergencyAddress, type EmergencyAddress } from './emergency-address.ts';
import { PartEmpty, PartFailed, PartLoading, StaleNote } from './part-states.tsx';
import { useTenantLeads } from './use-enrichment.ts';
import { tones } from '../../../components/tones.ts';
import { PlainStack, PlainText } from '../../../components/plain.tsx';

const title = 'Emergency address';

/** The number's civic address and location, resolved through the tenant's lead. */
export function EmergencyAddressSection({ number }: { number: OcNumber }) {
  const { wanted, tenantId, query } = useTenantLeads(number);
  const body = (() => {
    if (!wanted) {
      return (
        <PartEmpty>
          {tenantId ? 'No emergency address set' : 'No emergency address set (and no tenant id)'}
        </PartEmpty>
      );
    }
    if (query.isPending) return <PartLoading label="Loading the emergency address…" />;
    if (query.isError && !query.data) {
      return (
        <PartFailed
          what="Could not load the emergency address"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
          failedAt={query.errorUpdatedAt}
        />
      );
    }
    return (
      <>
        <ResolvedAddress resolved={resolveEmergencyAddress(number, query.data.data)} />
        <StaleNote freshness={query.data.freshness} />
      </>
    );
  })();
  return <SectionCard title={title}>{body}</SectionCard>;
}

// Descriptions are words, not ids: shown as text, still copyable.
const plain = (label: string, value: string | number | boolean | null | undefined): Field => ({
  label,
  value,
  display: (
    <PlainText size="sm" style={{ overflowWrap: 'anywhere' }}>
      {clip(String(value ?? ''), 500)}
    </PlainText>
  ),
});

function ResolvedAddress({ resolved }: { resolved: EmergencyAddress }) {
  const masker = useMasker();
  if (resolved.kind === 'none') return <PartEmpty>No emergency address set</PartEmpty>;
  if (resolved.kind === 'address-not-found') {
    return (
      <PlainText size="sm" c={tones.warning}>
        The tenant’s lead in Live Platform holds no civic address{' '}
        {masker.id(clip(resolved.civicAddressId, 100))} (the number’s civicAddressId).
      </PlainText>
    );
  }
  const { address, location, missingLocationId, isDefaultLocation } = resolved;
  const formatted = formatCivicAddress(address);
  return (
    <PlainStack gap="sm">
      <PlainStack gap={0} component="address" style={{ fontStyle: 'normal' }}>
        {formatted.lines.length === 0 && <PartEmpty>The address has no parts filled in</PartEmpty>}
        {formatted.lines.map((line, index) => (
          <PlainText key={`${String(index)}-${line}`} size="sm" fw={index === 0 ? 600 : undefined}>
            {clip(line, 300)}
          </PlainText>
        ))}
        {!formatted.countryLayout && formatted.lines.length > 0 && (
          <PlainText size="xs" c="dimmed">
            Laid out in a general way: this app has no layout for{' '}
            {clip(address.country ?? 'an unknown country', 50)}.
          </PlainText>
        )}
      </PlainStack>
      {missingLocationId && (
        <PlainText size="sm" c={tones.warning}>
          This address holds no location {masker.id(clip(missingLocationId, 100))} (the number’s
          locationId).
        </PlainText>
      )}
      <FieldList
        fields={[
          plain('Address description', address.description),
          plain('Validation', address.validationStatus),
          ...(location
            ? [
                plain('Location', location.description),
                plain('Location details', location.additionalInfo),
                {
                  label: 'ELIN',
                  value: location.elin,
                  hint: 'Emergency location identification number',
                },
                {
                  label: 'Default location',
                  value: isDefaultLocation ? 'Yes' : 'No',
                  display: (
                    <PlainText size="sm">
                      {isDefaultLocation
                        ? 'Yes: the address’s default location'
                        : 'No: another location of the address is its default'}
                    </PlainText>
                  ),
                },
              ]
            : []),
        ]}
      />
      {!location && !missingLocationId && (
        <PartEmpty>No location set on the number: only the address is known</PartEmpty>
      )}
    </PlainStack>
  );
}
