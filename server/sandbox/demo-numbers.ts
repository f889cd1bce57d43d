import type { OcNumber } from '../../src/features/numbers/schema.ts';
import { makeNumber, vendorExampleNumber } from '../../src/features/numbers/number-factory.ts';
import { upload } from './upload-job.ts';
import {
  CONFERENCE,
  CORE,
  MOBILE,
  profiles,
  sbcsOn,
  TOLL_FREE,
  USER,
  USER_GEO,
  VOICE_APP,
} from './operator-offers.ts';
import { emergency, sites } from './demo-sites.ts';
import {
  adventureWorks,
  alpineSkiHouse,
  fabrikam,
  litware,
  northwind,
  proseware,
  tailspin,
  treyResearch,
  wideWorld,
  woodgrove,
} from './demo-tenants.ts';

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
 *   0xxx is left to reserved-numbers.ts and reserved-reads.ts, which use it for failure scenarios.
 *   SBC addresses are from the documentation ranges (RFC 5737, RFC 3849).
 * - The vendor's own example is included unchanged; everything is built with makeNumber, so ids
 *   derive from the number and every run agrees on them.
 * - It agrees with the sandbox's other reads: every tenant is a customer with a lead whose civic
 *   addresses and locations the numbers point at (demo-tenants.ts, demo-sites.ts), every calling
 *   profile is in the list with trunks matching its numbers' SBCs (operator-offers.ts), except the
 *   numbers made to disagree (sbcMismatches below). Most user-assigned numbers have an emergency
 *   address; voice apps, conference bridges and toll-free numbers have none.
 */

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
        profile: profiles.ukUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: emergency(sites.treyLondon),
      },
      // Microsoft says Unassigned: the user left and Teams freed it (number-status.ts).
      {
        tn: '+442079461002',
        profile: profiles.ukUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: emergency(sites.treyLondon, 1),
      },
      // The profile offers UserAssignment but the number was acquired without it.
      { tn: '+442079461003', profile: profiles.ukUser, acquired: CORE, assignment: 'Unassigned' },
      {
        tn: '+442079461050',
        profile: profiles.ukUser,
        acquired: CONFERENCE,
        assignment: 'ConferenceAssigned',
      },
      {
        tn: '+442079461100',
        profile: profiles.ukUser,
        acquired: VOICE_APP,
        assignment: 'VoiceApp',
      },
      {
        tn: '+447400123456',
        profile: profiles.ukUser,
        acquired: MOBILE,
        assignment: 'UserAssigned',
        extra: emergency(sites.treyLondon),
      },
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
        profile: profiles.ukTollFree,
        acquired: TOLL_FREE,
        assignment: 'VoiceApplicationAssigned',
        extra: { sbcList: sbcsOn('ukSouth', 'ukWest', 'ukSouth2') },
      },
      {
        tn: '+441134960123',
        profile: profiles.ukUser,
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
        profile: profiles.usUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: emergency(sites.fabrikamWashington),
      },
      {
        tn: '+12125550187',
        profile: profiles.usUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: emergency(sites.fabrikamNewYork),
      },
      {
        tn: '+14155550132',
        profile: profiles.usUser,
        acquired: [...CORE, 'ThirdPartyAppAssignment'],
        assignment: 'ThirdPartyAppAssigned',
      },
      {
        tn: '+13125550164',
        profile: profiles.usUser,
        acquired: USER,
        assignment: 'PolicyAssigned',
        extra: emergency(sites.fabrikamNewYork),
      },
      {
        tn: '+13055550118',
        profile: profiles.usUser,
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
        profile: profiles.usTollFree,
        acquired: TOLL_FREE,
        assignment: 'FirstPartyAppAssigned',
      },
      {
        tn: '+14165550123',
        profile: profiles.caUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: {
          isoCountryCode: 'CA',
          ocSipConnectionName: 'Fabrikam-CA-Toronto',
          ...emergency(sites.fabrikamToronto),
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
      // Lost an SBC of its profile (sbcMismatches).
      {
        tn: '+493023125101',
        profile: profiles.deUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: { sbcList: sbcsOn('euWest'), ...emergency(sites.northwindBerlin) },
      },
      // Given a UK SBC its profile does not have (sbcMismatches).
      {
        tn: '+493023125102',
        profile: profiles.deUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: {
          sbcList: sbcsOn('euWest', 'euNorth', 'ukSouth2'),
          ...emergency(sites.northwindBerlin, 1),
        },
      },
      {
        tn: '+498999998123',
        profile: profiles.deUser,
        acquired: CONFERENCE,
        assignment: 'ConferenceAssigned',
      },
      { tn: '+496990009456', profile: profiles.deUser, acquired: USER, assignment: 'Unassigned' },
      {
        tn: '+4915228817386',
        profile: profiles.euMobile,
        acquired: MOBILE,
        assignment: 'UserAssigned',
        extra: emergency(sites.northwindMunich),
      },
      {
        tn: '+4980077318245',
        profile: profiles.euTollFree,
        acquired: TOLL_FREE,
        assignment: 'VoiceApp',
      },
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
      {
        tn: '+33199001234',
        profile: profiles.frUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: emergency(sites.tailspinParis),
      },
      {
        tn: '+33199004567',
        profile: profiles.frUser,
        acquired: USER,
        assignment: 'Unknown',
        extra: { aslvCode: 404 },
      },
      {
        tn: '+33199005678',
        profile: profiles.frUser,
        acquired: USER,
        assignment: 'InternalError',
        extra: { aslvCode: 500 },
      },
      {
        tn: '+33645782913',
        profile: profiles.euMobile,
        acquired: MOBILE,
        assignment: 'UserAssigned',
        extra: emergency(sites.tailspinParis, 1),
      },
      {
        tn: '+33805419672',
        profile: profiles.euTollFree,
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
      {
        tn: '+31207941356',
        profile: profiles.nlUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: emergency(sites.woodgroveAmsterdam),
      },
      {
        tn: '+31207941357',
        profile: profiles.nlUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: { aslvCode: '200', ...emergency(sites.woodgroveAmsterdam) },
      },
      // Integer status: the API notes say assignmentStatus may come as a number.
      { tn: '+31207941358', profile: profiles.nlUser, acquired: USER, assignment: 2 },
      {
        tn: '+31104283961',
        profile: profiles.nlUser,
        acquired: USER,
        assignment: 'SharedCallingAssigned',
        extra: { aslvCode: 409, ...emergency(sites.woodgroveRotterdam) },
      },
      {
        tn: '+31628413579',
        profile: profiles.nlUser,
        acquired: [...MOBILE, 'QuantumCalling'],
        assignment: 'UserAssigned',
        extra: emergency(sites.woodgroveAmsterdam),
      },
      // Released by the customer, waiting to be deleted: capabilities and SBCs already gone.
      {
        tn: '+31800022222',
        profile: profiles.euTollFree,
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
      {
        tn: '+61255501234',
        profile: profiles.auUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: emergency(sites.wideWorldSydney),
      },
      // Microsoft no longer knows it (number-status.ts).
      {
        tn: '+61255509876',
        profile: profiles.auUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: emergency(sites.wideWorldSydney, 1),
      },
      { tn: '+61370102345', profile: profiles.auUser, acquired: VOICE_APP, assignment: 'VoiceApp' },
      {
        tn: '+61491570156',
        profile: profiles.auMobile,
        acquired: MOBILE,
        assignment: 'UserAssigned',
        extra: emergency(sites.wideWorldMelbourne),
      },
      // A status value newer than this app.
      {
        tn: '+61491571266',
        profile: profiles.auMobile,
        acquired: MOBILE,
        assignment: 'Unassigned',
        extra: { acquiredNumberStatus: 7 },
      },
      {
        tn: '+611800160401',
        profile: profiles.auTollFree,
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
      // Assigned to a user, but nobody set its emergency address.
      {
        tn: '+35316694000',
        profile: profiles.ieUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
      },
      {
        tn: '+35321427890',
        profile: profiles.ieUser,
        acquired: USER_GEO,
        assignment: 'Unassigned',
      },
      {
        tn: '+353857364920',
        profile: profiles.ieMobile,
        acquired: MOBILE,
        assignment: 'UserAssigned',
        extra: emergency(sites.litwareDublin),
      },
      {
        tn: '+3531800536271',
        profile: profiles.ieTollFree,
        acquired: TOLL_FREE,
        assignment: 'FirstPartyAppAssigned',
      },
      // The Manchester office rides the Dublin SBCs, which its UK profile lacks (sbcMismatches).
      {
        tn: '+441614960456',
        profile: profiles.ukUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: {
          isoCountryCode: 'GB',
          ...emergency(sites.litwareManchester),
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
      {
        tn: '+34914830276',
        profile: profiles.esUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: emergency(sites.prosewareMadrid),
      },
      // Acquired a capability its calling profile does not offer (profile changed afterwards).
      {
        tn: '+34914830277',
        profile: profiles.esUser,
        acquired: [...USER, 'ConferenceAssignment'],
        assignment: 'ConferenceAssigned',
      },
      {
        tn: '+34932716045',
        profile: profiles.esUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: emergency(sites.prosewareBarcelona),
      },
      {
        tn: '+34622418375',
        profile: profiles.euMobile,
        acquired: MOBILE,
        assignment: 'UserAssigned',
        extra: emergency(sites.prosewareMadrid, 1),
      },
      // SBC list not reported at all.
      {
        tn: '+34900302158',
        profile: profiles.euTollFree,
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
      {
        tn: '+390654871239',
        profile: profiles.itUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: emergency(sites.alpineRome),
      },
      {
        tn: '+390286451903',
        profile: profiles.itUser,
        acquired: USER,
        assignment: 'UserAssigned',
        extra: emergency(sites.alpineMilan),
      },
      {
        tn: '+393471958263',
        profile: profiles.euMobile,
        acquired: MOBILE,
        assignment: 'UserAssigned',
        extra: emergency(sites.alpineMilan),
      },
      {
        tn: '+39800917364',
        profile: profiles.euTollFree,
        acquired: TOLL_FREE,
        assignment: 'VoiceApp',
      },
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
        profile: profiles.caUser,
        acquired: USER_GEO,
        assignment: 'UserAssigned',
        extra: emergency(sites.adventureVancouver),
      },
      // Ready to be assigned to a user: nothing in the way.
      {
        tn: '+15145550166',
        profile: profiles.caUser,
        acquired: USER_GEO,
        assignment: 'Unassigned',
        extra: emergency(sites.adventureMontreal),
      },
      {
        tn: '+14385550134',
        profile: profiles.caUser,
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

/** Numbers whose SBC list disagrees with their calling profile's trunks, on purpose. */
export const sbcMismatches: readonly { telephoneNumber: string; description: string }[] = [
  { telephoneNumber: '+441614960456', description: 'Dublin SBCs on a UK profile (both ways)' },
  { telephoneNumber: '+493023125101', description: 'lacks one SBC of its profile' },
  { telephoneNumber: '+493023125102', description: 'has a UK SBC its profile lacks' },
  { telephoneNumber: '+31800022222', description: 'ready for removal: its SBCs are gone' },
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
