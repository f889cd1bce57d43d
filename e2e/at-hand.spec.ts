import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { homeUrl, numberHeading, numberPath, numberUrl, searchBox, tollFree } from './helpers.ts';

/*
 * Issue 8, item 4: the keyboard shortcuts and their dialog, tel: links (the start page reads
 * ?tel=, and offers once to register the app for them), address-bar searches (?q= and the
 * OpenSearch description) and the web app manifest with its icons.
 */
const trey = 'f94238e5-4f2c-4e1b-8125-2d27122ca75f';

/** Pages open with the search box focused; Escape leaves it, so keys are shortcuts. */
async function leaveSearchBox(page: Page) {
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).not.toBeFocused();
}

test.describe('keyboard shortcuts', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('t opens the number’s tenant, b the batch page, / the search box', async ({ page }) => {
    await page.goto(numberPath(tollFree.e164));
    await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
    await leaveSearchBox(page);
    await page.keyboard.press('t');
    await expect(page).toHaveURL(new RegExp(`/tenants/${trey}$`));
    await page.keyboard.press('b');
    await expect(page).toHaveURL(/\/batch$/);
    // The batch page has no search box: / goes to the start page's.
    await page.keyboard.press('/');
    await expect(page).toHaveURL(homeUrl);
    await expect(searchBox(page)).toBeFocused();
    // Typed into the box, the same letters are text.
    await page.keyboard.type('bt');
    await expect(searchBox(page)).toHaveValue('bt');
    await expect(page).toHaveURL(homeUrl);
  });

  test('c copies the page’s link and says so; t says when there is no number', async ({ page }) => {
    await page.goto(numberPath(tollFree.e164));
    await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
    await leaveSearchBox(page);
    await page.keyboard.press('c');
    await expect(page.getByRole('status', { name: 'Shortcut' })).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      numberUrl(tollFree.e164),
    );
    await page.goto('/');
    await leaveSearchBox(page);
    await page.keyboard.press('t');
    await expect(page.getByRole('status', { name: 'Shortcut' })).toContainText(
      'open a number’s page first',
    );
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`? lists them all in a dialog that passes axe (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await leaveSearchBox(page);
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      // In view, over the page: without its stylesheets it was "visible" below the page.
      await expect(dialog).toBeInViewport();
      for (const key of ['/', 'b', 't', 'c', '?']) {
        await expect(dialog.locator('kbd').getByText(key, { exact: true })).toBeVisible();
      }
      // The dialog's keys are its own: b does not leave the page under it.
      await page.keyboard.press('b');
      await expect(page).toHaveURL(homeUrl);
      const results = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });
  }

  test('the header has the batch page at every width, as an icon on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    const batch = page.getByRole('banner').getByRole('link', { name: 'Batch' });
    await expect(batch).toBeVisible();
    await expect(batch).toHaveText('');
    await batch.click();
    await expect(page).toHaveURL(/\/batch$/);
  });
});

test.describe('tel: links', () => {
  test('a tel: link opens its number, in place of the start page', async ({ page }) => {
    await page.goto('/');
    await page.goto(`/?tel=${encodeURIComponent('tel:+44-808-157-0123;ext=5')}`);
    await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
    await expect(page).toHaveURL(numberUrl(tollFree.e164));
    await page.goBack();
    await expect(page).toHaveURL(homeUrl);
  });

  test('a tel: link with no number says why, with its text in the box', async ({ page }) => {
    await page.goto(`/?tel=${encodeURIComponent('tel:+999-1234')}`);
    await expect(
      page.getByRole('alert').filter({ hasText: 'This tel: link does not hold a phone number' }),
    ).toContainText('+999 is not a country code');
    await expect(searchBox(page)).toHaveValue('+999-1234');
  });

  test('the start page offers once to open tel: links here', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const calls: string[][] = [];
      Object.assign(window, { telHandlerCalls: calls });
      navigator.registerProtocolHandler = (scheme: string, url: string) => {
        calls.push([scheme, url]);
      };
    });
    await page.goto('/');
    const offer = page.getByRole('region', { name: 'Open tel: links here' });
    await expect(offer).toContainText('clicking a phone number in a ticket opens its page');
    await offer.getByRole('button', { name: 'Open tel: links here' }).click();
    await expect(offer).toBeHidden();
    expect(
      await page.evaluate(
        () => (window as unknown as { telHandlerCalls: unknown }).telHandlerCalls,
      ),
    ).toEqual([['tel', `${baseURL ?? ''}/?tel=%s`]]);
    await page.reload();
    await expect(searchBox(page)).toBeVisible();
    await expect(offer).toBeHidden();
  });
});

test.describe('the address bar and installing', () => {
  test('?q= opens a number or a tenant, and lists customers for a name', async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent(tollFree.formatted)}`);
    await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
    await page.goto(`/?q=${trey.toUpperCase()}`);
    await expect(page).toHaveURL(new RegExp(`/tenants/${trey}$`));
    await page.goto('/?q=trey');
    await expect(searchBox(page)).toHaveValue('trey');
    await expect(page.getByRole('listbox', { name: 'Customers' })).toContainText('Trey Research');
  });

  test('the OpenSearch description searches this origin', async ({ page, request, baseURL }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', '/opensearch.xml');
    const res = await request.get('/opensearch.xml');
    expect(res.headers()['content-type']).toBe(
      'application/opensearchdescription+xml; charset=utf-8',
    );
    expect(await res.text()).toContain(`template="${baseURL ?? ''}/?q={searchTerms}"`);
  });

  test('the manifest and its icons load under the page’s CSP', async ({ page, request }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|manifest/i.test(message.text())) refused.push(message.text());
    });
    await page.goto('/');
    await expect(searchBox(page)).toBeVisible();
    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestUrl).toBe('/manifest.webmanifest');
    const manifest = (await (await request.get(manifestUrl ?? '')).json()) as {
      display: string;
      icons: { src: string }[];
    };
    expect(manifest.display).toBe('standalone');
    for (const icon of manifest.icons) {
      const res = await request.get(icon.src);
      expect(res.status(), icon.src).toBe(200);
    }
    expect(refused).toEqual([]);
  });
});
