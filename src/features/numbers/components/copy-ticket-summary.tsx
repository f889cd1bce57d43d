import { useMutationState } from '@tanstack/react-query';
import { IconClipboardText } from '@tabler/icons-react';
import { useState } from 'react';
import { numberStatusMutations, type MicrosoftCheck } from '../../../api/number-status.ts';
import { useMasker } from '../../../lib/presentation/presentation-mode.tsx';
import { useDiagnosis } from '../diagnosis/use-diagnosis.ts';
import { tenantIdOf, useCustomer } from '../enrichment/use-enrichment.ts';
import type { OcNumber } from '../schema.ts';
import { ticketSummary } from '../ticket-summary.ts';
import { CopyTextButton } from './copy-text-button.tsx';

type Props = { number: OcNumber; link: string };

/**
 * "Copy for ticket": the number's facts, its customer and the diagnosis as the page shows them
 * now, as plain text (masked in presentation mode). It reads what the page's parts already load,
 * from the same shared queries: it asks for nothing of its own.
 */
export function CopyTicketSummary({ number, link }: Props) {
  const tenantId = tenantIdOf(number);
  // The customer list is asked for only where the page asks for it: a number with a tenant.
  return tenantId ? (
    <WithCustomer tenantId={tenantId} number={number} link={link} />
  ) : (
    <SummaryButton number={number} link={link} customerName={null} />
  );
}

function WithCustomer({ tenantId, ...props }: Props & { tenantId: string }) {
  const { customer } = useCustomer(tenantId);
  const customerName = customer?.CustomerFullName ?? customer?.CustomerShortName ?? null;
  return <SummaryButton {...props} customerName={customerName} />;
}

function SummaryButton({ number, link, customerName }: Props & { customerName: string | null }) {
  const masker = useMasker();
  const microsoft = useMicrosoftAnswer(number);
  const { findings, basis } = useDiagnosis(number, microsoft);
  // Said in the ticket as on the page: a diagnosis without Microsoft's answer may change with it.
  const diagnosisBasis = microsoft ? basis : `${basis}; Microsoft not asked`;
  return (
    <CopyTextButton
      // Written when pressed, not on every render: it lists every SBC, and a record may hold
      // 200,000 of them.
      value={() =>
        ticketSummary({ record: number, customerName, findings, link, diagnosisBasis }, masker)
      }
      label="Copy for ticket"
      icon={IconClipboardText}
      title="The number, customer, status, capabilities, SBCs, diagnosis and link, as plain text"
    />
  );
}

/**
 * Microsoft's answer as the page's "Check with Microsoft" holds it: the latest check of this
 * number made since the page opened (an older one, from an earlier visit, is no longer on screen).
 * Read from the mutation cache, so the diagnosis here is the one the page shows.
 */
function useMicrosoftAnswer(number: OcNumber): MicrosoftCheck | undefined {
  const [openedAt] = useState(() => Date.now());
  const { mutationKey } = numberStatusMutations.check({
    msTenantId: tenantIdOf(number),
    telephoneNumber: number.telephoneNumber,
  });
  const checks = useMutationState({
    filters: { mutationKey, exact: true, predicate: (m) => m.state.submittedAt >= openedAt },
    select: (mutation) => mutation.state,
  });
  const latest = checks.at(-1);
  return latest?.status === 'success' ? (latest.data as MicrosoftCheck) : undefined;
}
