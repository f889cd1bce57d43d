import { seededGuid } from './seeded-guid.ts';

/*
 * The customers' emergency addresses, as their leads hold them: civic addresses (fictional
 * streets, formatted as the country writes them) each with locations (a description, an ELIN
 * where the country uses them, exactly one default). A number's civicAddressId and locationId
 * point here; demo-numbers.ts picks them with emergency(site, location index).
 */

export type SandboxLocation = {
  readonly id: string;
  readonly description: string;
  readonly additionalInfo: string | null;
  readonly elin: string | null;
  readonly isDefault: boolean;
};

export type SandboxAddress = {
  readonly id: string;
  readonly country: string;
  readonly houseNumber: string;
  readonly houseNumberSuffix: string;
  readonly preDirectional: string;
  readonly streetName: string;
  readonly streetSuffix: string;
  readonly postDirectional: string;
  readonly stateOrProvince: string;
  readonly countyOrDistrict: string;
  readonly cityOrTown: string;
  readonly cityOrTownAlias: string;
  readonly postalOrZipCode: string;
  readonly description: string;
  readonly locations: readonly SandboxLocation[];
};

type AddressInput = Partial<Omit<SandboxAddress, 'id' | 'locations'>> &
  Pick<
    SandboxAddress,
    'country' | 'houseNumber' | 'streetName' | 'cityOrTown' | 'postalOrZipCode'
  > & {
    /** Set where numbers already pointed at it before leads existed. */
    readonly id?: string;
    readonly locations: readonly (Omit<SandboxLocation, 'id' | 'isDefault' | 'additionalInfo'> & {
      readonly id?: string;
      readonly additionalInfo?: string;
    })[];
  };

/** The first location is the address's default one. */
function address(key: string, input: AddressInput): SandboxAddress {
  const { id: given, locations, ...fields } = input;
  return {
    id: given ?? seededGuid(`address:${key}`),
    houseNumberSuffix: '',
    preDirectional: '',
    streetSuffix: '',
    postDirectional: '',
    stateOrProvince: '',
    countyOrDistrict: '',
    cityOrTownAlias: '',
    description: '',
    ...fields,
    locations: locations.map((location, index) => ({
      additionalInfo: null,
      ...location,
      id: location.id ?? seededGuid(`location:${key}:${index}`),
      isDefault: index === 0,
    })),
  };
}

export const sites = {
  treyLondon: address('treyLondon', {
    id: '4ba0e069-e01c-4851-9ad8-0c67fc805162',
    country: 'GB',
    houseNumber: '48',
    streetName: 'Tabard Row',
    cityOrTown: 'London',
    countyOrDistrict: 'Greater London',
    postalOrZipCode: 'EC2A 4BX',
    description: 'Head office',
    locations: [
      { id: 'd6637d4a-93bf-4fd8-a9b5-a3065879a314', description: 'Floor 3, reception', elin: null },
      { description: 'Floor 5, trading floor', elin: null, additionalInfo: 'East wing' },
    ],
  }),
  treyLeeds: address('treyLeeds', {
    country: 'GB',
    houseNumber: '12',
    streetName: 'Calder Wharf',
    cityOrTown: 'Leeds',
    countyOrDistrict: 'West Yorkshire',
    postalOrZipCode: 'LS1 4DL',
    description: 'Leeds office',
    locations: [{ description: 'Ground floor', elin: null }],
  }),
  treyBristol: address('treyBristol', {
    country: 'GB',
    houseNumber: '7',
    streetName: 'Harbourside Row',
    cityOrTown: 'Bristol',
    postalOrZipCode: 'BS1 5TY',
    description: 'Contact centre',
    locations: [
      { description: 'Contact centre, floor 1', elin: null },
      { description: 'Contact centre, floor 2', elin: null },
      { description: 'Training rooms', elin: null, additionalInfo: 'Mezzanine' },
    ],
  }),
  fabrikamWashington: address('fabrikamWashington', {
    id: '319ef52c-01bd-4f7a-8b46-cfe1bc0a70c0',
    country: 'US',
    houseNumber: '1420',
    streetName: 'Quill',
    streetSuffix: 'St',
    postDirectional: 'NW',
    cityOrTown: 'Washington',
    stateOrProvince: 'DC',
    postalOrZipCode: '20005',
    description: 'Head office',
    locations: [
      {
        id: '87b0fc70-6943-4efe-af0f-cdddb99e5e9e',
        description: 'Suite 800',
        elin: '+12025550100',
      },
      { description: 'Suite 900', elin: '+12025550101' },
    ],
  }),
  fabrikamNewYork: address('fabrikamNewYork', {
    id: '11a2d74b-5b6d-422b-905b-09590dd5dca6',
    country: 'US',
    houseNumber: '350',
    streetName: 'Larkspur',
    streetSuffix: 'Ave',
    cityOrTown: 'New York',
    stateOrProvince: 'NY',
    postalOrZipCode: '10014',
    description: 'Sales office',
    locations: [
      { id: 'edbdeff2-f94c-4c83-b3ec-938f4af14854', description: 'Floor 12', elin: '+12125550100' },
    ],
  }),
  fabrikamToronto: address('fabrikamToronto', {
    id: '29859969-8398-47ce-8d3f-01158b52946d',
    country: 'CA',
    houseNumber: '200',
    streetName: 'Wellesley Gate',
    streetSuffix: 'St',
    postDirectional: 'W',
    cityOrTown: 'Toronto',
    stateOrProvince: 'ON',
    postalOrZipCode: 'M5V 3K2',
    description: 'Toronto office',
    locations: [
      { id: '820f6a9d-87b6-4676-8237-7064cd12811f', description: 'Unit 410', elin: '+14165550100' },
    ],
  }),
  northwindBerlin: address('northwindBerlin', {
    country: 'DE',
    houseNumber: '112',
    streetName: 'Lindenhainstraße',
    cityOrTown: 'Berlin',
    stateOrProvince: 'Berlin',
    postalOrZipCode: '10117',
    description: 'Zentrale',
    locations: [
      { description: '2. OG, Empfang', elin: null },
      { description: '4. OG, Vertrieb', elin: null },
    ],
  }),
  northwindMunich: address('northwindMunich', {
    country: 'DE',
    houseNumber: '58',
    streetName: 'Isarauer Weg',
    cityOrTown: 'München',
    stateOrProvince: 'Bayern',
    postalOrZipCode: '80802',
    description: 'Niederlassung München',
    locations: [{ description: 'Erdgeschoss', elin: null }],
  }),
  tailspinParis: address('tailspinParis', {
    country: 'FR',
    houseNumber: '27',
    streetName: 'Rue des Lilas Blancs',
    cityOrTown: 'Paris',
    stateOrProvince: 'Île-de-France',
    postalOrZipCode: '75019',
    description: 'Siège',
    locations: [
      { description: '3e étage, accueil', elin: null },
      { description: 'Atelier', elin: null, additionalInfo: 'Bâtiment B' },
    ],
  }),
  woodgroveAmsterdam: address('woodgroveAmsterdam', {
    country: 'NL',
    houseNumber: '214',
    streetName: 'Zilvergracht',
    cityOrTown: 'Amsterdam',
    stateOrProvince: 'Noord-Holland',
    postalOrZipCode: '1016 DZ',
    description: 'Hoofdkantoor',
    locations: [{ description: 'Begane grond, receptie', elin: null }],
  }),
  woodgroveRotterdam: address('woodgroveRotterdam', {
    country: 'NL',
    houseNumber: '40',
    houseNumberSuffix: 'A',
    streetName: 'Havenkade',
    cityOrTown: 'Rotterdam',
    stateOrProvince: 'Zuid-Holland',
    postalOrZipCode: '3011 AD',
    description: 'Kantoor Rotterdam',
    locations: [{ description: '1e verdieping', elin: null }],
  }),
  wideWorldSydney: address('wideWorldSydney', {
    country: 'AU',
    houseNumber: '88',
    streetName: 'Wattle Grove',
    streetSuffix: 'St',
    cityOrTown: 'Sydney',
    stateOrProvince: 'NSW',
    postalOrZipCode: '2000',
    description: 'Head office',
    locations: [
      { description: 'Level 14', elin: null },
      { description: 'Level 15', elin: null },
    ],
  }),
  wideWorldMelbourne: address('wideWorldMelbourne', {
    country: 'AU',
    houseNumber: '310',
    streetName: 'Banksia',
    streetSuffix: 'Lane',
    cityOrTown: 'Melbourne',
    stateOrProvince: 'VIC',
    postalOrZipCode: '3000',
    description: 'Warehouse',
    locations: [{ description: 'Dispatch office', elin: null }],
  }),
  litwareDublin: address('litwareDublin', {
    country: 'IE',
    houseNumber: '15',
    streetName: 'Rowan Quay',
    cityOrTown: 'Dublin 2',
    countyOrDistrict: 'Co. Dublin',
    postalOrZipCode: 'D02 X285',
    description: 'Head office',
    locations: [{ description: 'Second floor', elin: null }],
  }),
  litwareCork: address('litwareCork', {
    country: 'IE',
    houseNumber: '3',
    streetName: 'Lee Mill Terrace',
    cityOrTown: 'Cork',
    countyOrDistrict: 'Co. Cork',
    postalOrZipCode: 'T12 K7P3',
    description: 'Cork office',
    locations: [{ description: 'Ground floor', elin: null }],
  }),
  litwareManchester: address('litwareManchester', {
    id: '9d24c2a3-87ae-4beb-b3a9-859327d167af',
    country: 'GB',
    houseNumber: '101',
    streetName: 'Cotton Exchange Walk',
    cityOrTown: 'Manchester',
    postalOrZipCode: 'M3 2BQ',
    description: 'Manchester office',
    locations: [{ id: '9221c92a-fd4c-4e13-962a-dad3d7e31001', description: 'Suite 6', elin: null }],
  }),
  prosewareMadrid: address('prosewareMadrid', {
    country: 'ES',
    houseNumber: '41',
    streetName: 'Calle de los Almendros',
    cityOrTown: 'Madrid',
    stateOrProvince: 'Madrid',
    postalOrZipCode: '28001',
    description: 'Sede central',
    locations: [
      { description: 'Planta 2', elin: null },
      { description: 'Planta 4', elin: null },
    ],
  }),
  prosewareBarcelona: address('prosewareBarcelona', {
    country: 'ES',
    houseNumber: '55',
    streetName: 'Carrer de les Oliveres',
    cityOrTown: 'Barcelona',
    stateOrProvince: 'Barcelona',
    postalOrZipCode: '08007',
    description: 'Oficina Barcelona',
    locations: [{ description: 'Planta baja', elin: null }],
  }),
  alpineRome: address('alpineRome', {
    country: 'IT',
    houseNumber: '184',
    streetName: 'Via dei Ciclamini',
    cityOrTown: 'Roma',
    stateOrProvince: 'RM',
    postalOrZipCode: '00186',
    description: 'Sede',
    locations: [{ description: 'Piano terra', elin: null }],
  }),
  alpineMilan: address('alpineMilan', {
    country: 'IT',
    houseNumber: '23',
    streetName: 'Corso delle Betulle',
    cityOrTown: 'Milano',
    stateOrProvince: 'MI',
    postalOrZipCode: '20124',
    description: 'Ufficio Milano',
    locations: [{ description: 'Secondo piano', elin: null }],
  }),
  adventureVancouver: address('adventureVancouver', {
    id: 'fc5a5d45-6911-404e-bae4-13ec1a6d8f14',
    country: 'CA',
    houseNumber: '777',
    streetName: 'Cedar Cove',
    streetSuffix: 'St',
    cityOrTown: 'Vancouver',
    stateOrProvince: 'BC',
    postalOrZipCode: 'V6Z 1S4',
    description: 'Head office',
    locations: [
      { id: '5a6822e2-5ac6-44c8-a3c4-d67e8137d590', description: 'Floor 9', elin: '+16045550100' },
      { description: 'Workshop', elin: '+16045550101' },
    ],
  }),
  adventureMontreal: address('adventureMontreal', {
    country: 'CA',
    houseNumber: '1250',
    streetName: 'des Érables',
    streetSuffix: 'Boulevard',
    postDirectional: 'Ouest',
    cityOrTown: 'Montréal',
    stateOrProvince: 'QC',
    postalOrZipCode: 'H3B 4W8',
    description: 'Bureau de Montréal',
    locations: [{ description: 'Bureau 300', elin: '+15145550100' }],
  }),
} satisfies Record<string, SandboxAddress>;

/** An emergency address as a number stores it: a location inside a civic address. */
export const emergency = (site: SandboxAddress, locationIndex = 0) => {
  const location = site.locations[locationIndex];
  if (!location) throw new Error(`no location ${locationIndex} at ${site.description}`);
  return { locationId: location.id, civicAddressId: site.id };
};
