/*
 * Where the answers to a number lookup come from. The demo sandbox implements it today; the live
 * Live Platform client implements the same contract later, so routes and shapes never change.
 * A source answers with the upstream's own HTTP response (status, headers, body as sent).
 */
export type NumberSource = {
  readonly mode: 'demo' | 'live';
  getNumber(e164: string, signal: AbortSignal): Promise<Response>;
  /** Whether lookups can work right now (for /readyz); rejects with the reason when not. */
  checkReady?(signal: AbortSignal): Promise<void>;
};

/** Thrown by a source to make the connection drop without an answer, as a dead upstream would. */
export class DropConnection extends Error {
  constructor() {
    super('connection dropped on purpose');
    this.name = 'DropConnection';
  }
}
