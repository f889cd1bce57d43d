type RawJson = (text: string) => unknown;
const rawJson = (JSON as unknown as { rawJSON?: RawJson }).rawJSON;

/**
 * The body re-indented for reading, with every number exactly as sent (large integers included,
 * through JSON.rawJSON). Falls back to the body as received when it is not JSON, is too deeply
 * nested to re-serialise, or the engine lacks JSON.rawJSON.
 */
export function prettyJson(body: string): string {
  if (!rawJson) return body;
  try {
    const exact = JSON.parse(body, (_key, value: unknown, context?: { source?: string }) =>
      typeof value === 'number' && context?.source !== undefined ? rawJson(context.source) : value,
    ) as unknown;
    return JSON.stringify(exact, null, 2);
  } catch {
    return body;
  }
}
