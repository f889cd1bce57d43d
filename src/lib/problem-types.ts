/*
 * Problem `type`s (RFC 9457) of answers our own server makes, shared by the server and the app.
 * A 401 from Live Platform (this app's client secret was refused) keeps `about:blank`; a 401 of
 * type sessionRequired is about the member of staff: no session, or it has ended.
 */
export const problemTypes = {
  sessionRequired: '/problems/session-required',
  /**
   * A 502 for an upstream answer that is not JSON or has a status the server does not expect:
   * not worth retrying, and the body received is inside it (`upstreamBody`), as data.
   */
  unexpectedAnswer: '/problems/unexpected-answer',
} as const;
