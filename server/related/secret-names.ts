/*
 * The last guard between an upstream answer and the browser: a member whose name looks like it
 * holds a secret is dropped, wherever it is, whatever else lets it through. Live Platform's
 * single-customer read returns the customer's ApplicationClientSecret; nothing like it may ever
 * leave the server, even if a list answer starts carrying it or an allow-list is widened by mistake.
 */

const secretLookingName = /secret|password|key|token|credential/i;

export const looksSecret = (name: string): boolean => secretLookingName.test(name);

// A member name with a secret-looking word in it, or any \u escape (a name could spell "Key" as
// "\u004bey"): only then is the answer parsed and written again.
const mayHoldSecretName = /"[^"\\]*(?:secret|password|key|token|credential)|\\u/i;

/** JSON.rawJSON and the reviver's source text (Node 24), absent from the ES2023 typings. */
type RawJson = { rawJSON: (text: string) => unknown };
type ReviverContext = { source?: string };

/**
 * The JSON text without any member whose name looks secret, at any depth. Numbers are written
 * back exactly as received (a 19-digit id stays whole). Text with nothing to drop is returned as
 * it is, unparsed.
 */
export function withoutSecretMembers(text: string): string {
  if (!mayHoldSecretName.test(text)) return text;
  const { rawJSON } = JSON as unknown as RawJson;
  const parsed: unknown = JSON.parse(text, function (
    this: unknown,
    key: string,
    value: unknown,
    context?: ReviverContext,
  ) {
    if (looksSecret(key) && this !== null && typeof this === 'object' && !Array.isArray(this)) {
      return undefined;
    }
    return typeof value === 'number' && context?.source !== undefined
      ? rawJSON(context.source)
      : value;
  } as (key: string, value: unknown) => unknown);
  return JSON.stringify(parsed);
}
