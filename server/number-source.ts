import type { UpstreamRequest } from './upstream-request.ts';

/*
 * Where the answers to a number lookup come from: the demo sandbox or Live Platform, behind the
 * same contract, so routes and shapes never change. The sandbox answers as Live Platform would
 * (plain-text 503s and unreadable bodies included); the live source has already turned Live
 * Platform's answer into ours. Either way the API passes the answer through jsonOnly
 * (upstream-answer.ts), so the browser only ever gets JSON, by one rule for both modes.
 */
export type NumberSource = {
  readonly mode: 'demo' | 'live';
  getNumber(e164: string, signal: AbortSignal): Promise<Response>;
  /**
   * Live Platform's other reads (customers, calling profiles, leads, a tenant's numbers,
   * number-status), answered as Live Platform would; the API validated the request first.
   */
  read: (request: UpstreamRequest, signal: AbortSignal) => Promise<Response>;
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
