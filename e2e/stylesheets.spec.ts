import { expect, test, type Page } from '@playwright/test';
import { treyResearch } from '../server/sandbox/demo-tenants.ts';
import { expectDemoBadge, numberHeading, numberPath, searchBox, tollFree } from './helpers.ts';

/*
 * A page's first stylesheet holds what its prerendered shell and the page draw at once; what is
 * drawn only once its chunk has loaded (tooltips, menus, dropdowns, the shortcuts dialog, the
 * batch page) brings its own stylesheet (decision 040). A component whose stylesheet was left out,
 * or left with a chunk that has not loaded, is drawn unstyled without any error: here every class
 * of Mantine's (m_…) and of the app's (oc-…) on the page must be styled by a stylesheet the page
 * has, before any script runs and with each part that loads on demand open.
 */
async function unstyledClasses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const styled = new Set<string>();
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          for (const match of rule.selectorText.matchAll(/\.((?:m_|oc-)[\w-]+)/g)) {
            styled.add(match[1] ?? '');
          }
        }
        if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules);
    const used = new Set<string>();
    for (const element of document.querySelectorAll('[class]')) {
      for (const name of element.classList) if (/^(m_|oc-)/.test(name)) used.add(name);
    }
    return [...used].filter((name) => !styled.has(name)).sort();
  });
}

const expectAllStyled = async (page: Page, what: string) => {
  expect(await unstyledClasses(page), what).toEqual([]);
};

test.describe('before any script runs', () => {
  test.use({ javaScriptEnabled: false });

  const shells = [
    { what: 'the start page', path: '/' },
    { what: "a number's page", path: numberPath(tollFree.e164) },
    { what: 'the frame (batch, tenant)', path: '/batch' },
  ];
  for (const { what, path } of shells) {
    test(`${what}: every class of its prerendered shell is styled`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('banner')).toBeVisible();
      await expectAllStyled(page, what);
    });
  }
});

test('the start page, with its menu, tooltip, lists and dialog open: every class is styled', async ({
  page,
}) => {
  await page.goto('/');
  await expectDemoBadge(page);
  await expectAllStyled(page, 'the start page');

  await page.getByText('Demo data').hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await expectAllStyled(page, 'a tooltip');

  await page.getByRole('button', { name: 'Colour scheme' }).click();
  await expect(page.getByRole('menu', { name: 'Colour scheme' })).toBeVisible();
  await expectAllStyled(page, 'the colour-scheme menu');
  await page.keyboard.press('Escape');

  await searchBox(page).pressSequentially('ware');
  await expect(page.getByRole('listbox', { name: 'Customers' })).toBeVisible();
  await expectAllStyled(page, "the search box's suggestions");
  await page.keyboard.press('Escape');

  await page.getByRole('textbox', { name: 'Country for national numbers' }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectAllStyled(page, 'the country list');
  await page.keyboard.press('Escape');

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAllStyled(page, 'the shortcuts dialog');
});

test("a number's, a tenant's and the batch page: every class is styled", async ({ page }) => {
  await page.goto(numberPath(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
  await expect(page.getByText('Calling profile').first()).toBeVisible();
  await expectAllStyled(page, "a number's page");

  await page.goto(`/tenants/${treyResearch.tenantId}`);
  await page.getByRole('combobox', { name: 'Lifecycle' }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectAllStyled(page, "a tenant's page with a filter open");

  await page.goto('/batch');
  await page.getByRole('textbox', { name: 'Numbers' }).fill(`${tollFree.e164}\n+442074996300`);
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByText('All 2 looked up.')).toBeVisible();
  await expectAllStyled(page, 'the batch page');
});
