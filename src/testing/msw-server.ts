import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { relatedHandlers } from '../api/testing/related-answers.ts';
import { makeNumber, vendorExampleNumber } from './number-factory.ts';

export const appConfigHandler = http.get('/api/app-config', () =>
  HttpResponse.json({
    mode: 'demo',
    featuredNumbers: [{ telephoneNumber: '+442074996300', description: 'Vendor example' }],
    reservedNumbers: [],
  }),
);

export const vendorNumberHandler = http.get('/api/v2/oc/numbers/:phone', ({ params }) =>
  params.phone === vendorExampleNumber.telephoneNumber
    ? HttpResponse.json(vendorExampleNumber)
    : HttpResponse.json(makeNumber({ telephoneNumber: String(params.phone) })),
);

/**
 * Default handlers for component tests; each test overrides what it needs with server.use(). The
 * related reads are answered too: a detail view asks for its customer, profile and lead.
 */
export const mswServer = setupServer(appConfigHandler, vendorNumberHandler, ...relatedHandlers);
