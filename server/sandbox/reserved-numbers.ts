/*
 * Reserved demo numbers: each reproduces one way a lookup can fail, so every error state of the app
 * can be shown and tested on demo data. All sit in Ofcom's range for drama (+44 20 7946 0xxx), so
 * they can never be a customer's number; the last digits echo the HTTP status where there is one.
 * Numbers that open but whose other reads fail (lead, tenant page, number-status) are in
 * reserved-reads.ts, in the same range.
 */
export type ReservedScenario =
  | 'not-found'
  | 'null-body'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'server-error'
  | 'unavailable'
  | 'slow'
  | 'timeout'
  | 'connection-dropped'
  | 'malformed-json'
  | 'schema-mismatch';

export type ReservedNumber = {
  readonly telephoneNumber: string;
  readonly scenario: ReservedScenario;
  readonly description: string;
};

export const reservedNumbers: readonly ReservedNumber[] = [
  {
    telephoneNumber: '+442079460404',
    scenario: 'not-found',
    description: '404 with problem details',
  },
  {
    telephoneNumber: '+442079460204',
    scenario: 'null-body',
    description: '200 with the body null',
  },
  { telephoneNumber: '+442079460401', scenario: 'unauthorized', description: '401, empty body' },
  {
    telephoneNumber: '+442079460403',
    scenario: 'forbidden',
    description: '403 with problem details',
  },
  {
    telephoneNumber: '+442079460429',
    scenario: 'rate-limited',
    description: '429, Retry-After: 2',
  },
  { telephoneNumber: '+442079460500', scenario: 'server-error', description: '500 with a traceId' },
  {
    telephoneNumber: '+442079460503',
    scenario: 'unavailable',
    description: '503, plain text body',
  },
  { telephoneNumber: '+442079460300', scenario: 'slow', description: 'answers after 3 seconds' },
  { telephoneNumber: '+442079460408', scenario: 'timeout', description: 'never answers (hangs)' },
  {
    telephoneNumber: '+442079460000',
    scenario: 'connection-dropped',
    description: 'drops the connection',
  },
  {
    telephoneNumber: '+442079460666',
    scenario: 'malformed-json',
    description: '200, body is not JSON',
  },
  {
    telephoneNumber: '+442079460422',
    scenario: 'schema-mismatch',
    description: '200, body breaks the schema',
  },
];
