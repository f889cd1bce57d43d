/*
 * A read of Live Platform beyond the number itself (issue 7), as an API route has validated it:
 * Live Platform's own path, its query parameters exactly as Live Platform spells them, and for the
 * one POST (number-status) its JSON body. The sandbox answers these as Live Platform would
 * (server/sandbox/related-answers.ts); the live source forwards them with the app's token.
 */
export type UpstreamRequest =
  | {
      method: 'GET';
      /** e.g. '/api/v3/customer', '/api/v2/oc/callingprofile', '/api/v2/oc/lead', '/api/v3/oc/numbers' */
      path: string;
      query?: Readonly<Record<string, string>>;
    }
  | {
      method: 'POST';
      /** '/api/v2/oc/numbers/action/number-status' */
      path: string;
      body: unknown;
    };
