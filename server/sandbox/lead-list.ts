import { sites, type SandboxAddress } from './demo-sites.ts';
import {
  adventureWorks,
  alpineSkiHouse,
  customerGuidOf,
  fabrikam,
  litware,
  northwind,
  proseware,
  tailspin,
  treyResearch,
  wideWorld,
  woodgrove,
} from './demo-tenants.ts';
import type { SandboxTenant } from './sandbox-numbers.ts';
import { seededGuid } from './seeded-guid.ts';

/*
 * The leads of GET /api/v2/oc/lead as Live Platform answers them: one per customer tenant, with
 * its contact (fictional people at example.com/.net addresses: personal data in real life), the
 * countries it consented to, and its civic addresses with their locations. A reserved tenant's
 * lead has civicAddresses null (the API allows it); the tenant missing from the customer list has
 * no lead at all.
 */

export const OPERATOR_ID = seededGuid('operator:contoso-voice');

type Contact = { fullName: string; email: string; phoneNumber: string; companySize: string };

const addressBook: ReadonlyMap<string, { contact: Contact; addresses: SandboxAddress[] }> = new Map(
  [
    [
      treyResearch.tenantId,
      {
        contact: {
          fullName: 'Imogen Fairweather',
          email: 'imogen.fairweather@treyresearch.example.com',
          phoneNumber: '+441174960999',
          companySize: '1000-4999',
        },
        addresses: [sites.treyLondon, sites.treyLeeds, sites.treyBristol],
      },
    ],
    [
      fabrikam.tenantId,
      {
        contact: {
          fullName: 'Dwight Okonkwo-Hale',
          email: 'telecom@fabrikam.example.com',
          phoneNumber: '+12025550102',
          companySize: '5000+',
        },
        addresses: [sites.fabrikamWashington, sites.fabrikamNewYork, sites.fabrikamToronto],
      },
    ],
    [
      northwind.tenantId,
      {
        contact: {
          fullName: 'Annika Brandtner',
          email: 'it-service@northwind.example.net',
          phoneNumber: '+493023125199',
          companySize: '250-999',
        },
        addresses: [sites.northwindBerlin, sites.northwindMunich],
      },
    ],
    [
      tailspin.tenantId,
      {
        contact: {
          fullName: 'Margaux Delaunoy',
          email: 'margaux.delaunoy@tailspin.example.com',
          phoneNumber: '+33199009999',
          companySize: '50-249',
        },
        addresses: [sites.tailspinParis],
      },
    ],
    [
      woodgrove.tenantId,
      {
        contact: {
          fullName: 'Joost van der Kruijf',
          email: 'werkplek@woodgrove.example.net',
          phoneNumber: '+31207941399',
          companySize: '1000-4999',
        },
        addresses: [sites.woodgroveAmsterdam, sites.woodgroveRotterdam],
      },
    ],
    [
      wideWorld.tenantId,
      {
        contact: {
          fullName: 'Tamsin Kowalczyk',
          email: 'ict@wideworldimporters.example.com',
          phoneNumber: '+61255501999',
          companySize: '250-999',
        },
        addresses: [sites.wideWorldSydney, sites.wideWorldMelbourne],
      },
    ],
    [
      litware.tenantId,
      {
        contact: {
          fullName: 'Cathal Ó Briain',
          email: 'cathal.obriain@litware.example.com',
          phoneNumber: '+35316694999',
          companySize: '250-999',
        },
        addresses: [sites.litwareDublin, sites.litwareCork, sites.litwareManchester],
      },
    ],
    [
      proseware.tenantId,
      {
        contact: {
          fullName: 'Nerea Ibarguren Solís',
          email: 'sistemas@proseware.example.net',
          phoneNumber: '+34914830299',
          companySize: '50-249',
        },
        addresses: [sites.prosewareMadrid, sites.prosewareBarcelona],
      },
    ],
    [
      alpineSkiHouse.tenantId,
      {
        contact: {
          fullName: 'Ludovica Zanardelli',
          email: 'it@alpineskihouse.example.com',
          phoneNumber: '+390654871299',
          companySize: '10-49',
        },
        addresses: [sites.alpineRome, sites.alpineMilan],
      },
    ],
    [
      adventureWorks.tenantId,
      {
        contact: {
          fullName: 'Rowan Tremblay-Singh',
          email: 'voice@adventureworks.example.com',
          phoneNumber: '+16045550199',
          companySize: '250-999',
        },
        addresses: [sites.adventureVancouver, sites.adventureMontreal],
      },
    ],
  ],
);

/** The civic addresses of a tenant's lead (empty for a tenant without any). */
export const addressesOf = (tenantId: string): readonly SandboxAddress[] =>
  addressBook.get(tenantId)?.addresses ?? [];

const RESERVED_CONTACT: Contact = {
  fullName: 'Sandbox Contact',
  email: 'contact@reserved.example.net',
  phoneNumber: '+12025550198',
  companySize: '1-9',
};

function civicAddress(tenant: SandboxTenant, address: SandboxAddress) {
  const { locations, ...fields } = address;
  return {
    ...fields,
    companyName: tenant.customer.fullName,
    companyId: tenant.tenantId,
    defaultLocationId: locations.find((l) => l.isDefault)?.id ?? null,
    validationStatus: 'Validated',
    tenantId: tenant.tenantId,
    partnerId: OPERATOR_ID,
    locations: locations.map((location) => ({
      id: location.id,
      civicAddressId: address.id,
      description: location.description,
      additionalInfo: location.additionalInfo,
      isDefault: location.isDefault,
      elin: location.elin,
    })),
  };
}

/** A tenant's lead, or null when the tenant has none (not a customer). */
export function leadOf(tenant: SandboxTenant) {
  if (tenant.inCustomerList === false) return null;
  const book = addressBook.get(tenant.tenantId);
  const contact = book?.contact ?? RESERVED_CONTACT;
  return {
    id: seededGuid(`lead:${tenant.tenantId}`),
    tenantId: tenant.tenantId,
    status: 'Consented',
    consentedOn: tenant.consentedOn,
    lastModifiedOn: tenant.consentedOn,
    consentedCountries: [...tenant.consentedCountries],
    isDirectLead: false,
    isNotActive: false,
    umpCustomerGuid: customerGuidOf(tenant),
    ovocChannelId: tenant.ovocChannelId,
    tenantOrigin: 'OperatorConnect',
    operatorId: OPERATOR_ID,
    comments: null,
    contacts: [],
    contactDetails: { ...contact, companyName: tenant.customer.fullName },
    civicAddresses: book ? book.addresses.map((a) => civicAddress(tenant, a)) : null,
  };
}
