import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  customersAnswer,
  relatedHandlers,
  relatedPaths,
  vendorProfileId,
  vendorTenantId,
} from '../../../api/testing/related-answers.ts';
import { mswServer } from '../../../testing/msw-server.ts';
import { makeNumber } from '../../../testing/number-factory.ts';
import { renderRoute } from '../../../testing/render-route.tsx';

/*
 * Presentation mode (issue 8, item 2) on whole routes: with the mode remembered as on, a number's
 * page, the tenant page and the search box show and copy ids, addresses and other customers'
 * names masked; the switch brings everything back without a reload.
 */

const storageKey = 'oc-lookup:presentation-mode';
const otherTenantId = customersAnswer[1]?.MsTenantId ?? '';
const sbcAddress = '20.102.51.206';
// What must never be readable while the mode is on (the number's own customer may be).
const secrets = [vendorTenantId, vendorProfileId, sbcAddress, '125796', otherTenantId, 'Fabrikam'];
const leaked = (text: string) =>
  secrets.filter((secret) => text.toLowerCase().includes(secret.toLowerCase()));
const pageText = () => `${document.body.textContent} ${document.title}`;

beforeEach(() => {
  window.localStorage.setItem(storageKey, 'true');
  mswServer.use(...relatedHandlers);
});

async function openNumber() {
  const view = renderRoute('/numbers/+442074996300');
  await screen.findByRole('heading', { level: 1, name: '+44 20 7499 6300' });
  // The customer is the number's own: readable.
  await screen.findByRole('link', { name: 'Contoso Ltd' });
  await screen.findByText(/Trunks \(1\)/);
  return view;
}

describe("presentation mode on a number's page", () => {
  it('shows and copies ids and addresses by their last 4 characters', async () => {
    const { user } = await openNumber();
    expect(screen.getByRole('status', { name: 'Presentation mode is on' })).toBeVisible();
    const identity = screen.getByRole('region', { name: 'Identity and provenance' });
    expect(within(identity).getByText('••••a75f')).toBeVisible();
    expect(within(identity).getByText('••••5796')).toBeVisible();
    expect(screen.getAllByText('••••.206').length).toBeGreaterThan(0);

    await user.click(within(identity).getByRole('button', { name: 'Copy tenant id' }));
    expect(await navigator.clipboard.readText()).toBe('••••a75f');
    await user.click(screen.getByRole('button', { name: 'Copy IP address' }));
    expect(await navigator.clipboard.readText()).toBe('••••.206');

    await user.click(screen.getByRole('button', { name: 'Show raw JSON' }));
    await screen.findByText(/"telephoneNumber": "\+442074996300"/);
    await user.click(screen.getByRole('button', { name: 'Copy raw JSON' }));
    const copied = await navigator.clipboard.readText();
    expect(JSON.parse(copied)).toMatchObject({ tenantId: '••••a75f', id: '••••5796' });
    expect(leaked(copied)).toEqual([]);
    expect(leaked(pageText())).toEqual([]);
  });

  it('shows everything again, without a reload, when switched off', async () => {
    const { user } = await openNumber();
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    const identity = screen.getByRole('region', { name: 'Identity and provenance' });
    expect(await within(identity).findByText(vendorTenantId)).toBeVisible();
    expect(within(identity).getByText('125796')).toBeVisible();
    expect(screen.getAllByText(sbcAddress).length).toBeGreaterThan(0);
    expect(screen.queryByText('••••a75f')).not.toBeInTheDocument();
    expect(window.localStorage.getItem(storageKey)).toBe('false');
    // And on again from the header's switch.
    await user.click(screen.getByRole('button', { name: 'Presentation mode' }));
    expect(await within(identity).findByText('••••a75f')).toBeVisible();
  });

  it('masks ids quoted by the diagnosis and an unknown id field', async () => {
    mswServer.use(
      http.get('/api/v2/oc/numbers/:phone', () =>
        HttpResponse.json({
          ...makeNumber({ sbcList: [{ sbcId: 77, sbcName: 'other.example.net [10.1.1.1]' }] }),
          legacyAccountId: 'ACCT-99887766',
        }),
      ),
    );
    renderRoute('/numbers/+442074996300');
    const diagnosis = await screen.findByRole('region', { name: 'Diagnosis' });
    await within(diagnosis).findByText(/do not match/);
    expect(diagnosis).toHaveTextContent('••••.1.1');
    expect(diagnosis).not.toHaveTextContent('10.1.1.1');
    const other = screen.getByRole('table', { name: 'Other fields' });
    expect(within(other).getByText('••••7766')).toBeVisible();
    expect(pageText()).not.toContain('ACCT-99887766');
  });
});

describe('presentation mode on the tenant page', () => {
  it("keeps the customer's own name, masks its tenant id in the page, the title and the copy", async () => {
    const { user } = renderRoute(`/tenants/${vendorTenantId}`);
    await screen.findByRole('heading', { level: 1, name: 'Contoso Ltd' });
    await waitFor(() => expect(document.title).toBe('Contoso Ltd · OC Lookup'));
    expect(screen.getByText('••••a75f')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Copy tenant id' }));
    expect(await navigator.clipboard.readText()).toBe('••••a75f');
    expect(leaked(pageText())).toEqual([]);
  });

  it("masks the example tenant id of a link that holds none (it is a real customer's)", async () => {
    renderRoute('/tenants/not-a-tenant');
    await screen.findByRole('heading', { level: 1, name: 'This link does not hold a tenant id' });
    expect(pageText()).toContain('such as ••••a75f');
    expect(leaked(pageText())).toEqual([]);
  });

  it('masks the tenant id in the title when no customer has it', async () => {
    mswServer.use(http.get(relatedPaths.customers, () => HttpResponse.json([])));
    renderRoute(`/tenants/${vendorTenantId}`);
    await screen.findByRole('heading', { level: 1, name: 'Customer unknown' });
    await waitFor(() => expect(document.title).toBe('Tenant ••••a75f · OC Lookup'));
    expect(pageText()).not.toContain(vendorTenantId);
  });
});

describe('presentation mode in the search box', () => {
  it('offers other customers masked, and by name again once switched off', async () => {
    const { user } = renderRoute('/');
    const box = await screen.findByRole('combobox', { name: 'Number, tenant id or customer name' });
    await user.type(box, 'fabri');
    const option = await screen.findByRole('option');
    expect(option).toHaveTextContent('•••• Inc••••ikam••••6666');
    expect(leaked(pageText())).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Presentation mode' }));
    await user.click(box);
    expect(await screen.findByRole('option')).toHaveTextContent(
      `Fabrikam Incfabrikam${otherTenantId}`,
    );
  });
});
