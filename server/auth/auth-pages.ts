/*
 * The few plain pages of sign-in, rendered on the server: no script, no inline style (nothing for
 * a Content-Security-Policy to block), every value escaped, no error details.
 */

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${escapeHtml(title)} · OC Lookup</title>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(title)}</h1>
${body}
    </main>
  </body>
</html>
`;
}

export function forbiddenPage(requiredRole: string | undefined): string {
  const why = requiredRole
    ? `<p>Your account does not have the <strong>${escapeHtml(requiredRole)}</strong> role that OC Lookup requires. Ask your administrator to assign it, then sign in again.</p>`
    : '<p>Your account is not allowed to use OC Lookup. Ask your administrator for access.</p>';
  return page(
    'You do not have access to OC Lookup',
    `      ${why}
      <p><a href="/auth/logout">Sign out</a> (to sign in with another account)</p>`,
  );
}

export function signInFailedPage(reason: string): string {
  return page(
    'Sign-in did not complete',
    `      <p>${escapeHtml(reason)}</p>
      <p><a href="/auth/login">Sign in again</a></p>`,
  );
}

export function signInUnavailablePage(): string {
  return page(
    'Sign-in is unavailable',
    `      <p>The sign-in service cannot be reached right now. Please try again in a moment.</p>
      <p><a href="/auth/login">Try again</a></p>`,
  );
}
