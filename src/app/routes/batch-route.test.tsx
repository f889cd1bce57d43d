import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { vendorTenantId } from '../../api/testing/related-answers.ts';
import { numberQueries } from '../../features/numbers/number-queries.ts';
import { mswServer } from '../../testing/msw-server.ts';
import { makeNumber, vendorExampleNumber } from '../../testing/number-factory.ts';
import { createTestQueryClient, renderRoute } from '../../testing/render-route.tsx';

/*
 * The batch page (issue 8, item 1) against MSW: a pasted list read with the search box's rules,
 * looked up through the queue (429 honoured), cache hits not fetched, the results in a table that
 * filters and links, the batch kept over a reload, a link that carries the list, and presentation
 * mode in the table, the copied summaries, the exports and the title.
 */

const vendor = vendorExampleNumber.telephoneNumber;
const numbersPath = '/api/v2/oc/numbers/:phone';

/** Counts the lookups of each number; `answer` may answer one differently. */
function countLookups(
  answer: (phone: string, count: number) => Response | undefined = () => undefined,
) {
  const asked = new Map<string, number>();
  mswServer.use(
    http.get(numbersPath, ({ params }) => {
      const phone = String(params.phone);
      const count = (asked.get(phone) ?? 0) + 1;
      asked.set(phone, count);
      const instead = answer(phone, count);
      if (instead) return instead;
      if (phone === '+442079460404') return HttpResponse.json(null);
      if (phone === '+442079460500') return HttpResponse.json({ title: 'Boom' }, { status: 500 });
      return HttpResponse.json(
        phone === vendor ? vendorExampleNumber : makeNumber({ telephoneNumber: phone }),
      );
    }),
  );
  return asked;
}

async function lookUp(text: string, url = '/batch', queryClient = createTestQueryClient()) {
  const view = renderRoute(url, queryClient);
  const box = await screen.findByRole('textbox', { name: 'Numbers' });
  await view.user.click(box);
  await view.user.paste(text);
  await view.user.click(screen.getByRole('button', { name: 'Look up' }));
  return view;
}

// jsdom lays nothing out: the scroll box gets a height and rows one, so a window of rows renders.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(480);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(900);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.hasAttribute('data-index') ? 49 : 0;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const table = () => screen.getByRole('group', { name: /^Batch of / });

describe('Batch lookup', () => {
  it('reads the list as the search box does, looks every number up once and shows the results', async () => {
    const asked = countLookups();
    await lookUp(`${vendor}\n020 7499 6300\nhello\n+442079461001\n+442079460404\n+442079460500`);
    expect(await screen.findByText(/All 4 looked up/)).toBeInTheDocument();
    expect(screen.getByText('4 numbers · 1 duplicate merged · 1 item not a number')).toBeVisible();
    expect(screen.getByText(/Line 3: “hello”: That has no digits/)).toBeVisible();
    expect(screen.getByText('Found 2 · Not found 1 · Failed 1 · Left 0')).toBeVisible();
    expect(asked.get(vendor)).toBe(1);
    // The table follows the counts a render later (a deferred value: a transition).
    expect(await within(table()).findByRole('link', { name: '+44 20 7499 6300' })).toHaveAttribute(
      'href',
      `/numbers/${vendor}`,
    );
    // The vendor's example: its customer, tenant id and SBC address are shown.
    expect(within(table()).getAllByText('Contoso Ltd')[0]).toBeVisible();
    expect(within(table()).getAllByText(vendorTenantId)[0]).toBeVisible();
    expect(within(table()).getAllByText(/20\.102\.51\.206/)[0]).toBeVisible();
    expect(document.title).toBe('Batch lookup of 4 numbers · OC Lookup');
  });

  it('filters by result and by text, and sorts by a column', async () => {
    countLookups();
    const { user } = await lookUp(`${vendor}\n+442079461001\n+442079460404\n+442079460500`);
    await screen.findByText(/All 4 looked up/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Result' }), 'Failed');
    await waitFor(() => expect(within(table()).getAllByRole('link')).toHaveLength(1));
    expect(screen.getByText('Showing 1 number of 4')).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Result' }), 'Every result');
    await user.type(screen.getByRole('textbox', { name: 'Filter' }), '7946 1001');
    await waitFor(() =>
      expect(
        within(table())
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(['+44 20 7946 1001']),
    );
    await user.clear(screen.getByRole('textbox', { name: 'Filter' }));
    await user.click(screen.getByRole('button', { name: /^Result/ }));
    await waitFor(() =>
      expect(within(table()).getAllByRole('link')[0]).toHaveTextContent('+44 20 7946 0500'),
    );
  });

  it('waits as long as a 429 says, then looks the number up again', async () => {
    const asked = countLookups((phone, count) =>
      phone === vendor && count === 1
        ? HttpResponse.json({ title: 'Too many' }, { status: 429, headers: { 'retry-after': '1' } })
        : undefined,
    );
    const started = Date.now();
    await lookUp(`${vendor}\n+442079461001`);
    expect(await screen.findByText(/All 2 looked up/, {}, { timeout: 5000 })).toBeVisible();
    expect(asked.get(vendor)).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(screen.getByText('Found 2 · Not found 0 · Failed 0 · Left 0')).toBeVisible();
  });

  it('does not fetch a number already in the query cache', async () => {
    const asked = countLookups();
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(numberQueries.detail(vendor).queryKey, {
      record: vendorExampleNumber,
      rawBody: '{}',
      otherFields: [],
    });
    await lookUp(`${vendor}\n+442079461001`, '/batch', queryClient);
    await screen.findByText(/All 2 looked up/);
    expect(asked.has(vendor)).toBe(false);
    expect(asked.get('+442079461001')).toBe(1);
  });

  it('retries the failed numbers only', async () => {
    const asked = countLookups((phone, count) =>
      phone === '+442079461001' && count === 1 ? HttpResponse.json({}, { status: 503 }) : undefined,
    );
    const { user } = await lookUp(`${vendor}\n+442079461001`);
    await user.click(await screen.findByRole('button', { name: 'Retry 1 failed' }));
    await waitFor(() =>
      expect(screen.getByText('Found 2 · Not found 0 · Failed 0 · Left 0')).toBeVisible(),
    );
    expect(asked.get(vendor)).toBe(1);
    expect(asked.get('+442079461001')).toBe(2);
  });

  it('keeps the list and the results over a reload, without looking them up again', async () => {
    const asked = countLookups();
    const first = await lookUp(`${vendor}\n+442079461001`);
    await screen.findByText(/All 2 looked up/);
    first.unmount();
    renderRoute('/batch');
    expect(await screen.findByText('Found 2 · Not found 0 · Failed 0 · Left 0')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Numbers' })).toHaveValue(
      `${vendor}\n+442079461001`,
    );
    expect(asked.get(vendor)).toBe(1);
  });

  it('looks up the list a link carries, and puts a short list into the address', async () => {
    countLookups();
    const { router } = renderRoute(`/batch?n=%2B442079461001,${encodeURIComponent(vendor)}`);
    expect(await screen.findByText(/All 2 looked up/)).toBeVisible();
    expect(router.state.location.search).toBe(`?n=%2B442079461001,${encodeURIComponent(vendor)}`);
  });

  it('masks ids, addresses and customers in presentation mode: table, title, summaries, exports', async () => {
    window.localStorage.setItem('oc-lookup:presentation-mode', 'true');
    countLookups();
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return 'blob:batch';
        },
        revokeObjectURL: () => undefined,
      }),
    );
    const { user } = await lookUp(`${vendor}\n+442079461001`);
    await screen.findByText(/All 2 looked up/);
    // The rows are there, with their ids masked.
    expect(await within(table()).findAllByRole('link')).toHaveLength(2);
    expect(within(table()).getAllByText('••••a75f')[0]).toBeVisible();
    const secrets = [vendorTenantId, '20.102.51.206', 'Contoso'];
    for (const secret of secrets) expect(document.body.textContent).not.toContain(secret);
    expect(document.title).not.toMatch(/f94238e5/);

    await user.click(screen.getByRole('checkbox', { name: 'Select every number shown' }));
    await user.click(screen.getByRole('button', { name: 'Copy 2 ticket summaries' }));
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n\n')).toHaveLength(2);
    expect(copied).toContain('+44 20 7499 6300');
    for (const secret of secrets) expect(copied).not.toContain(secret);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(blobs).toHaveLength(2);
    for (const blob of blobs) {
      const text = await blob.text();
      expect(text).toContain('7499');
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    vi.unstubAllGlobals();
  });
});
