import type { OcNumber } from '../../src/features/numbers/schema.ts';
import { emergency, sites } from './demo-sites.ts';
import { treyResearch, type Tenant } from './demo-tenants.ts';
import { profiles, USER_GEO } from './operator-offers.ts';
import { upload } from './upload-job.ts';

/*
 * Reserved ids for Live Platform's other reads: each reproduces one way a read can fail, so every
 * failed part of a page can be shown and tested on demo data (reserved-numbers.ts does the same for
 * the number itself). The numbers sit in the same never-assigned range (+44 20 7946 07xx / 08xx)
 * and open normally: it is their customer, lead, tenant page, calling profile or number-status
 * check that fails. Last digits echo the HTTP status where there is one.
 *
 * The customer list and the calling-profile list are global (one answer for every number), so no
 * id can make them fail without failing them for every page; the sandbox always answers them, and
 * their failures are reproduced by the fake Live Platform of the tests instead.
 */

export type ReadFault = 'server-error' | 'rate-limited' | 'slow';

/** A tenant whose lead and numbers pages fail (fault), or that is missing from the customer list. */
export type ReservedTenant = Tenant & {
  readonly fault: ReadFault | null;
  readonly inCustomerList: boolean;
  readonly description: string;
};

const reservedTenant = (
  status: string,
  fault: ReadFault | null,
  description: string,
  inCustomerList = true,
): ReservedTenant => ({
  ...treyResearch,
  tenantId: `7e57fa11-0000-4000-8000-000000000${status}`,
  customer: {
    shortName: `Reserved${status}`,
    fullName: `Reserved tenant: ${description}`,
    licenseType: 'Standard',
  },
  fault,
  inCustomerList,
  description,
});

export const reservedTenants = {
  leadServerError: reservedTenant('500', 'server-error', 'lead and numbers answer 500'),
  leadRateLimited: reservedTenant('429', 'rate-limited', 'lead and numbers answer 429'),
  leadSlow: reservedTenant('300', 'slow', 'lead and numbers answer after 3 s'),
  noCustomer: reservedTenant('404', null, 'no customer and no lead', false),
} satisfies Record<string, ReservedTenant>;

/** A calling profile id that the calling-profile list does not hold. */
export const MISSING_PROFILE_ID = '7e57fa11-0000-4000-8000-00000000c404';

export type StatusFault = 'server-error' | 'rate-limited' | 'validation-error';

/** Numbers whose number-status check fails. */
export const statusFaults: readonly { telephoneNumber: string; fault: StatusFault }[] = [
  { telephoneNumber: '+442079460850', fault: 'server-error' },
  { telephoneNumber: '+442079460829', fault: 'rate-limited' },
  { telephoneNumber: '+442079460840', fault: 'validation-error' },
];

export type ReservedRead = {
  readonly telephoneNumber: string;
  readonly description: string;
};

/** The numbers to open to see each failure, for the README and the tests. */
export const reservedReads: readonly ReservedRead[] = [
  { telephoneNumber: '+442079460750', description: 'lead and tenant page answer 500' },
  {
    telephoneNumber: '+442079460729',
    description: 'lead and tenant page answer 429 (Retry-After: 2)',
  },
  { telephoneNumber: '+442079460730', description: 'lead and tenant page answer after 3 s' },
  { telephoneNumber: '+442079460744', description: 'its tenant is no customer and has no lead' },
  { telephoneNumber: '+442079460704', description: 'its calling profile is not in the list' },
  { telephoneNumber: '+442079460850', description: 'number-status answers 500' },
  { telephoneNumber: '+442079460829', description: 'number-status answers 429 (Retry-After: 2)' },
  { telephoneNumber: '+442079460840', description: 'number-status answers 400 (validation error)' },
];

const job = (id: number, at: string) => ({
  uploadToAccountJobId: id,
  tnUploadJobId: `7e57fa11-0000-4000-8000-00000000${id}`,
  at,
});

const plain = (tn: string) => ({
  tn,
  profile: profiles.ukUser,
  acquired: USER_GEO,
  assignment: 'Unassigned',
});

// With an emergency address, a number's page reads its tenant's lead, and so shows that failing.
const withAddress = (tn: string) => ({ ...plain(tn), extra: emergency(sites.treyLondon) });

/** The records of the reserved numbers: ordinary numbers of an ordinary or a reserved tenant. */
export const reservedReadNumbers: readonly OcNumber[] = [
  ...upload(reservedTenants.leadServerError, job(9500, '2025-09-01T09:00:00Z'), [
    withAddress('+442079460750'),
  ]),
  ...upload(reservedTenants.leadRateLimited, job(9429, '2025-09-01T09:10:00Z'), [
    withAddress('+442079460729'),
  ]),
  ...upload(reservedTenants.leadSlow, job(9300, '2025-09-01T09:20:00Z'), [
    withAddress('+442079460730'),
  ]),
  ...upload(reservedTenants.noCustomer, job(9404, '2025-09-01T09:30:00Z'), [
    plain('+442079460744'),
  ]),
  ...upload(treyResearch, job(9704, '2025-09-01T09:40:00Z'), [
    {
      ...plain('+442079460704'),
      extra: { callingProfileId: MISSING_PROFILE_ID },
    },
    plain('+442079460850'),
    plain('+442079460829'),
    plain('+442079460840'),
  ]),
];
