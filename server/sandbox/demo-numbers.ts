import type { OcNumber, Sbc } from '../../src/features/numbers/schema.ts';
import { makeNumber, vendorExampleNumber } from '../../src/features/numbers/number-factory.ts';

/*
 * The demo sandbox's numbers: what a lookup shows when no Live Platform is configured.
 *
 * Why the data is shaped like this:
 * - It looks like a real operator's estate (ten customer tenants in ten countries, each with a few
 *   upload jobs, per-country calling profiles, SBC pairs per region), so a demo feels real.
 * - It covers every known value of every open enumeration plus one unknown value each, and the
 *   awkward shapes the upstream may send (nulls everywhere, empty lists, an SBC name without an
 *   address, an IPv6 SBC, ticks as a JSON number, an extra field), so every UI state can be shown
 *   on demo data. demo-numbers.test.ts asserts all of it.
 * - Numbers are E.164 and valid for libphonenumber (the app checks that), taken where possible from
 *   ranges regulators keep for fiction (Ofcom drama, NANP 555-01xx, ACMA, ARCEP, BNetzA); +44 20 7946
 *   0xxx is left to reserved-numbers.ts, which uses it for failure scenarios. SBC addresses are from
 *   the documentation ranges (RFC 5737, RFC 3849).
 * - The vendor's own example is included unchanged; everything is built with makeNumber, so ids
 *   derive from the number and every run agrees on them.
 */

type CallingProfile = { readonly callingProfileId: string; readonly available: readonly string[] };

type Tenant = {
  readonly tenantId: string;
  readonly isoCountryCode: string;
  readonly sbcList: readonly Sbc[];
  readonly source: string | null;
  /** What Live Platform reports for a live number of this tenant (older records report null). */
  readonly acquiredNumberStatus: number | null;
  /** Fields every number of the tenant carries, e.g. extra fields the schema does not know. */
  readonly extra?: Partial<OcNumber>;
};

type UploadJob = {
  readonly uploadToAccountJobId: number;
  readonly tnUploadJobId: string;
  /** When the upload started, UTC. */
  readonly at: string;
};

type Entry = {
  readonly tn: string;
  readonly profile: CallingProfile;
  readonly acquired: readonly string[];
  /** A non-null status also sets the assignment-check fields (aslsct, aslcht, aslvCode, asticks). */
  readonly assignment?: OcNumber['assignmentStatus'];
  /** Upstream sometimes sends asticks as a JSON number (beyond 2^53, so it loses precision). */
  readonly ticksAsNumber?: boolean;
  /** Applied last: anything that differs from the defaults. */
  readonly extra?: Partial<OcNumber>;
};

// --- Capabilities ------------------------------------------------------------------------------

const CORE = ['Office365', 'InboundCalling', 'OutboundCalling'];
const USER = [...CORE, 'UserAssignment'];
const USER_GEO = [...USER, 'Geographic'];
const CONFERENCE = [...CORE, 'ConferenceAssignment'];
const VOICE_APP = [...CORE, 'FirstPartyAppAssignment'];
const TOLL_FREE = ['Office365', 'InboundCalling', 'FirstPartyAppAssignment', 'TollFree'];
const MOBILE = [...USER, 'Mobile'];

// --- Calling profiles (the operator's offers, shared by its customers) --------------------------

const profile = (callingProfileId: string, available: readonly string[]): CallingProfile => ({
  callingProfileId,
  available,
});

const ukUser = profile(vendorExampleNumber.callingProfileId, [
  ...vendorExampleNumber.availableCapabilities,
  'ConferenceAssignment',
  'Geographic',
]);
const ukTollFree = profile('a4d7589e-8a2a-4b96-8443-8da88976e5dc', [
  ...TOLL_FREE,
  'ConferenceAssignment',
]);
const usUser = profile('da75712b-da63-48b3-ad9c-58a654a47c1a', [
  ...USER_GEO,
  'FirstPartyAppAssignment',
  'ThirdPartyAppAssignment',
  'ConferenceAssignment',
]);
const usTollFree = profile('377deb39-23cf-4be9-affa-fdcf57d0d64c', TOLL_FREE);
const caUser = profile('ba7a2e85-04cf-4489-88c6-d425a4019f41', [
  ...USER_GEO,
  'FirstPartyAppAssignment',
]);
const deUser = profile('00ade838-49d1-4a22-bac0-12a02dc7883e', [
  ...USER,
  'ConferenceAssignment',
  'FirstPartyAppAssignment',
]);
const frUser = profile('3ea9a436-6e67-426e-bf36-cf3ef7134726', [
  ...USER,
  'FirstPartyAppAssignment',
]);
// A beta offer: Live Platform passes through a capability this app has never heard of.
const nlUser = profile('8de813e8-0b12-4e11-a295-e9c39a6ceb54', [
  ...USER,
  'FirstPartyAppAssignment',
  'Mobile',
  'QuantumCalling',
]);
const ieUser = profile('4bfc8c4f-ff91-47b7-a2b0-93e79acff529', [
  ...USER_GEO,
  'FirstPartyAppAssignment',
]);
const esUser = profile('70282dc5-5e63-4800-bdac-7fe70717fbe5', [
  ...USER,
  'FirstPartyAppAssignment',
]);
const itUser = profile('e7b6e927-6784-4d92-b316-0f7309758f85', [
  ...USER,
  'FirstPartyAppAssignment',
]);
const auUser = profile('8b98dd4c-bdab-4797-97aa-22fb1aabf7ad', [
  ...USER_GEO,
  'FirstPartyAppAssignment',
]);
const euMobile = profile('1f174755-d01b-44c6-aa61-7d692ead7c81', MOBILE);
const auMobile = profile('a6956936-3180-4f0d-87e8-aadd1994d8ed', MOBILE);
const euTollFree = profile('d4eda82c-242d-4e49-9b5e-92f545fc6769', [
  ...TOLL_FREE,
  'ConferenceAssignment',
]);
const auTollFree = profile('f93d8705-c83b-4ab3-abc1-7f03100cd354', [
  ...TOLL_FREE,
  'ConferenceAssignment',
]);

// --- SBCs (the operator's, one pair per region) --------------------------------------------------

const sbc = {
  ukSouth: { sbcName: 'oc1.uks.lp.contoso-voice.net [203.0.113.21]', sbcId: 21 },
  ukWest: { sbcName: 'oc2.ukw.lp.contoso-voice.net [203.0.113.22]', sbcId: 22 },
  ukSouth2: { sbcName: 'oc3.uks.lp.contoso-voice.net [203.0.113.23]', sbcId: 23 },
  euWest: { sbcName: 'oc1.weu.lp.contoso-voice.net [198.51.100.31]', sbcId: 31 },
  euNorth: { sbcName: 'oc2.neu.lp.contoso-voice.net [198.51.100.32]', sbcId: 32 },
  // Registered by hand years ago: no address in the name, id stored as a string.
  euNorthLegacy: { sbcName: 'oc3.neu.lp.contoso-voice.net', sbcId: '33' },
  usEast: { sbcName: 'oc1.eus.lp.contoso-voice.net [192.0.2.41]', sbcId: 41 },
  usWest: { sbcName: 'oc2.wus.lp.contoso-voice.net [192.0.2.42]', sbcId: 42 },
  auEast: { sbcName: 'oc1.aue.lp.contoso-voice.net [192.0.2.51]', sbcId: 51 },
  auSouthEast: { sbcName: 'oc2.ase.lp.contoso-voice.net [2001:db8:51::2]', sbcId: 52 },
} satisfies Record<string, Sbc>;

// --- Building numbers ----------------------------------------------------------------------------

const TICKS_AT_UNIX_EPOCH = 621_355_968_000_000_000n;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The last nightly assignment check; every checked number was checked in that run. */
const LAST_CHECK_RUN = Date.parse('2026-11-26T02:00:00Z');

/**
 * Live Platform's date format (7 fractional digits and an offset, as in the vendor example) and the
 * same instant in .NET ticks (100 ns since 0001-01-01), the unit of `asticks`.
 */
function stamp(ms: number, seed: number): { iso: string; ticks: string } {
  const seconds = Math.floor(ms / 1000);
  const fraction = seed % 10_000_000;
  const iso = new Date(seconds * 1000).toISOString().slice(0, 19);
  return {
    iso: `${iso}.${String(fraction).padStart(7, '0')}+00:00`,
    ticks: String(BigInt(seconds) * 10_000_000n + BigInt(fraction) + TICKS_AT_UNIX_EPOCH),
  };
}

let checkOrder = 0;

/** The numbers of one upload job: created a second apart, in the customer's tenant minutes later. */
function upload(tenant: Tenant, job: UploadJob, entries: readonly Entry[]): OcNumber[] {
  const start = Date.parse(job.at);
  return entries.map((entry, index) => {
    const seed = Number(entry.tn.slice(-7));
    const created = start + index * 1_000;
    const acquired = created + 6 * MINUTE + index * 4_000;
    const checks: Partial<OcNumber> = {};
    if (entry.assignment !== undefined && entry.assignment !== null) {
      const changed = stamp(acquired + (20 + 17 * index) * HOUR, seed * 7);
      const checked = stamp(LAST_CHECK_RUN + checkOrder++ * 41_000, seed * 11);
      checks.aslsct = changed.iso;
      checks.aslcht = checked.iso;
      checks.aslvCode = 200;
      checks.asticks = entry.ticksAsNumber ? Number(checked.ticks) : checked.ticks;
    }
    return makeNumber({
      telephoneNumber: entry.tn,
      isoCountryCode: tenant.isoCountryCode,
      tenantId: tenant.tenantId,
      callingProfileId: entry.profile.callingProfileId,
      acquiredCapabilities: [...entry.acquired],
      availableCapabilities: [...entry.profile.available],
      acquiredNumberStatus: tenant.acquiredNumberStatus,
      assignmentStatus: entry.assignment ?? null,
      sbcList: tenant.sbcList.map((s) => ({ ...s })),
      source: tenant.source,
      whenCreated: stamp(created, seed * 3).iso,
      acquiredOn: stamp(acquired, seed * 5).iso,
      uploadToAccountJobId: job.uploadToAccountJobId,
      tnUploadJobId: job.tnUploadJobId,
      locationId: null,
      civicAddressId: null,
      ...checks,
      ...tenant.extra,
      ...entry.extra,
    });
  });
}

/** An emergency address as Live Platform stores it: a location inside a civic address. */
const emergency = (locationId: string, civicAddressId: string) => ({ locationId, civicAddressId });

// --- Tenants -------------------------------------------------------------------------------------

// The vendor example's tenant (think "Trey Research", London and Leeds).
const treyResearch: Tenant = {
  tenantId: vendorExampleNumber.tenantId,
  isoCountryCode: 'GB',
  sbcList: [sbc.ukSouth, sbc.ukWest],
  source: 'webapi',
  acquiredNumberStatus: 0,
};

// "Fabrikam, Inc.", US head office with one Toronto office; records from the v3 list endpoint
// carry the OC SIP connection, which the schema does not know.
const fabrikam: Tenant = {
  tenantId: 'e8b08f1a-c7f1-4d7f-be40-7c2094c077e7',
  isoCountryCode: 'US',
  sbcList: [sbc.usEast, sbc.usWest],
  source: 'webui',
  acquiredNumberStatus: 0,
  extra: {
    ocSipConnectionName: 'Fabrikam-US-East',
    ocSipConnectionDescription: 'Fabrikam primary trunk (Ashburn / San Jose)',
  },
};

// "Northwind Traders GmbH": numbers synced from another system, which reports no status.
const northwind: Tenant = {
  tenantId: '3a6cbe5a-e694-4253-a460-e69856273d94',
  isoCountryCode: 'DE',
  sbcList: [sbc.euWest, sbc.euNorth],
  source: 'ocsync',
  acquiredNumberStatus: null,
};

// "Tailspin Toys SAS": an early customer; its records have no source.
const tailspin: Tenant = {
  tenantId: 'dac8bae7-2d91-4909-8fcf-324e5d6b0660',
  isoCountryCode: 'FR',
  sbcList: [sbc.euWest, sbc.euNorth],
  source: null,
  acquiredNumberStatus: 0,
};

// "Woodgrove Bank N.V.": on the beta calling profile.
const woodgrove: Tenant = {
  tenantId: '38321584-5cc2-49b8-ade6-12b4b4ae830c',
  isoCountryCode: 'NL',
  sbcList: [sbc.euWest, sbc.euNorth],
  source: 'webapi',
  acquiredNumberStatus: 0,
};

// "Wide World Importers Pty Ltd": the Australian pair has an IPv6 SBC.
const wideWorld: Tenant = {
  tenantId: 'fa2c4bcc-3c5a-4a6a-8cf6-12cdb124a2e8',
  isoCountryCode: 'AU',
  sbcList: [sbc.auEast, sbc.auSouthEast],
  source: 'webapi',
  acquiredNumberStatus: 0,
};

// "Litware Ltd", Dublin and Cork with a Manchester office; still on the legacy Dublin SBC.
const litware: Tenant = {
  tenantId: 'e73e6994-20d1-40bb-af38-0243c76d0bff',
  isoCountryCode: 'IE',
  sbcList: [sbc.euNorth, sbc.euNorthLegacy],
  source: 'webui',
  acquiredNumberStatus: 0,
};

// "Proseware S.L.", Madrid and Barcelona.
const proseware: Tenant = {
  tenantId: 'cea7a13c-d6ab-4b53-8c55-e9050bff1b5e',
  isoCountryCode: 'ES',
  sbcList: [sbc.euWest, sbc.euNorth],
  source: 'webapi',
  acquiredNumberStatus: 0,
};

// "Alpine Ski House S.r.l.", Rome and Milan.
const alpineSkiHouse: Tenant = {
  tenantId: 'e106b235-99bd-4dd0-8d39-74ee422adc12',
  isoCountryCode: 'IT',
  sbcList: [sbc.euWest],
  source: 'webui',
  acquiredNumberStatus: null,
};

// "Adventure Works Cycles", Vancouver and Montreal.
const adventureWorks: Tenant = {
  tenantId: 'cc8d7656-cd72-4b7f-830d-a0d0dc5dca15',
  isoCountryCode: 'CA',
  sbcList: [sbc.usEast, sbc.usWest],
  source: 'webapi',
  acquiredNumberStatus: 0,
};

// --- The numbers ---------------------------------------------------------------------------------

export const demoNumbers: readonly OcNumber[] = [
  vendorExampleNumber,

  ...upload(
    treyResearch,
    {
      uploadToAccountJobId: 3312,
      tnUploadJobId: '9598c4e0-7fe2-4735-889b-de2bd1787a79',
      at: '2024-05-20T09:41:12Z',
    },
    [
      {
        tn: '+442079461001',
        profile: ukUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: emergency(
          'd6637d4a-93bf-4fd8-a9b5-a3065879a314',
          '4ba0e069-e01c-4851-9ad8-0c67fc805162',
        ),
      },
      { tn: '+442079461002', profile: ukUser, acquired: USER, assignment: 'UserAssigned' },
      {
        tn: '+442079461050',
        profile: ukUser,
        acquired: CONFERENCE,
        assignment: 'ConferenceAssigned',
      },
      { tn: '+442079461100', profile: ukUser, acquired: VOICE_APP, assignment: 'VoiceApp' },
      { tn: '+447400123456', profile: ukUser, acquired: MOBILE, assignment: 'UserAssigned' },
    ],
  ),
  ...upload(
    treyResearch,
    {
      uploadToAccountJobId: 4127,
      tnUploadJobId: '6f169570-54ce-443a-8bf9-7f20bfede9d6',
      at: '2025-01-14T16:05:37Z',
    },
    [
      {
        tn: '+448081570123',
        profile: ukTollFree,
        acquired: TOLL_FREE,
        assignment: 'VoiceApplicationAssigned',
        extra: { sbcList: [sbc.ukSouth, sbc.ukWest, sbc.ukSouth2] },
      },
      {
        tn: '+441134960123',
        profile: ukUser,
        acquired: USER_GEO,
        assignment: 'Unassigned',
        extra: { acquiredNumberStatus: 2 },
      },
    ],
  ),

  ...upload(
    fabrikam,
    {
      uploadToAccountJobId: 2841,
      tnUploadJobId: '0cbdc3a0-50f4-48b9-b60a-94fd305fbdd3',
      at: '2023-10-02T14:22:05Z',
    },
    [
      {
        tn: '+12025550143',
        profile: usUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: emergency(
          '87b0fc70-6943-4efe-af0f-cdddb99e5e9e',
          '319ef52c-01bd-4f7a-8b46-cfe1bc0a70c0',
        ),
      },
      {
        tn: '+12125550187',
        profile: usUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: emergency(
          'edbdeff2-f94c-4c83-b3ec-938f4af14854',
          '11a2d74b-5b6d-422b-905b-09590dd5dca6',
        ),
      },
      {
        tn: '+14155550132',
        profile: usUser,
        acquired: [...CORE, 'ThirdPartyAppAssignment'],
        assignment: 'ThirdPartyAppAssigned',
      },
      { tn: '+13125550164', profile: usUser, acquired: USER, assignment: 'PolicyAssigned' },
      {
        tn: '+13055550118',
        profile: usUser,
        acquired: USER_GEO,
        assignment: 'Unassigned',
        extra: { acquiredNumberStatus: 1 },
      },
    ],
  ),
  ...upload(
    fabrikam,
    {
      uploadToAccountJobId: 3650,
      tnUploadJobId: '4a9bc539-e107-4f33-bb51-27171ed7031d',
      at: '2024-08-07T11:48:50Z',
    },
    [
      {
        tn: '+18005550199',
        profile: usTollFree,
        acquired: TOLL_FREE,
        assignment: 'FirstPartyAppAssigned',
      },
      {
        tn: '+14165550123',
        profile: caUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: {
          isoCountryCode: 'CA',
          ocSipConnectionName: 'Fabrikam-CA-Toronto',
          ...emergency(
            '820f6a9d-87b6-4676-8237-7064cd12811f',
            '29859969-8398-47ce-8d3f-01158b52946d',
          ),
        },
      },
    ],
  ),

  ...upload(
    northwind,
    {
      uploadToAccountJobId: 2977,
      tnUploadJobId: 'dc20a6ea-448c-45a2-84d6-56067d841d9a',
      at: '2023-12-11T08:03:44Z',
    },
    [
      { tn: '+493023125101', profile: deUser, acquired: USER, assignment: 'UserAssigned' },
      { tn: '+493023125102', profile: deUser, acquired: USER, assignment: 'UserAssigned' },
      {
        tn: '+498999998123',
        profile: deUser,
        acquired: CONFERENCE,
        assignment: 'ConferenceAssigned',
      },
      { tn: '+496990009456', profile: deUser, acquired: USER, assignment: 'Unassigned' },
      { tn: '+4915228817386', profile: euMobile, acquired: MOBILE, assignment: 'UserAssigned' },
      { tn: '+4980077318245', profile: euTollFree, acquired: TOLL_FREE, assignment: 'VoiceApp' },
    ],
  ),

  ...upload(
    tailspin,
    {
      uploadToAccountJobId: 2610,
      tnUploadJobId: '74cab7e0-3d3c-422a-8f99-3eaa375f4aa6',
      at: '2023-06-27T10:15:30Z',
    },
    [
      { tn: '+33199001234', profile: frUser, acquired: USER, assignment: 'UserAssigned' },
      {
        tn: '+33199004567',
        profile: frUser,
        acquired: USER,
        assignment: 'Unknown',
        extra: { aslvCode: 404 },
      },
      {
        tn: '+33199005678',
        profile: frUser,
        acquired: USER,
        assignment: 'InternalError',
        extra: { aslvCode: 500 },
      },
      { tn: '+33645782913', profile: euMobile, acquired: MOBILE, assignment: 'UserAssigned' },
      {
        tn: '+33805419672',
        profile: euTollFree,
        acquired: TOLL_FREE,
        assignment: 'VoiceApplicationAssigned',
      },
    ],
  ),

  ...upload(
    woodgrove,
    {
      uploadToAccountJobId: 3904,
      tnUploadJobId: '72f0ca9c-4ffb-42c1-821f-092dd697fea9',
      at: '2024-11-04T13:30:00Z',
    },
    [
      { tn: '+31207941356', profile: nlUser, acquired: USER, assignment: 'UserAssigned' },
      {
        tn: '+31207941357',
        profile: nlUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: { aslvCode: '200' },
      },
      // Integer status: the API notes say assignmentStatus may come as a number.
      { tn: '+31207941358', profile: nlUser, acquired: USER, assignment: 2 },
      {
        tn: '+31104283961',
        profile: nlUser,
        acquired: USER,
        assignment: 'SharedCallingAssigned',
        extra: { aslvCode: 409 },
      },
      {
        tn: '+31628413579',
        profile: nlUser,
        acquired: [...MOBILE, 'QuantumCalling'],
        assignment: 'UserAssigned',
      },
      // Released by the customer, waiting to be deleted: capabilities and SBCs already gone.
      {
        tn: '+31800022222',
        profile: euTollFree,
        acquired: [],
        extra: { acquiredNumberStatus: 3, availableCapabilities: [], sbcList: [] },
      },
    ],
  ),

  ...upload(
    wideWorld,
    {
      uploadToAccountJobId: 4388,
      tnUploadJobId: '9f4a41b8-c20e-4caf-988d-a3d7f4142ecc',
      at: '2025-06-30T22:10:18Z',
    },
    [
      { tn: '+61255501234', profile: auUser, acquired: USER_GEO, assignment: 'UserAssigned' },
      { tn: '+61255509876', profile: auUser, acquired: USER, assignment: 'UserAssigned' },
      { tn: '+61370102345', profile: auUser, acquired: VOICE_APP, assignment: 'VoiceApp' },
      { tn: '+61491570156', profile: auMobile, acquired: MOBILE, assignment: 'UserAssigned' },
      // A status value newer than this app.
      {
        tn: '+61491571266',
        profile: auMobile,
        acquired: MOBILE,
        assignment: 'Unassigned',
        extra: { acquiredNumberStatus: 7 },
      },
      {
        tn: '+611800160401',
        profile: auTollFree,
        acquired: [...TOLL_FREE, 'ConferenceAssignment'],
        assignment: 'ConferenceAssigned',
        ticksAsNumber: true,
      },
    ],
  ),

  ...upload(
    litware,
    {
      uploadToAccountJobId: 3477,
      tnUploadJobId: '002abf21-eb57-4711-acf2-aa1ae761b213',
      at: '2024-06-18T07:55:09Z',
    },
    [
      { tn: '+35316694000', profile: ieUser, acquired: USER_GEO, assignment: 'UserAssigned' },
      { tn: '+35321427890', profile: ieUser, acquired: USER_GEO, assignment: 'Unassigned' },
      { tn: '+353857364920', profile: euMobile, acquired: MOBILE, assignment: 'UserAssigned' },
      {
        tn: '+3531800536271',
        profile: euTollFree,
        acquired: TOLL_FREE,
        assignment: 'FirstPartyAppAssigned',
      },
      {
        tn: '+441614960456',
        profile: ukUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: {
          isoCountryCode: 'GB',
          ...emergency(
            '9221c92a-fd4c-4e13-962a-dad3d7e31001',
            '9d24c2a3-87ae-4beb-b3a9-859327d167af',
          ),
        },
      },
    ],
  ),

  ...upload(
    proseware,
    {
      uploadToAccountJobId: 4015,
      tnUploadJobId: 'de2c1ecc-a5da-4f36-94ad-d9bd7a484c3d',
      at: '2024-12-09T15:12:47Z',
    },
    [
      { tn: '+34914830276', profile: esUser, acquired: USER, assignment: 'UserAssigned' },
      // Acquired a capability its calling profile does not offer (profile changed afterwards).
      {
        tn: '+34914830277',
        profile: esUser,
        acquired: CONFERENCE,
        assignment: 'ConferenceAssigned',
      },
      { tn: '+34932716045', profile: esUser, acquired: USER, assignment: 'UserAssigned' },
      { tn: '+34622418375', profile: euMobile, acquired: MOBILE, assignment: 'UserAssigned' },
      // SBC list not reported at all.
      {
        tn: '+34900302158',
        profile: euTollFree,
        acquired: TOLL_FREE,
        assignment: 'Unassigned',
        extra: { sbcList: null },
      },
    ],
  ),

  ...upload(
    alpineSkiHouse,
    {
      uploadToAccountJobId: 4702,
      tnUploadJobId: '40a21660-8fd4-4486-8f59-9f87e2a80d9e',
      at: '2025-11-03T09:27:31Z',
    },
    [
      { tn: '+390654871239', profile: itUser, acquired: USER, assignment: 'UserAssigned' },
      { tn: '+390286451903', profile: itUser, acquired: USER, assignment: 'UserAssigned' },
      { tn: '+393471958263', profile: euMobile, acquired: MOBILE, assignment: 'UserAssigned' },
      { tn: '+39800917364', profile: euTollFree, acquired: TOLL_FREE, assignment: 'VoiceApp' },
    ],
  ),

  ...upload(
    adventureWorks,
    {
      uploadToAccountJobId: 4951,
      tnUploadJobId: '9b5f1545-4e2f-4a5c-983e-69b778e794e4',
      at: '2026-03-16T18:40:02Z',
    },
    [
      {
        tn: '+16045550178',
        profile: caUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: emergency(
          '5a6822e2-5ac6-44c8-a3c4-d67e8137d590',
          'fc5a5d45-6911-404e-bae4-13ec1a6d8f14',
        ),
      },
      { tn: '+15145550166', profile: caUser, acquired: USER_GEO, assignment: 'Unassigned' },
      {
        tn: '+14385550134',
        profile: caUser,
        acquired: VOICE_APP,
        assignment: 'VoiceApplicationAssigned',
      },
    ],
  ),

  // A bare record: only the number is known (every other field null).
  makeNumber({
    telephoneNumber: '+441214960789',
    id: null,
    isoCountryCode: null,
    tenantId: null,
    callingProfileId: null,
    acquiredCapabilities: null,
    availableCapabilities: null,
    acquiredNumberStatus: null,
    assignmentStatus: null,
    sbcList: null,
    source: null,
    whenCreated: null,
    acquiredOn: null,
    uploadTelephoneNumberEntryId: null,
    uploadToAccountJobId: null,
    tnUploadJobId: null,
    locationId: null,
    civicAddressId: null,
    aslcht: null,
    aslsct: null,
    aslvCode: null,
    asticks: null,
  }),
];

/** Shown on the home page of the demo: one click to each interesting case. */
export const featuredDemoNumbers: readonly { telephoneNumber: string; description: string }[] = [
  { telephoneNumber: '+442074996300', description: 'Vendor example, as documented' },
  { telephoneNumber: '+442079461001', description: 'User-assigned, emergency address' },
  { telephoneNumber: '+448081570123', description: 'Toll-free, 3 SBCs' },
  { telephoneNumber: '+441134960123', description: 'Marked for removal' },
  { telephoneNumber: '+61491570156', description: 'Mobile, IPv6 SBC' },
  { telephoneNumber: '+31104283961', description: 'Unknown assignment status (409)' },
  { telephoneNumber: '+33199005678', description: 'Assignment check failed (500)' },
  { telephoneNumber: '+441214960789', description: 'Bare record, every field null' },
];
