import type { OcNumber } from '../../src/features/numbers/schema.ts';

/*
 * What Microsoft says about a number when number-status asks (Microsoft's live view). Most numbers
 * are found and agree with their record; these few do not, one per kind of answer. numberOffering
 * values are not documented: the sandbox uses the usage names of Microsoft's Operator Connect API.
 */

export type MicrosoftView =
  | { readonly kind: 'matching' }
  | { readonly kind: 'different-assignment'; readonly assignmentStatus: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'validation-failed'; readonly validationDetail: readonly string[] };

export const microsoftViews: Readonly<Record<string, MicrosoftView>> = {
  // Teams freed it when the user left; Live Platform's last check predates that.
  '+442079461002': { kind: 'different-assignment', assignmentStatus: 'Unassigned' },
  // Released in Teams by the customer; Live Platform still holds it as active.
  '+61255509876': { kind: 'not-found' },
  // Ready for removal: Microsoft already let it go.
  '+31800022222': { kind: 'not-found' },
  // A Canadian number of a tenant that consented to the US only (its lead says so).
  '+14165550123': {
    kind: 'validation-failed',
    validationDetail: [
      'The number country CA is not among the countries the customer consented to (US).',
      'Ask the customer to consent to CA in the Teams admin center, then upload again.',
    ],
  },
};

export const viewOf = (telephoneNumber: string): MicrosoftView =>
  microsoftViews[telephoneNumber] ?? { kind: 'matching' };

/** Microsoft's usage of the number, from what it acquired ('' when nothing is known). */
export function numberOffering(record: OcNumber): string {
  const acquired = (record.acquiredCapabilities ?? []).map(String);
  if (acquired.includes('UserAssignment')) return 'CallingUserAssignment';
  if (acquired.includes('ConferenceAssignment')) return 'ConferenceAssignment';
  if (acquired.includes('FirstPartyAppAssignment')) return 'FirstPartyAppAssignment';
  return '';
}

/** The assignment Microsoft reports for a matching number: the record's, when it is a word. */
export const assignmentOf = (record: OcNumber): string =>
  typeof record.assignmentStatus === 'string' ? record.assignmentStatus : '';
