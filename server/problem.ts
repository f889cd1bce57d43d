/** An RFC 7807 problem details answer, the shape ASP.NET Core (and so Live Platform) uses. */
export function problem(
  status: number,
  title: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body = JSON.stringify({ type: 'about:blank', title, status, ...extra });
  return new Response(body, {
    status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      // Lets compression skip small answers (it only measures bodies that declare a length).
      'content-length': String(Buffer.byteLength(body)),
      ...headers,
    },
  });
}
