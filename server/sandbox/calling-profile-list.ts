import { profiles, sbcs, type SandboxProfile } from './operator-offers.ts';
import { seededGuid } from './seeded-guid.ts';

/*
 * GET /api/v2/oc/callingprofile as Live Platform answers it (camelCase, `enviroment` spelt as the
 * API spells it): the operator's profiles with their offer types and their trunks' matching SBCs.
 */

const CARRIER = 'Contoso Voice';
const TEST_NUMBERS: Record<SandboxProfile['region'], string> = {
  Europe: '+442079461999',
  NorthAmerica: '+12025550199',
  AsiaPacific: '+61255501999',
};

const trunkFqdn = (profile: SandboxProfile, index: number) =>
  `${profile.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '')}-${index + 1}.trunks.contoso-voice.net`;

function callingProfile(profile: SandboxProfile) {
  const offerTypes = ['Calling', ...(profile.audioConferencing ? ['AudioConferencing'] : [])];
  const hasEmergency = profile.emergencyDialStrings.length > 0;
  return {
    callingProfileId: profile.callingProfileId,
    name: profile.name,
    enviroment: 'Production',
    region: profile.region,
    carrier: CARRIER,
    offerTypes: offerTypes.map((offerTypeName) => ({
      offerTypeName,
      testNumbers: offerTypeName === 'Calling' ? [TEST_NUMBERS[profile.region]] : [],
    })),
    emergencyDialStrings: [...profile.emergencyDialStrings],
    isEmergencyProfile: false,
    emergencyProfileId: hasEmergency ? seededGuid(`emergency-profile:${profile.region}`) : null,
    additionalSbcList: [],
    trunksEnrolled: profile.trunks.map((keys, index) => ({
      trunkFqdn: trunkFqdn(profile, index),
      trunkId: seededGuid(`trunk:${profile.callingProfileId}:${index}`),
      matchingSbcList: keys.map((key) => {
        const { sbcId, fqdn, ipAddress, name } = sbcs[key];
        return { sbcId, fqdn, ipAddress, name };
      }),
    })),
    validation: Object.fromEntries(offerTypes.map((offerType) => [offerType, 'Validated'])),
  };
}

export const callingProfileList = () => Object.values(profiles).map(callingProfile);
