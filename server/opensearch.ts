import type { Context } from 'hono';

/*
 * The OpenSearch description (issue 8): browsers offer the app as an address-bar search engine,
 * whose searches open /?q=… (the start page reads them). OpenSearch needs an absolute address, so
 * the description is written per request: from PUBLIC_URL where it is set (live mode behind a
 * proxy, where the Host header and the scheme the server sees are not the public ones), else from
 * the request's own origin. Either way only a parsed http(s) origin goes in, XML-escaped: a
 * forged Host header cannot write markup into the answer.
 */

const xmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => xmlEscapes[char] ?? char);

/** The origin of an http(s) URL, or null for anything else. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.origin : null;
  } catch {
    return null;
  }
}

export function openSearchDescription(origin: string): string {
  const at = escapeXml(origin);
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>OC Lookup</ShortName>
  <Description>Look up an Operator Connect number, a tenant id or a customer in Live Platform.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${at}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${at}/?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${at}/opensearch.xml"/>
</OpenSearchDescription>
`;
}

/** GET /opensearch.xml, for the public origin if one is configured. */
export const openSearchHandler = (publicUrl: string | undefined) => (c: Context) => {
  const origin = (publicUrl && originOf(publicUrl)) ?? originOf(c.req.url);
  if (!origin) return c.text('Not found', 404);
  // Written from the request when no public origin is set: never shared between hosts by a cache.
  c.header('cache-control', publicUrl ? 'public, max-age=3600' : 'no-cache');
  if (!publicUrl) c.header('vary', 'Host');
  return c.body(openSearchDescription(origin), 200, {
    'content-type': 'application/opensearchdescription+xml; charset=utf-8',
  });
};
