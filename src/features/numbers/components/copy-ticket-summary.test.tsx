import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  numberStatusAnswer,
  relatedPaths,
  vendorTenantId,
} from '../../../api/testing/related-answers.ts';
import { mswServer } from '../../../testing/msw-server.ts';
import { makeNumber } from '../../../testing/number-factory.ts';
import { renderRoute } from '../../../testing/render-route.tsx';
import type { OcNumber } from '../schema.ts';

const e164 = '+442074996300';

async function open(record: Partial<OcNumber>) {
  mswServer.use(
    http.get('/api/v2/oc/numbers/:phone', () =>
      HttpResponse.json(makeNumber({ telephoneNumber: e164, tenantId: vendorTenantId, ...record })),
    ),
    http.post(relatedPaths.numberStatus, () =>
      HttpResponse.json(
        numberStatusAnswer(e164, {
          numberFound: true,
          numberOffering: 'Calling',
          assignmentStatus: 'UserAssigned',
        }),
      ),
    ),
  );
  const view = renderRoute(`/numbers/${e164}`);
  await screen.findByRole('heading', { level: 1, name: '+44 20 7499 6300' });
  return view;
}

async function copySummary(user: Awaited<ReturnType<typeof open>>['user']) {
  await user.click(screen.getByRole('button', { name: /Copy for ticket|Copied/ }));
  return navigator.clipboard.readText();
}

describe('Copy for ticket', () => {
  it('copies the number, its customer, status and diagnosis as the page shows them', async () => {
    const { user } = await open({ assignmentStatus: 'Unassigned', acquiredNumberStatus: 0 });
    // The customer's name is on the page: the summary has it too.
    await screen.findByRole('link', { name: 'Contoso Ltd' });
    const text = await copySummary(user);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Number        +44 20 7499 6300 (United Kingdom)');
    expect(lines[1]).toBe(`Customer      Contoso Ltd (tenant ${vendorTenantId})`);
    expect(lines.at(-1)).toBe(`Link          ${window.location.origin}/numbers/${e164}`);
    expect(text).not.toMatch(/Teams and Live Platform disagree/);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();

    // Microsoft's answer changes the diagnosis on the page, and in the next copy.
    const part = screen.getByRole('region', { name: 'Check with Microsoft' });
    await user.click(within(part).getByRole('button', { name: 'Check with Microsoft' }));
    await within(part).findByRole('group', { name: "Microsoft's answer" });
    await waitFor(async () =>
      expect(await copySummary(user)).toMatch(
        /^Diagnosis +✗ .*Teams and Live Platform disagree about the assignment/m,
      ),
    );
  });

  it('says there is no tenant, and asks for no customer list', async () => {
    let customerRequests = 0;
    mswServer.use(
      http.get(relatedPaths.customers, () => {
        customerRequests += 1;
        return HttpResponse.json([]);
      }),
    );
    const { user } = await open({ tenantId: null });
    expect(await copySummary(user)).toMatch(/^Customer {6}no tenant$/m);
    expect(customerRequests).toBe(0);
  });

  it('masks the tenant id and IP addresses in presentation mode, keeping this customer’s name', async () => {
    window.localStorage.setItem('oc-lookup:presentation-mode', 'true');
    const { user } = await open({
      sbcList: [{ sbcId: 8, sbcName: 'sbc.example.net [203.0.113.9]' }],
    });
    await screen.findByRole('link', { name: 'Contoso Ltd' });
    const text = await copySummary(user);
    expect(text).toContain(`Contoso Ltd (tenant ••••${vendorTenantId.slice(-4)})`);
    expect(text).not.toContain(vendorTenantId);
    expect(text).not.toContain('203.0.113.9');
    expect(text).toContain('sbc.example.net [••••13.9]');
  });
});
