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

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <meta name="color-scheme" content="light dark">${head}
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

// Sign-out is a POST from this origin only (no link, no GET): a form button, on every page.
const signOutForm =
  '<form method="post" action="/auth/logout"><button type="submit">Sign out</button></form>';

export function forbiddenPage(requiredRole: string | undefined): string {
  const why = requiredRole
    ? `<p>Your account does not have the <strong>${escapeHtml(requiredRole)}</strong> role that OC Lookup requires. Ask your administrator to assign it, then sign in again.</p>`
    : '<p>Your account is not allowed to use OC Lookup. Ask your administrator for access.</p>';
  return page(
    'You do not have access to OC Lookup',
    `      ${why}
      <p>To sign in with another account, sign out first.</p>
      ${signOutForm}`,
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

/** GET /auth/logout (an old link, a bookmark): it ends nothing, it offers the button. */
export function signOutPage(): string {
  return page(
    'Sign out of OC Lookup',
    `      <p>Sign out of OC Lookup on this browser?</p>
      ${signOutForm}
      <p><a href="/">Back to OC Lookup</a></p>`,
  );
}

/** A sign-out POST that did not come from this app's own pages (a cross-site form, say). */
export function signOutRefusedPage(): string {
  return page(
    'Sign-out was not confirmed',
    `      <p>The request to sign out did not come from OC Lookup itself, so nothing was changed. To sign out, use the button.</p>
      ${signOutForm}`,
  );
}

/**
 * After sign-out: on to the identity provider's end-session page, by a meta refresh (and a link).
 * Not a redirect of the form's POST: CSP form-action 'self' blocks a form's redirect to another
 * origin in Chromium. Without an end-session endpoint, a new sign-in is offered instead.
 */
export function signedOutPage(endSessionUrl: string | undefined): string {
  if (endSessionUrl === undefined) {
    return page(
      'You are signed out',
      `      <p>You are signed out of OC Lookup.</p>
      <p><a href="/auth/login">Sign in again</a></p>`,
    );
  }
  const url = escapeHtml(endSessionUrl);
  return page(
    'You are signed out',
    `      <p>You are signed out of OC Lookup. Ending the session at the sign-in service…</p>
      <p><a href="${url}">Continue</a></p>`,
    `\n    <meta http-equiv="refresh" content="0; url=${url}">`,
  );
}
