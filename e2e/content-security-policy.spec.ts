import { expect, test } from '@playwright/test';
import { numberHeading, numberPath, searchBox, tollFree, vendorExample } from './helpers.ts';

// The server forbids inline scripts (and more); the app must run without breaking any rule.
test('the app raises no Content-Security-Policy violation', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const found = (window as unknown as { cspViolations?: string[] }).cspViolations ?? [];
      found.push(`${event.violatedDirective} ${event.blockedURI}`);
      (window as unknown as { cspViolations: string[] }).cspViolations = found;
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await searchBox(page).fill(vendorExample.national);
  await page.keyboard.press('Enter');
  await expect(numberHeading(page, vendorExample.formatted)).toBeVisible();
  await page.goto(numberPath(tollFree.e164));
  await expect(numberHeading(page, tollFree.formatted)).toBeVisible();
  await page.getByRole('button', { name: 'Colour scheme' }).click();
  await page.getByRole('menuitem', { name: 'Dark' }).click();

  const inPage = await page.evaluate(
    () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  );
  expect([...violations, ...inPage]).toEqual([]);
});
