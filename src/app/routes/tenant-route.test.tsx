import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  customersAnswer,
  relatedPaths,
  vendorTenantId,
} from '../../api/testing/related-answers.ts';
import { mswServer } from '../../testing/msw-server.ts';
import { makeNumber } from '../../testing/number-factory.ts';
import { renderRoute } from '../../testing/render-route.tsx';

/*
 * The tenant page (issue 7, item 5) against MSW: every page of the tenant's numbers loaded one
 * after another, with progress, Stop and Resume, a failed page kept apart from what was loaded,
 * and the filters and sort read from and written into the URL.
 */

const numbersPath = '/api/v3/oc/numbers';
const tenantUrl = `/tenants/${vendorTenantId}`;

/** 450 numbers: every tenth marked for removal, every third unassigned, every fifth Irish. */
const tenantNumbers = Array.from({ length: 450 }, (_, index) => {
  const irish = index % 5 === 0;
  return makeNumber({
    telephoneNumber: irish
      ? `+35319${String(100_000 + index)}`
      : `+44117496${String(1000 + index)}`,
    isoCountryCode: irish ? 'IE' : 'GB',
    tenantId: vendorTenantId,
    acquiredNumberStatus: index % 10 === 0 ? 2 : 0,
    assignmentStatus: index % 3 === 0 ? 'Unassigned' : 'UserAssigned',
    acquiredCapabilities:
      index % 4 === 0 ? ['Office365', 'TollFree'] : ['Office365', 'UserAssignment'],
  });
});

type PageRequest = { tenant: string; page: number; size: number; signal: AbortSignal };

/** Answers the tenant's pages; `hold` can make a page wait, or answer something else. */
function answerPages(
  numbers: readonly unknown[] = tenantNumbers,
  hold: (request: PageRequest) => Promise<Response | undefined> | undefined = () => undefined,
) {
  const requests: PageRequest[] = [];
  mswServer.use(
    http.get(relatedPaths.customers, () => HttpResponse.json(customersAnswer)),
    http.get(numbersPath, async ({ request }) => {
      const query = new URL(request.url).searchParams;
      const asked: PageRequest = {
        tenant: query.get('msTenantId') ?? '',
        page: Number(query.get('pageNumber')),
        size: Number(query.get('pageSize')),
        signal: request.signal,
      };
      requests.push(asked);
      const instead = await hold(asked);
      if (instead) return instead;
      const start = (asked.page - 1) * asked.size;
      return HttpResponse.json({
        currentPage: asked.page,
        pageSize: asked.size,
        totalPages: Math.ceil(numbers.length / asked.size),
        totalRecords: numbers.length,
        data: numbers.slice(start, start + asked.size),
      });
    }),
  );
  return requests;
}

/** A promise the test settles when it wants the held request to go on. */
function gate() {
  let open: (value: undefined) => void = () => undefined;
  const opened = new Promise<undefined>((resolve) => {
    open = resolve;
  });
  return { opened, open: () => open(undefined) };
}

// Pages arrive one after another, each rendered on a shared 2-core machine: allow for it.
const allLoaded = (count: string) =>
  screen.findByText(`All ${count} numbers loaded.`, undefined, { timeout: 15_000 });
const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);

// jsdom lays nothing out: the scroll box gets a height and rows one, so a window of rows renders.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(480);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(900);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.hasAttribute('data-index') ? 45 : 0;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the tenant page', () => {
  it('loads every page in turn, saying how many of how many are loaded', async () => {
    const page2 = gate();
    const requests = answerPages(tenantNumbers, ({ page }) =>
      page === 2 ? page2.opened : undefined,
    );
    renderRoute(tenantUrl);
    expect(await screen.findByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeVisible();
    expect(screen.getByText(/Enterprise license/)).toBeVisible();
    expect(
      await screen.findByText('Loaded 200 of 450 numbers; loading page 2 of 3…'),
    ).toBeVisible();
    expect(Number(screen.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeCloseTo(
      44.4,
      0,
    );
    page2.open();
    await allLoaded('450');
    expect(requests.map(({ page, size, tenant }) => [page, size, tenant])).toEqual([
      [1, 200, vendorTenantId],
      [2, 200, vendorTenantId],
      [3, 200, vendorTenantId],
    ]);
    expect(screen.getByText('Showing all 450 numbers')).toBeVisible();
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '451');
    // Only a window of rows is rendered; each number links to its page.
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeLessThan(40);
    expect(within(rows[0]!).getByRole('link', { name: '+353 1 910 0000' })).toHaveAttribute(
      'href',
      '/numbers/+35319100000',
    );
  });

  it('stops on request, keeps what it has, and resumes where it stopped', async () => {
    let holdPage2 = true;
    const requests = answerPages(tenantNumbers, ({ page, signal }) =>
      page === 2 && holdPage2
        ? new Promise((resolve) => {
            signal.addEventListener('abort', () => resolve(HttpResponse.error()));
          })
        : undefined,
    );
    const { user } = renderRoute(tenantUrl);
    await screen.findByText('Loaded 200 of 450 numbers; loading page 2 of 3…');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('Stopped: 200 of 450 numbers loaded.')).toBeVisible();
    expect(requests[1]?.signal.aborted).toBe(true);
    expect(screen.getByText('Showing all 200 loaded numbers')).toBeVisible();

    holdPage2 = false;
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await allLoaded('450');
    expect(requests.map(({ page }) => page)).toEqual([1, 2, 2, 3]);
  });

  it('counts the numbers by lifecycle and assignment, and each count filters', async () => {
    answerPages();
    const { user, router } = renderRoute(tenantUrl);
    await allLoaded('450');
    const lifecycle = screen.getByRole('group', { name: 'Lifecycle counts' });
    expect(within(lifecycle).getByRole('button', { name: 'Active: 405' })).toBeVisible();
    const marked = within(lifecycle).getByRole('button', { name: 'Marked for removal: 45' });
    const assignment = screen.getByRole('group', { name: 'Assignment counts' });
    expect(within(assignment).getByRole('button', { name: 'User: 300' })).toBeVisible();
    expect(within(assignment).getByRole('button', { name: 'Unassigned: 150' })).toBeVisible();

    await user.click(marked);
    await waitFor(() => expect(search(router).get('lifecycle')).toBe('2'));
    expect(
      await within(lifecycle).findByRole('button', {
        name: 'Marked for removal: 45',
        pressed: true,
      }),
    ).toBeVisible();
    expect(await screen.findByText('Showing 45 of 450 numbers')).toBeVisible();
    await user.click(within(lifecycle).getByRole('button', { pressed: true }));
    await waitFor(() => expect(search(router).has('lifecycle')).toBe(false));
  });

  it('applies the filters and sort of the URL on load', async () => {
    answerPages();
    renderRoute(`${tenantUrl}?lifecycle=2&country=ie&assignment=Unassigned&sort=number&order=desc`);
    await allLoaded('450');
    const expected = tenantNumbers
      .filter((_, index) => index % 10 === 0 && index % 3 === 0)
      .map((n) => n.telephoneNumber)
      .sort()
      .reverse();
    expect(screen.getByText(`Showing ${expected.length} of 450 numbers`)).toBeVisible();
    const links = within(screen.getByRole('table')).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      expected.map((n) => `/numbers/${n}`),
    );
    expect(screen.getByRole('columnheader', { name: /Number/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('writes free text, a column sort and clearing into the URL', async () => {
    answerPages();
    const { user, router } = renderRoute(tenantUrl);
    await allLoaded('450');
    await user.type(screen.getByRole('textbox', { name: 'Search' }), '0117 496 1004');
    await waitFor(() => expect(search(router).get('q')).toBe('0117 496 1004'));
    expect(await screen.findByText('Showing 1 of 450 numbers')).toBeVisible();
    expect(screen.getByRole('link', { name: '+44 117 496 1004' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(search(router).has('q')).toBe(false));
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('');
    const countryHeader = screen.getByRole('columnheader', { name: /Country/ });
    await user.click(within(countryHeader).getByRole('button'));
    await waitFor(() => expect(countryHeader).toHaveAttribute('aria-sort', 'ascending'));
    expect(search(router).get('sort')).toBe('country');
    await user.click(within(countryHeader).getByRole('button'));
    await waitFor(() => expect(countryHeader).toHaveAttribute('aria-sort', 'descending'));
    expect(search(router).get('order')).toBe('desc');
    // Descending by country: the United Kingdom's numbers before Ireland's.
    const first = within(screen.getByRole('table')).getAllByRole('link')[0];
    expect(first!.getAttribute('href')).toMatch(/^\/numbers\/\+44/);
  });

  it('refuses a link without a tenant id, and asks for nothing', async () => {
    const requests = answerPages();
    renderRoute('/tenants/contoso');
    expect(
      await screen.findByRole('heading', { name: 'This link does not hold a tenant id' }),
    ).toBeVisible();
    expect(screen.getByText(/only 0–9, a–f and dashes/)).toBeVisible();
    expect(requests).toHaveLength(0);
  });

  it('opens an id in capitals or braces at its canonical address, filters kept', async () => {
    answerPages();
    const { router } = renderRoute(`/tenants/{${vendorTenantId.toUpperCase()}}?q=1004`);
    await allLoaded('450');
    expect(router.state.location.pathname).toBe(tenantUrl);
    expect(search(router).get('q')).toBe('1004');
  });

  it('still lists the numbers of a tenant that no customer has', async () => {
    const stranger = '7e57fa11-0000-4000-8000-000000000404';
    const requests = answerPages(tenantNumbers.slice(0, 3));
    renderRoute(`/tenants/${stranger}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Customer unknown' }),
    ).toBeVisible();
    expect(screen.getByText(/customer list has no customer for this tenant/)).toBeVisible();
    await allLoaded('3');
    expect(requests[0]?.tenant).toBe(stranger);
  });

  it('keeps the pages loaded when one fails, says which, and retries it', async () => {
    let failing = true;
    const requests = answerPages(tenantNumbers, ({ page }) =>
      page === 3 && failing
        ? Promise.resolve(
            HttpResponse.json(
              { title: 'Internal error', status: 500, traceId: '00-abc-01' },
              { status: 500, headers: { 'content-type': 'application/problem+json' } },
            ),
          )
        : undefined,
    );
    const { user } = renderRoute(tenantUrl);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not load page 3 of 3')).toBeVisible();
    expect(alert).toHaveTextContent('The 400 of 450 numbers loaded before it are shown below.');
    expect(alert).toHaveTextContent('00-abc-01');
    expect(screen.getByText('Showing all 400 loaded numbers')).toBeVisible();

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry page 3' }));
    await allLoaded('450');
    expect(requests.map(({ page }) => page)).toEqual([1, 2, 3, 3]);
  });

  it('says when the first page fails, and Retry starts over', async () => {
    let failing = true;
    const requests = answerPages(tenantNumbers, () =>
      failing ? Promise.resolve(new HttpResponse(null, { status: 503 })) : undefined,
    );
    const { user } = renderRoute(tenantUrl);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No numbers could be loaded yet.');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry page 1' }));
    await allLoaded('450');
    expect(requests.map(({ page }) => page)).toEqual([1, 1, 2, 3]);
  });

  it('says so when the tenant has no numbers', async () => {
    answerPages([]);
    renderRoute(tenantUrl);
    expect(await screen.findByText(/Live Platform holds no numbers for this tenant/)).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps the page usable when the customer list fails', async () => {
    answerPages();
    mswServer.use(http.get(relatedPaths.customers, () => new HttpResponse(null, { status: 500 })));
    renderRoute(tenantUrl);
    expect(await screen.findByText(/Could not load the customer’s name/)).toBeVisible();
    await allLoaded('450');
    await waitFor(() => expect(screen.getByRole('table')).toBeVisible());
  });
});
