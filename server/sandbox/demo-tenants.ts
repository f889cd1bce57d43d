import type { OcNumber, Sbc } from '../../src/features/numbers/schema.ts';
import { vendorExampleNumber } from '../../src/features/numbers/number-factory.ts';
import { sbcsOn } from './operator-offers.ts';
import { seededGuid } from './seeded-guid.ts';

/*
 * The operator's customers in the sandbox: ten tenants in ten countries. Each is a customer in
 * Live Platform's customer list (names, license) and has one lead (contact, consent, emergency
 * addresses: demo-sites.ts). The customer list also carries what an untrusted upstream may send
 * beside the documented fields: unknown fields and secret-looking ones, which our API must drop.
 */

export type Tenant = {
  readonly tenantId: string;
  readonly isoCountryCode: string;
  readonly sbcList: readonly Sbc[];
  readonly source: string | null;
  /** What Live Platform reports for a live number of this tenant (older records report null). */
  readonly acquiredNumberStatus: number | null;
  /** Fields every number of the tenant carries, e.g. extra fields the schema does not know. */
  readonly extra?: Partial<OcNumber>;
  readonly customer: {
    readonly shortName: string;
    readonly fullName: string;
    readonly licenseType: string;
    /** Beside the documented fields, as Live Platform might send them (untrusted). */
    readonly more?: Readonly<Record<string, unknown>>;
  };
  /** The countries the customer consented to in its lead. */
  readonly consentedCountries: readonly string[];
  /** When the customer consented (the lead's consentedOn), UTC. */
  readonly consentedOn: string;
  readonly ovocChannelId: number;
};

export const customerGuidOf = (tenant: Pick<Tenant, 'tenantId'>) =>
  seededGuid(`customer:${tenant.tenantId}`);

// The vendor example's tenant (London, Leeds and Bristol): it also holds the 600+ generated
// numbers of bulk-numbers.ts, so its tenant page pages for real.
export const treyResearch: Tenant = {
  tenantId: vendorExampleNumber.tenantId,
  isoCountryCode: 'GB',
  sbcList: sbcsOn('ukSouth', 'ukWest'),
  source: 'webapi',
  acquiredNumberStatus: 0,
  customer: {
    shortName: 'TreyResearch',
    fullName: 'Trey Research Ltd',
    licenseType: 'Enterprise',
    more: { Status: 'Active', Notes: 'Key account; 600+ numbers' },
  },
  consentedCountries: ['GB'],
  consentedOn: '2023-03-02T10:21:44.1830000+00:00',
  ovocChannelId: 1,
};

// US head office with one Toronto office; records from the v3 list endpoint carry the OC SIP
// connection, which the schema does not know. Consented to the US only (see number-status.ts).
export const fabrikam: Tenant = {
  tenantId: 'e8b08f1a-c7f1-4d7f-be40-7c2094c077e7',
  isoCountryCode: 'US',
  sbcList: sbcsOn('usEast', 'usWest'),
  source: 'webui',
  acquiredNumberStatus: 0,
  extra: {
    ocSipConnectionName: 'Fabrikam-US-East',
    ocSipConnectionDescription: 'Fabrikam primary trunk (Ashburn / San Jose)',
  },
  customer: {
    shortName: 'Fabrikam',
    fullName: 'Fabrikam, Inc.',
    licenseType: 'Enterprise',
    // What GET /api/v3/customer/{guid} would add, sent here by a careless upstream.
    more: {
      ApplicationClientSecret: 'sandbox-Q8f~not-a-real-secret-but-must-never-leave',
      ApplicationClientId: 'c0ffee00-5eed-4a11-b0a7-000000000001',
      Status: 'Active',
    },
  },
  consentedCountries: ['US'],
  consentedOn: '2023-09-18T15:02:09.5510000+00:00',
  ovocChannelId: 2,
};

// Numbers synced from another system, which reports no status.
export const northwind: Tenant = {
  tenantId: '3a6cbe5a-e694-4253-a460-e69856273d94',
  isoCountryCode: 'DE',
  sbcList: sbcsOn('euWest', 'euNorth'),
  source: 'ocsync',
  acquiredNumberStatus: null,
  customer: {
    shortName: 'Northwind',
    fullName: 'Northwind Traders GmbH',
    licenseType: 'Standard',
    more: { ApiKey: 'sandbox-apikey-0f9e8d7c6b5a', Status: 'Active' },
  },
  consentedCountries: ['DE'],
  consentedOn: '2023-11-27T09:44:51.0000000+00:00',
  ovocChannelId: 2,
};

// An early customer; its records have no source.
export const tailspin: Tenant = {
  tenantId: 'dac8bae7-2d91-4909-8fcf-324e5d6b0660',
  isoCountryCode: 'FR',
  sbcList: sbcsOn('euWest', 'euNorth'),
  source: null,
  acquiredNumberStatus: 0,
  customer: {
    shortName: 'Tailspin',
    fullName: 'Tailspin Toys SAS',
    licenseType: 'Standard',
    more: { Status: 'Active', webhookToken: 'sandbox-token-5c4b3a29', LegacyId: 1042 },
  },
  consentedCountries: ['FR'],
  consentedOn: '2023-06-12T08:00:13.2000000+00:00',
  ovocChannelId: 1,
};

// On the beta calling profile.
export const woodgrove: Tenant = {
  tenantId: '38321584-5cc2-49b8-ade6-12b4b4ae830c',
  isoCountryCode: 'NL',
  sbcList: sbcsOn('euWest', 'euNorth'),
  source: 'webapi',
  acquiredNumberStatus: 0,
  customer: { shortName: 'Woodgrove', fullName: 'Woodgrove Bank N.V.', licenseType: 'Premium' },
  consentedCountries: ['NL'],
  consentedOn: '2024-10-21T12:30:00.0000000+00:00',
  ovocChannelId: 3,
};

// The Australian pair has an IPv6 SBC.
export const wideWorld: Tenant = {
  tenantId: 'fa2c4bcc-3c5a-4a6a-8cf6-12cdb124a2e8',
  isoCountryCode: 'AU',
  sbcList: sbcsOn('auEast', 'auSouthEast'),
  source: 'webapi',
  acquiredNumberStatus: 0,
  customer: {
    shortName: 'WideWorld',
    fullName: 'Wide World Importers Pty Ltd',
    licenseType: 'Standard',
    more: { Status: 'Active', BillingReference: 'WWI-AU-0042' },
  },
  consentedCountries: ['AU'],
  consentedOn: '2025-06-02T01:15:27.0000000+00:00',
  ovocChannelId: 4,
};

// Dublin and Cork with a Manchester office; still on the legacy Dublin SBC.
export const litware: Tenant = {
  tenantId: 'e73e6994-20d1-40bb-af38-0243c76d0bff',
  isoCountryCode: 'IE',
  sbcList: sbcsOn('euNorth', 'euNorthLegacy'),
  source: 'webui',
  acquiredNumberStatus: 0,
  customer: {
    shortName: 'Litware',
    fullName: 'Litware Ltd',
    licenseType: 'Standard',
    more: { servicePassword: 'sandbox-hunter2-not-real', Status: 'Active' },
  },
  consentedCountries: ['IE', 'GB'],
  consentedOn: '2024-05-29T14:08:33.0000000+00:00',
  ovocChannelId: 1,
};

// Madrid and Barcelona.
export const proseware: Tenant = {
  tenantId: 'cea7a13c-d6ab-4b53-8c55-e9050bff1b5e',
  isoCountryCode: 'ES',
  sbcList: sbcsOn('euWest', 'euNorth'),
  source: 'webapi',
  acquiredNumberStatus: 0,
  customer: { shortName: 'Proseware', fullName: 'Proseware S.L.', licenseType: 'Standard' },
  consentedCountries: ['ES'],
  consentedOn: '2024-11-25T10:45:00.0000000+00:00',
  ovocChannelId: 3,
};

// Rome and Milan.
export const alpineSkiHouse: Tenant = {
  tenantId: 'e106b235-99bd-4dd0-8d39-74ee422adc12',
  isoCountryCode: 'IT',
  sbcList: sbcsOn('euWest', 'euNorth'),
  source: 'webui',
  acquiredNumberStatus: null,
  customer: {
    shortName: 'AlpineSkiHouse',
    fullName: 'Alpine Ski House S.r.l.',
    licenseType: 'Trial',
    more: { Status: 'Trial', TrialEndsOn: '2026-12-31T00:00:00' },
  },
  consentedCountries: ['IT'],
  consentedOn: '2025-10-20T07:59:12.0000000+00:00',
  ovocChannelId: 4,
};

// Vancouver and Montreal.
export const adventureWorks: Tenant = {
  tenantId: 'cc8d7656-cd72-4b7f-830d-a0d0dc5dca15',
  isoCountryCode: 'CA',
  sbcList: sbcsOn('usEast', 'usWest'),
  source: 'webapi',
  acquiredNumberStatus: 0,
  customer: {
    shortName: 'AdventureWorks',
    fullName: 'Adventure Works Cycles',
    licenseType: 'Premium',
    more: { Status: 'Active', accessTokenCache: { token: 'sandbox-eyJ-not-a-jwt' } },
  },
  consentedCountries: ['CA'],
  consentedOn: '2026-03-02T16:20:41.0000000+00:00',
  ovocChannelId: 2,
};

export const demoTenants: readonly Tenant[] = [
  treyResearch,
  fabrikam,
  northwind,
  tailspin,
  woodgrove,
  wideWorld,
  litware,
  proseware,
  alpineSkiHouse,
  adventureWorks,
];
