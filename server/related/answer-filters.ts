import { problem } from '../problem.ts';
import { unexpectedAnswer } from '../upstream-answer.ts';
import { customersForBrowser } from './customer-fields.ts';
import { withoutSecretMembers } from './secret-names.ts';

/*
 * What the browser gets of a related read's answer, after jsonOnly (upstream-answer.ts) made it
 * JSON: a 200's body with every secret-looking member dropped (secret-names.ts), and for the
 * customer list only the allow-listed members (customer-fields.ts). A problem goes on as it is,
 * except from the customer list: there the body of an unexpected answer is not passed on, as it
 * could hold anything a customer record holds.
 */

export type AnswerFilter = (answer: Response) => Promise<Response>;

const jsonAnswer = (text: string) =>
  new Response(text, {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      'cache-control': 'no-store',
    },
  });

/** Any related read but the customer list: secret-looking members dropped, nothing else changed. */
export const withoutSecrets: AnswerFilter = async (answer) =>
  answer.status === 200 ? jsonAnswer(withoutSecretMembers(await answer.text())) : answer;

/** The customer list: only the allow-listed members of each customer; problems without bodies. */
export const customersOnly: AnswerFilter = async (answer) => {
  if (answer.status !== 200) return withoutUpstreamBody(answer);
  const customers = customersForBrowser(JSON.parse(await answer.text()) as unknown);
  if (customers === undefined) {
    return problem(502, unexpectedAnswer.title, {
      type: unexpectedAnswer.type,
      detail: 'Live Platform answered the customer list with something that is not a list.',
      upstreamStatus: 200,
    });
  }
  return jsonAnswer(JSON.stringify(customers));
};

const upstreamBodyMembers = ['upstreamBody', 'upstreamBodyBytes', 'upstreamContentType'];

async function withoutUpstreamBody(answer: Response): Promise<Response> {
  const body = (await answer.clone().json()) as Record<string, unknown>;
  if (!upstreamBodyMembers.some((name) => name in body)) return answer;
  const kept = Object.fromEntries(
    Object.entries(body).filter(([name]) => !upstreamBodyMembers.includes(name)),
  );
  const { title, status, ...extra } = kept;
  const headers = Object.fromEntries(
    [...answer.headers].filter(([name]) => name !== 'content-length' && name !== 'content-type'),
  );
  return problem(Number(status), String(title), extra, headers);
}
