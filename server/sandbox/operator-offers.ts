import type { Sbc } from '../../src/features/numbers/schema.ts';
import { vendorExampleNumber } from '../../src/features/numbers/number-factory.ts';
import { seededGuid } from './seeded-guid.ts';

/*
 * The operator's offers in the sandbox: its SBCs and its calling profiles (shared by its
 * customers). Numbers carry an SBC list and a calling profile id; the calling-profile list of
 * Live Platform holds the same SBCs as the profile's trunks' matching SBCs. The rule the sandbox
 * keeps: a number's SBC ids are exactly the matching SBC ids of its profile's trunks, except the
 * numbers listed in sbcMismatches (demo-numbers.ts), made to disagree on purpose.
 */

export type OperatorSbc = {
  readonly sbcId: number;
  readonly fqdn: string;
  readonly ipAddress: string;
  readonly name: string;
  /** How numbers list it (Live Platform's "<fqdn> [<ip>]", or as registered by hand). */
  readonly onNumbers: Sbc;
};

const operatorSbc = (sbcId: number, fqdn: string, ipAddress: string, name: string) => ({
  sbcId,
  fqdn,
  ipAddress,
  name,
  onNumbers: { sbcName: `${fqdn} [${ipAddress}]`, sbcId },
});

export const sbcs = {
  // The SBC of the vendor's own example number.
  sandbox2: operatorSbc(8, 'oc1.sandbox2.audiocodes.be', '20.102.51.206', 'sandbox2-oc1'),
  ukSouth: operatorSbc(21, 'oc1.uks.lp.contoso-voice.net', '203.0.113.21', 'uks-oc1'),
  ukWest: operatorSbc(22, 'oc2.ukw.lp.contoso-voice.net', '203.0.113.22', 'ukw-oc2'),
  ukSouth2: operatorSbc(23, 'oc3.uks.lp.contoso-voice.net', '203.0.113.23', 'uks-oc3'),
  euWest: operatorSbc(31, 'oc1.weu.lp.contoso-voice.net', '198.51.100.31', 'weu-oc1'),
  euNorth: operatorSbc(32, 'oc2.neu.lp.contoso-voice.net', '198.51.100.32', 'neu-oc2'),
  // Registered on numbers by hand years ago: no address in the name, id stored as a string.
  euNorthLegacy: {
    ...operatorSbc(33, 'oc3.neu.lp.contoso-voice.net', '198.51.100.33', 'neu-oc3-legacy'),
    onNumbers: { sbcName: 'oc3.neu.lp.contoso-voice.net', sbcId: '33' },
  },
  usEast: operatorSbc(41, 'oc1.eus.lp.contoso-voice.net', '192.0.2.41', 'eus-oc1'),
  usWest: operatorSbc(42, 'oc2.wus.lp.contoso-voice.net', '192.0.2.42', 'wus-oc2'),
  auEast: operatorSbc(51, 'oc1.aue.lp.contoso-voice.net', '192.0.2.51', 'aue-oc1'),
  auSouthEast: operatorSbc(52, 'oc2.ase.lp.contoso-voice.net', '2001:db8:51::2', 'ase-oc2'),
} satisfies Record<string, OperatorSbc>;

export type SbcKey = keyof typeof sbcs;

// --- Capabilities ------------------------------------------------------------------------------

export const CORE = ['Office365', 'InboundCalling', 'OutboundCalling'];
export const USER = [...CORE, 'UserAssignment'];
export const USER_GEO = [...USER, 'Geographic'];
export const CONFERENCE = [...CORE, 'ConferenceAssignment'];
export const VOICE_APP = [...CORE, 'FirstPartyAppAssignment'];
export const TOLL_FREE = ['Office365', 'InboundCalling', 'FirstPartyAppAssignment', 'TollFree'];
export const MOBILE = [...USER, 'Mobile'];

// --- Calling profiles ----------------------------------------------------------------------------

type Region = 'Europe' | 'NorthAmerica' | 'AsiaPacific';

export type SandboxProfile = {
  readonly callingProfileId: string;
  readonly name: string;
  readonly region: Region;
  /** The capabilities the profile offers: a number's availableCapabilities. */
  readonly available: readonly string[];
  readonly audioConferencing: boolean;
  readonly emergencyDialStrings: readonly string[];
  /** The profile's trunks, each with the SBCs that match it. */
  readonly trunks: readonly (readonly SbcKey[])[];
};

type ProfileInput = Omit<SandboxProfile, 'callingProfileId' | 'audioConferencing'> & {
  readonly callingProfileId?: string;
};

const profile = (key: string, input: ProfileInput): SandboxProfile => ({
  callingProfileId: input.callingProfileId ?? seededGuid(`profile:${key}`),
  audioConferencing: input.available.includes('ConferenceAssignment'),
  ...input,
});

const EU_112 = ['112'];
const NANP_911 = ['911', '933'];

export const profiles = {
  // The vendor example's profile, on the vendor's sandbox SBC.
  sandboxUk: profile('sandboxUk', {
    callingProfileId: vendorExampleNumber.callingProfileId,
    name: 'UK Calling (sandbox2)',
    region: 'Europe',
    available: vendorExampleNumber.availableCapabilities,
    emergencyDialStrings: ['999', '112'],
    trunks: [['sandbox2']],
  }),
  ukUser: profile('ukUser', {
    callingProfileId: 'b1f3c0d2-6a4e-4f1b-9c55-2e7d8a9b0c11',
    name: 'UK Calling',
    region: 'Europe',
    available: [...vendorExampleNumber.availableCapabilities, 'ConferenceAssignment', 'Geographic'],
    emergencyDialStrings: ['999', '112'],
    trunks: [['ukSouth'], ['ukWest']],
  }),
  ukTollFree: profile('ukTollFree', {
    callingProfileId: 'a4d7589e-8a2a-4b96-8443-8da88976e5dc',
    name: 'UK Freephone',
    region: 'Europe',
    available: [...TOLL_FREE, 'ConferenceAssignment'],
    emergencyDialStrings: [],
    trunks: [['ukSouth', 'ukWest'], ['ukSouth2']],
  }),
  usUser: profile('usUser', {
    callingProfileId: 'da75712b-da63-48b3-ad9c-58a654a47c1a',
    name: 'US Calling',
    region: 'NorthAmerica',
    available: [
      ...USER_GEO,
      'FirstPartyAppAssignment',
      'ThirdPartyAppAssignment',
      'ConferenceAssignment',
    ],
    emergencyDialStrings: NANP_911,
    trunks: [['usEast'], ['usWest']],
  }),
  usTollFree: profile('usTollFree', {
    callingProfileId: '377deb39-23cf-4be9-affa-fdcf57d0d64c',
    name: 'US Toll-Free',
    region: 'NorthAmerica',
    available: TOLL_FREE,
    emergencyDialStrings: [],
    trunks: [['usEast', 'usWest']],
  }),
  caUser: profile('caUser', {
    callingProfileId: 'ba7a2e85-04cf-4489-88c6-d425a4019f41',
    name: 'Canada Calling',
    region: 'NorthAmerica',
    available: [...USER_GEO, 'FirstPartyAppAssignment'],
    emergencyDialStrings: NANP_911,
    trunks: [['usEast'], ['usWest']],
  }),
  deUser: profile('deUser', {
    callingProfileId: '00ade838-49d1-4a22-bac0-12a02dc7883e',
    name: 'Germany Calling',
    region: 'Europe',
    available: [...USER, 'ConferenceAssignment', 'FirstPartyAppAssignment'],
    emergencyDialStrings: ['112', '110'],
    trunks: [['euWest'], ['euNorth']],
  }),
  frUser: profile('frUser', {
    callingProfileId: '3ea9a436-6e67-426e-bf36-cf3ef7134726',
    name: 'France Calling',
    region: 'Europe',
    available: [...USER, 'FirstPartyAppAssignment'],
    emergencyDialStrings: ['112', '15', '17', '18'],
    trunks: [['euWest'], ['euNorth']],
  }),
  // A beta offer: Live Platform passes through a capability this app has never heard of.
  nlUser: profile('nlUser', {
    callingProfileId: '8de813e8-0b12-4e11-a295-e9c39a6ceb54',
    name: 'Netherlands Calling (beta)',
    region: 'Europe',
    available: [...USER, 'FirstPartyAppAssignment', 'Mobile', 'QuantumCalling'],
    emergencyDialStrings: EU_112,
    trunks: [['euWest', 'euNorth']],
  }),
  ieUser: profile('ieUser', {
    callingProfileId: '4bfc8c4f-ff91-47b7-a2b0-93e79acff529',
    name: 'Ireland Calling',
    region: 'Europe',
    available: [...USER_GEO, 'FirstPartyAppAssignment'],
    emergencyDialStrings: ['112', '999'],
    trunks: [['euNorth', 'euNorthLegacy']],
  }),
  ieMobile: profile('ieMobile', {
    name: 'Ireland Mobile',
    region: 'Europe',
    available: MOBILE,
    emergencyDialStrings: ['112', '999'],
    trunks: [['euNorth', 'euNorthLegacy']],
  }),
  ieTollFree: profile('ieTollFree', {
    name: 'Ireland Freephone',
    region: 'Europe',
    available: [...TOLL_FREE, 'ConferenceAssignment'],
    emergencyDialStrings: [],
    trunks: [['euNorth', 'euNorthLegacy']],
  }),
  esUser: profile('esUser', {
    callingProfileId: '70282dc5-5e63-4800-bdac-7fe70717fbe5',
    name: 'Spain Calling',
    region: 'Europe',
    available: [...USER, 'FirstPartyAppAssignment'],
    emergencyDialStrings: EU_112,
    trunks: [['euWest'], ['euNorth']],
  }),
  itUser: profile('itUser', {
    callingProfileId: 'e7b6e927-6784-4d92-b316-0f7309758f85',
    name: 'Italy Calling',
    region: 'Europe',
    available: [...USER, 'FirstPartyAppAssignment'],
    emergencyDialStrings: ['112', '113'],
    trunks: [['euWest'], ['euNorth']],
  }),
  auUser: profile('auUser', {
    callingProfileId: '8b98dd4c-bdab-4797-97aa-22fb1aabf7ad',
    name: 'Australia Calling',
    region: 'AsiaPacific',
    available: [...USER_GEO, 'FirstPartyAppAssignment'],
    emergencyDialStrings: ['000', '112'],
    trunks: [['auEast'], ['auSouthEast']],
  }),
  euMobile: profile('euMobile', {
    callingProfileId: '1f174755-d01b-44c6-aa61-7d692ead7c81',
    name: 'EU Mobile',
    region: 'Europe',
    available: MOBILE,
    emergencyDialStrings: EU_112,
    trunks: [['euWest', 'euNorth']],
  }),
  auMobile: profile('auMobile', {
    callingProfileId: 'a6956936-3180-4f0d-87e8-aadd1994d8ed',
    name: 'Australia Mobile',
    region: 'AsiaPacific',
    available: MOBILE,
    emergencyDialStrings: ['000', '112'],
    trunks: [['auEast', 'auSouthEast']],
  }),
  euTollFree: profile('euTollFree', {
    callingProfileId: 'd4eda82c-242d-4e49-9b5e-92f545fc6769',
    name: 'EU Freephone',
    region: 'Europe',
    available: [...TOLL_FREE, 'ConferenceAssignment'],
    emergencyDialStrings: [],
    trunks: [['euWest', 'euNorth']],
  }),
  auTollFree: profile('auTollFree', {
    callingProfileId: 'f93d8705-c83b-4ab3-abc1-7f03100cd354',
    name: 'Australia Freecall',
    region: 'AsiaPacific',
    available: [...TOLL_FREE, 'ConferenceAssignment'],
    emergencyDialStrings: [],
    trunks: [['auEast', 'auSouthEast']],
  }),
} satisfies Record<string, SandboxProfile>;

/** The SBC ids a number on this profile should list: its trunks' matching SBCs. */
export const profileSbcIds = (p: SandboxProfile): Set<string> =>
  new Set(p.trunks.flat().map((key) => String(sbcs[key].sbcId)));

export const sbcsOn = (...keys: SbcKey[]): Sbc[] => keys.map((key) => ({ ...sbcs[key].onNumbers }));
