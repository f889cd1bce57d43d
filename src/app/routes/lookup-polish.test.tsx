import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { knownNumberFields } from '../../features/numbers/schema.ts';
import { mswServer } from '../../testing/msw-server.ts';
import { makeNumber, vendorExampleNumber } from '../../testing/number-factory.ts';
import { renderRoute } from '../../testing/render-route.tsx';
import { searchLabel } from '../search/search-reading.ts';

/* What a support engineer tripped over (issue 7, item 7), one behaviour per test. */

const numbersApi = '/api/v2/oc/numbers/:phone';
const respond = (resolver: Parameters<typeof http.get>[1]) =>
  mswServer.use(http.get(numbersApi, resolver));
const searchBox = () => screen.getByRole('combobox', { name: searchLabel });

describe('after a lookup', () => {
  it('keeps the search box focused with its text selected, ready for the next number', async () => {
    const { user } = renderRoute('/');
    await user.type(
      await screen.findByRole('combobox', { name: searchLabel }),
      '+442074996300{Enter}',
    );
    await screen.findByRole('heading', { level: 1, name: '+44 20 7499 6300' });
    const box = searchBox() as HTMLInputElement;
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveValue('+44 20 7499 6300');
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
    // Typing replaces the old number at once.
    await user.keyboard('+448081570123{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: '+44 808 157 0123' }),
    ).toBeVisible();
  });

  it('tells assistive technology that / brings focus back to the box', async () => {
    renderRoute('/numbers/+442074996300');
    await screen.findByRole('heading', { level: 1 });
    // (The visible "/" key is shown from 36em wide, which jsdom is not: the e2e test sees it.)
    expect(searchBox()).toHaveAttribute('aria-keyshortcuts', '/');
  });

  it('looking up the number on screen again asks Live Platform again', async () => {
    let requests = 0;
    respond(() => {
      requests += 1;
      return HttpResponse.json(vendorExampleNumber);
    });
    const { user } = renderRoute('/numbers/+442074996300');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Look up' }));
    await waitFor(() => expect(requests).toBe(2));
  });
});

describe('freshness', () => {
  it('says when the record was fetched, and Refresh fetches it again', async () => {
    let requests = 0;
    respond(() => {
      requests += 1;
      return HttpResponse.json(vendorExampleNumber);
    });
    const { user } = renderRoute('/numbers/+442074996300');
    await screen.findByRole('heading', { level: 1 });
    const asOf = screen.getByText(/^As of/);
    expect(asOf).toHaveTextContent('(just now)');
    // The exact time is on hover.
    expect(within(asOf).getByText((_, element) => element?.tagName === 'TIME')).toHaveAttribute(
      'title',
    );
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(requests).toBe(2));
  });

  it('shows a refresh in progress, and keeps the record when the refresh fails', async () => {
    let fail = false;
    let release: () => void = () => undefined;
    respond(async () => {
      if (!fail) return HttpResponse.json(vendorExampleNumber);
      await new Promise<void>((resolve) => (release = resolve));
      return HttpResponse.json({ title: 'Boom', status: 500 }, { status: 500 });
    });
    const { user } = renderRoute('/numbers/+442074996300');
    await screen.findByRole('heading', { level: 1 });
    fail = true;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('Refreshing…')).toBeVisible();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Refreshing the record…');
    release();
    const note = await screen.findByText(/^Refresh failed: Live Platform failed \(HTTP 500\)/);
    expect(note).toHaveTextContent('The record below is still the one fetched at');
    // The record is still there.
    expect(screen.getByRole('heading', { level: 1, name: '+44 20 7499 6300' })).toBeVisible();
    expect(screen.getByText(/^As of/)).toBeVisible();
  });
});

describe('assignment checks', () => {
  it('explains a failed code with a next step, beside the last check that passed', async () => {
    respond(() =>
      HttpResponse.json(
        makeNumber({ aslvCode: 409, aslcht: '2024-04-16T12:13:42Z', asticks: '6384912345' }),
      ),
    );
    const { user } = renderRoute('/numbers/+442074996300');
    const section = await screen.findByRole('region', { name: 'Assignment checks' });
    expect(within(section).getByText('Check: Failed (409 Conflict)')).toBeVisible();
    expect(within(section).getByText(/Teams holds a different state/)).toBeVisible();
    expect(within(section).getByText(/^What to do:/).parentElement).toHaveTextContent(
      /Compare the assignment in the Teams admin center/,
    );
    expect(within(section).getByText(/are not a contradiction/)).toBeVisible();
    // The counter is out of the way until asked for.
    expect(within(section).queryByText('6384912345')).not.toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Technical details' }));
    expect(within(section).getByText('6384912345')).toBeVisible();
  });

  it('shows an unknown code as received, marked as not known', async () => {
    respond(() => HttpResponse.json(makeNumber({ aslvCode: 418 })));
    renderRoute('/numbers/+442074996300');
    const section = await screen.findByRole('region', { name: 'Assignment checks' });
    expect(
      within(section).getByText(
        (_, element) =>
          element?.textContent === 'Check: Code 418 (not known)' &&
          element.matches('.mantine-Badge-root'),
      ),
    ).toBeVisible();
  });
});

describe('a bare record', () => {
  it('says at the top that Live Platform holds only the number', async () => {
    const bare = Object.fromEntries(
      knownNumberFields.map((field) => [
        field,
        field === 'telephoneNumber' ? '+441214960789' : null,
      ]),
    );
    respond(() => HttpResponse.json(bare));
    renderRoute('/numbers/+441214960789');
    expect(await screen.findByText('Live Platform holds only the number')).toBeVisible();
    // The rows stay (each field where it always is), one short line each.
    expect(screen.getAllByText('Not set').length).toBeGreaterThan(10);
  });

  it('says nothing of the kind for a full record', async () => {
    renderRoute('/numbers/+442074996300');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText('Live Platform holds only the number')).not.toBeInTheDocument();
  });
});

describe('error panels', () => {
  it.each([
    ['401', () => new HttpResponse(null, { status: 401 }), 'Not signed in to Live Platform'],
    [
      '403',
      () => HttpResponse.json({ title: 'Forbidden' }, { status: 403 }),
      'No access to this number',
    ],
    [
      'bad JSON',
      () => new HttpResponse('{"x', { headers: { 'content-type': 'application/json' } }),
      'Live Platform sent an answer this app cannot read',
    ],
    [
      'a schema error',
      () => HttpResponse.json({ telephoneNumber: 1 }),
      'Live Platform sent an answer this app cannot read',
    ],
    [
      '503',
      () => new HttpResponse('Service Unavailable', { status: 503 }),
      'Live Platform failed (HTTP 503)',
    ],
  ])('%s: what happened, what to do, Retry and copy details', async (_name, resolver, title) => {
    respond(resolver);
    const { user } = renderRoute('/numbers/+442074996300');
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(within(panel).getByText(/^What to do:/)).toBeVisible();
    // Says whom to tell; never asks for an id it does not show.
    expect(panel).toHaveTextContent(
      /send them to (AudioCodes support|the team that runs OC Lookup)/,
    );
    if (!within(panel).queryByText('Trace id:')) expect(panel).not.toHaveTextContent(/trace id/i);
    expect(within(panel).getByRole('button', { name: 'Retry' })).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'Copy error details' }));
    // user-event's clipboard stands in for the browser's.
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Number: +442074996300');
    expect(copied).toContain(`OC Lookup: ${title}`);
  });

  it('an invalid link says what is wrong once, without "keep typing"', async () => {
    renderRoute('/numbers/+44%2020');
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('This link does not hold a phone number');
    expect(panel).toHaveTextContent(/Too short/);
    expect(screen.queryByText(/Keep typing/)).not.toBeInTheDocument();
    expect(screen.getAllByText(/Too short/)).toHaveLength(1);
  });
});
