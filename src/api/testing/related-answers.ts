import { http, HttpResponse } from 'msw';

/*
 * Live Platform's related reads as component tests see them, tied to the vendor's example number
 * (tenant f94238e5…, calling profile 5f3fbb3b…, SBC 8). Tests start from these handlers and
 * override one endpoint at a time for each failure.
 */
export const vendorTenantId = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';
export const vendorProfileId = '5f3fbb3b-df9b-483d-b294-c7eb01e22aac';
export const civicAddressId = '1b0e6c4e-5b1a-4c9e-9d1c-6f0a2c3d4e5f';
export const locationId = '9a8b7c6d-1111-4222-8333-944455566677';

export const customersAnswer = [
  {
    UmpCustomerGuid: '0c1d2e3f-aaaa-4bbb-8ccc-ddddeeeeffff',
    CustomerShortName: 'contoso',
    CustomerFullName: 'Contoso Ltd',
    LicenseType: 'Enterprise',
    MsTenantId: vendorTenantId.toUpperCase(),
    Status: 'Active',
  },
  {
    UmpCustomerGuid: '11111111-aaaa-4bbb-8ccc-ddddeeeeffff',
    CustomerShortName: 'fabrikam',
    CustomerFullName: 'Fabrikam Inc',
    LicenseType: 'Trial',
    MsTenantId: '22222222-3333-4444-5555-666666666666',
  },
];

export const callingProfilesAnswer = [
  {
    callingProfileId: vendorProfileId,
    name: 'UK Calling – London',
    enviroment: 'Production',
    region: 'EMEA',
    carrier: 'AudioCodes UK',
    offerTypes: [
      { offerTypeName: 'Calling', testNumbers: [] },
      { offerTypeName: 'AudioConferencing', testNumbers: ['+442074996399'] },
    ],
    emergencyDialStrings: ['999', '112'],
    isEmergencyProfile: false,
    emergencyProfileId: null,
    additionalSbcList: [],
    trunksEnrolled: [
      {
        trunkFqdn: 'trunk1.sandbox2.audiocodes.be',
        trunkId: 'T-1',
        matchingSbcList: [
          { sbcId: 8, fqdn: 'oc1.sandbox2.audiocodes.be', ipAddress: '20.102.51.206', name: 'OC1' },
        ],
      },
    ],
    validation: { Calling: 'Valid' },
  },
];

export const leadsAnswer = [
  {
    id: 501,
    tenantId: vendorTenantId,
    status: 'Consented',
    contactDetails: {
      fullName: 'Private Person',
      email: 'private@example.com',
      phoneNumber: '+440000',
      companyName: 'Contoso Ltd',
      companySize: '100',
    },
    civicAddresses: [
      {
        id: civicAddressId,
        country: 'GB',
        houseNumber: '10',
        houseNumberSuffix: null,
        preDirectional: null,
        streetName: 'Downing',
        streetSuffix: 'Street',
        postDirectional: null,
        stateOrProvince: null,
        countyOrDistrict: 'Greater London',
        cityOrTown: 'London',
        cityOrTownAlias: null,
        postalOrZipCode: 'SW1A 2AA',
        description: 'Head office',
        companyName: 'Contoso Ltd',
        companyId: 'C-1',
        defaultLocationId: locationId,
        validationStatus: 'Validated',
        locations: [
          {
            id: locationId,
            civicAddressId,
            description: 'Floor 2, reception',
            additionalInfo: 'Door B',
            isDefault: true,
            elin: 'ELIN-0202',
          },
        ],
      },
    ],
  },
];

export const numberStatusAnswer = (
  telephoneNumber: string,
  detail: { numberFound: boolean; numberOffering: string; assignmentStatus: string },
  validation: { result?: string; details?: unknown[] } = {},
) => ({
  validationResult: validation.result ?? 'Success',
  telephoneNumbers: [
    {
      telephoneNumber,
      validationResult: validation.result ?? 'Success',
      actionRequired: false,
      validationDetail: validation.details ?? [],
      telphoneNumberDetail: detail,
    },
  ],
});

export const relatedPaths = {
  customers: '/api/v3/customer',
  callingProfiles: '/api/v2/oc/callingprofile',
  leads: '/api/v2/oc/lead',
  numberStatus: '/api/v2/oc/numbers/action/number-status',
  tenantNumbers: '/api/v3/oc/numbers',
} as const;

/**
 * Every related read answered for the vendor's tenant; other tenants have an empty lead list, and
 * every tenant no numbers (tests of the tenant page answer their own).
 */
export const relatedHandlers = [
  http.get(relatedPaths.customers, () => HttpResponse.json(customersAnswer)),
  http.get(relatedPaths.callingProfiles, () => HttpResponse.json(callingProfilesAnswer)),
  http.get(relatedPaths.leads, ({ request }) => {
    const tenant = new URL(request.url).searchParams.get('msTenantID') ?? '';
    return HttpResponse.json(tenant.toLowerCase() === vendorTenantId ? leadsAnswer : []);
  }),
  http.get(relatedPaths.tenantNumbers, ({ request }) => {
    const query = new URL(request.url).searchParams;
    return HttpResponse.json({
      currentPage: Number(query.get('pageNumber')),
      pageSize: Number(query.get('pageSize')),
      totalPages: 0,
      totalRecords: 0,
      data: [],
    });
  }),
];
