import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { fullPageNavigation, signInAgainDelayMs } from '../../lib/sign-in-again.ts';
import { mswServer } from '../../testing/msw-server.ts';
import {
  makeNumber,
  vendorExampleNumber,
  vendorExampleShownValues,
} from '../../testing/number-factory.ts';
import { createTestQueryClient, renderRoute } from '../../testing/render-route.tsx';
import { searchLabel } from '../search/search-reading.ts';

const numbersApi = '/api/v2/oc/numbers/:phone';
const respond = (resolver: Parameters<typeof http.get>[1]) =>
  mswServer.use(http.get(numbersApi, resolver));

describe('number route', () => {
  it('shows every field of the vendor example', async () => {
    renderRoute('/numbers/+442074996300');
    expect(
      await screen.findByRole('heading', { level: 1, name: '+44 20 7499 6300' }),
    ).toBeVisible();
    for (const value of vendorExampleShownValues) {
      expect(screen.getAllByText(value).length).toBeGreaterThan(0);
    }
    expect(screen.getByText('Lifecycle: Not reported')).toBeVisible();
    expect(screen.getByText('Teams assignment: Not reported')).toBeVisible();
    expect(screen.getByText('Microsoft 365')).toBeVisible();
    expect(screen.getByText('Available, not acquired (2)')).toBeVisible();
    expect(screen.getByText('United Kingdom (GB)')).toBeVisible();
    // Location, civic address and three assignment-check fields are null (the fourth, the
    // checking run's ticks, is under "Technical details", closed).
    expect(screen.getAllByText('Not set')).toHaveLength(5);
    expect(document.title).toBe('+44 20 7499 6300 · OC Lookup');
  });

  it('starts the fetch in the loader, before the page renders', async () => {
    const queryClient = createTestQueryClient();
    renderRoute('/numbers/+442074996300', queryClient);
    await waitFor(() => {
      expect(queryClient.getQueryState(['numbers', 'detail', '+442074996300'])).toBeDefined();
    });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('+44 20 7499 6300');
  });

  it('shows a skeleton while loading', async () => {
    respond(async () => {
      await delay(1000);
      return HttpResponse.json(vendorExampleNumber);
    });
    renderRoute('/numbers/+442074996300');
    expect(
      await screen.findByRole('status', { name: 'Loading +44 20 7499 6300' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
  });

  it('redirects a non-canonical number to its E.164 URL', async () => {
    const { router } = renderRoute('/numbers/020%207499%206300');
    await waitFor(() => expect(router.state.location.pathname).toBe('/numbers/+442074996300'));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('+44 20 7499 6300');
  });

  it('explains an invalid number in the URL and sends no request', async () => {
    let requests = 0;
    respond(() => {
      requests += 1;
      return HttpResponse.json(null);
    });
    renderRoute('/numbers/+44%2020');
    expect(await screen.findByText('This link does not hold a phone number')).toBeVisible();
    expect(screen.getByRole('combobox', { name: searchLabel })).toHaveValue('+44 20');
    expect(requests).toBe(0);
  });

  it.each([
    [
      '404 problem details',
      () => HttpResponse.json({ title: 'Not Found', status: 404 }, { status: 404 }),
    ],
    ['200 null', () => HttpResponse.json(null)],
  ])('says the number does not exist on %s', async (_name, resolver) => {
    respond(resolver);
    renderRoute('/numbers/+442074996300');
    expect(await screen.findByText('No Operator Connect number +44 20 7499 6300')).toBeVisible();
    expect(screen.getByRole('combobox', { name: searchLabel })).toBeVisible();
  });

  it('says which access is missing on 401 and 403', async () => {
    respond(() => new HttpResponse(null, { status: 401 }));
    const first = renderRoute('/numbers/+442074996300');
    expect(await screen.findByText('Not signed in to Live Platform')).toBeVisible();
    first.unmount();
    respond(() =>
      HttpResponse.json({ title: 'Forbidden', detail: 'Channel 7 only.' }, { status: 403 }),
    );
    renderRoute('/numbers/+442074996300');
    expect(await screen.findByText('No access to this number')).toBeVisible();
    expect(screen.getByText(/Channel 7 only\./)).toBeVisible();
  });

  it('on our own 401 (the session ended), signs in again and comes back, without a retry', async () => {
    window.sessionStorage.clear();
    const assign = vi.spyOn(fullPageNavigation, 'assign').mockImplementation(() => undefined);
    let requests = 0;
    respond(() => {
      requests += 1;
      return HttpResponse.json(
        { type: '/problems/session-required', title: 'Not signed in', status: 401 },
        { status: 401, headers: { 'content-type': 'application/problem+json' } },
      );
    });
    renderRoute('/numbers/+442074996300?tab=x', createTestQueryClient({ retry: true }));
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByText('Your session has ended — signing you in again…')).toBeVisible();
    const signIn = '/auth/login?returnTo=%2Fnumbers%2F%2B442074996300%3Ftab%3Dx';
    expect(within(panel).getByRole('link', { name: 'sign in again' })).toHaveAttribute(
      'href',
      signIn,
    );
    expect(screen.queryByText(/client secret/)).not.toBeInTheDocument();
    await waitFor(() => expect(assign).toHaveBeenCalledWith(signIn));
    expect(assign).toHaveBeenCalledTimes(1);
    expect(requests).toBe(1);
  });

  it('does not send the browser round again right after a sign-in it started', async () => {
    window.sessionStorage.clear();
    const assign = vi.spyOn(fullPageNavigation, 'assign').mockImplementation(() => undefined);
    respond(() =>
      HttpResponse.json({ type: '/problems/session-required', status: 401 }, { status: 401 }),
    );
    const first = renderRoute('/numbers/+442074996300');
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    first.unmount();

    renderRoute('/numbers/+442074996300');
    expect(await screen.findByText('Your session has ended')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '/auth/login?returnTo=%2Fnumbers%2F%2B442074996300',
    );
    await new Promise((resolve) => setTimeout(resolve, signInAgainDelayMs + 200));
    expect(assign).toHaveBeenCalledTimes(1);
    window.sessionStorage.clear();
  });

  it.each([
    [{}, false],
    [{ traceId: '00-abc-01' }, true],
    [{ errorTicket: 'T-1' }, true],
  ])('after a 500 with %j, points at ids only when there are some', async (ids, pointed) => {
    respond(() => HttpResponse.json({ title: 'Boom', status: 500, ...ids }, { status: 500 }));
    renderRoute('/numbers/+442074996300');
    const panel = await screen.findByRole('alert');
    const whatToDo = within(panel).getByText(/send them to AudioCodes support/);
    if (pointed) expect(whatToDo).toHaveTextContent('they include the ids below');
    else expect(whatToDo).not.toHaveTextContent(/ids|trace id|ticket/);
  });

  it('shows trace id and error ticket of a 500, and retries on request', async () => {
    let requests = 0;
    respond(() => {
      requests += 1;
      return requests === 1
        ? HttpResponse.json(
            { title: 'Boom', status: 500, traceId: '00-abc-01', errorTicket: 'T-1' },
            { status: 500 },
          )
        : HttpResponse.json(vendorExampleNumber);
    });
    const { user } = renderRoute('/numbers/+442074996300');
    expect(await screen.findByText('Live Platform failed (HTTP 500)')).toBeVisible();
    expect(screen.getByText('00-abc-01')).toBeVisible();
    expect(screen.getByText('T-1')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('+44 20 7499 6300');
    expect(requests).toBe(2);
  });

  it('reports a network failure with a retry button', async () => {
    respond(() => HttpResponse.error());
    renderRoute('/numbers/+442074996300');
    expect(await screen.findByText('Cannot reach the server')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  it('shows the raw body of a payload that breaks the schema, without crashing', async () => {
    respond(() => HttpResponse.json({ telephoneNumber: 442074996300, sbcList: 'x' }));
    renderRoute('/numbers/+442074996300');
    const panel = await screen.findByRole('alert');
    expect(
      within(panel).getByText('Live Platform sent an answer this app cannot read'),
    ).toBeVisible();
    expect(
      within(panel).getByText(/telephoneNumber: Invalid input: expected string/),
    ).toBeVisible();
    expect(within(panel).getByText(/"sbcList":"x"/)).toBeVisible();
  });

  it('shows a body that is not JSON', async () => {
    respond(
      () =>
        new HttpResponse('{"telephoneNumber": "+44', {
          headers: { 'content-type': 'application/json' },
        }),
    );
    renderRoute('/numbers/+442074996300');
    expect(await screen.findByText('The body could not be parsed as JSON.')).toBeVisible();
  });

  it('honours Retry-After on 429, says so, and retries', async () => {
    let requests = 0;
    respond(() => {
      requests += 1;
      return requests === 1
        ? new HttpResponse(null, { status: 429, headers: { 'retry-after': '1' } })
        : HttpResponse.json(vendorExampleNumber);
    });
    renderRoute('/numbers/+442074996300', createTestQueryClient({ retry: true }));
    expect(await screen.findByText(/rate-limiting lookups/)).toBeVisible();
    expect(screen.getByText(/Retrying in 1 s/)).toBeVisible();
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 3000 })).toHaveTextContent(
      '+44 20 7499 6300',
    );
    expect(requests).toBe(2);
  });

  it('does not retry a 404', async () => {
    let requests = 0;
    respond(() => {
      requests += 1;
      return new HttpResponse(null, { status: 404 });
    });
    renderRoute('/numbers/+442074996300', createTestQueryClient({ retry: true }));
    expect(await screen.findByText('No Operator Connect number +44 20 7499 6300')).toBeVisible();
    expect(requests).toBe(1);
  });

  it('lists fields it does not know, and marks unknown enumeration values', async () => {
    respond(() =>
      HttpResponse.json(
        makeNumber({
          acquiredNumberStatus: 9,
          assignmentStatus: 'HologramAssigned',
          acquiredCapabilities: ['QuantumCalling', 'Office365'],
          availableCapabilities: ['Office365'],
          ...{ ocSipConnectionName: 'Contoso-London' },
        }),
      ),
    );
    renderRoute('/numbers/+442074996300');
    const badge = (text: string) =>
      screen.getByText(
        (_content, element) =>
          element?.textContent === text && element.matches('.mantine-Badge-root'),
      );
    await screen.findByText('Acquired but not offered (1)');
    // Shown readably and marked as new, not as broken.
    expect(badge('Lifecycle: 9 (new)')).toBeVisible();
    expect(badge('Teams assignment: Hologram assigned (new)')).toBeVisible();
    expect(badge('Quantum calling (new)')).toBeVisible();
    expect(badge('Microsoft 365')).toBeVisible();
    expect(screen.getByRole('rowheader', { name: 'ocSipConnectionName' })).toBeVisible();
    expect(screen.getByText('"Contoso-London"')).toBeVisible();
  });

  it('survives a hostile payload and shows it exactly as received', async () => {
    const body = JSON.stringify(vendorExampleNumber)
      .replace('"asticks":null', '"asticks":638491234567890123')
      .replace(/}$/, `,"__proto__":{"polluted":true},"long":"${'x'.repeat(50_000)}"}`);
    respond(() => new HttpResponse(body, { headers: { 'content-type': 'application/json' } }));
    const { user } = renderRoute('/numbers/+442074996300');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('+44 20 7499 6300');
    await user.click(screen.getByRole('button', { name: 'Technical details' }));
    expect(screen.getByText('638491234567890123')).toBeVisible();
    expect(screen.getByRole('rowheader', { name: '__proto__' })).toBeVisible();
    expect(screen.getByText(/… \(cut\)$/)).toBeVisible();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Show raw JSON' }));
    expect(await screen.findByText(/"asticks": 638491234567890123,/)).toBeVisible();
  });

  it('shows a record with a very deeply nested extra field, without crashing', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const body = JSON.stringify(vendorExampleNumber).replace(/}$/, `,"deep":${deep}}`);
    respond(() => new HttpResponse(body, { headers: { 'content-type': 'application/json' } }));
    renderRoute('/numbers/+442074996300');
    expect(await screen.findByRole('rowheader', { name: 'deep' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('+44 20 7499 6300');
  });

  it('remembers a found number in the recent lookups', async () => {
    renderRoute('/numbers/+442074996300');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => {
      expect(window.localStorage.getItem('oc-lookup:recent-lookups')).toBe('["+442074996300"]');
    });
  });
});
