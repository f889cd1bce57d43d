import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mswServer } from '../../testing/msw-server.ts';
import { makeNumber } from '../../testing/number-factory.ts';
import { renderRoute } from '../../testing/render-route.tsx';

/*
 * Huge answers (issue 6, defect 3): exact counts, the first 50 items of a long list, every item
 * on demand in a scrolling window that renders only a few, one SBC layout, long values cut short
 * but copied whole. The time bound itself is checked in the browser (e2e/big-answers.spec.ts).
 */

const numbersApi = '/api/v2/oc/numbers/:phone';
const answer = (changes: Record<string, unknown>) =>
  mswServer.use(
    http.get(numbersApi, () =>
      HttpResponse.json({ ...makeNumber({ telephoneNumber: '+442074996300' }), ...changes }),
    ),
  );

const sbcs = (count: number) =>
  Array.from({ length: count }, (_, n) => ({
    sbcName: `sbc-${n}.example.net [10.0.${Math.floor(n / 256) % 256}.${n % 256}]`,
    sbcId: `id-${n}`,
  }));

async function openNumber() {
  const view = renderRoute('/numbers/+442074996300');
  await screen.findByRole('heading', { level: 1, name: '+44 20 7499 6300' });
  return view;
}

const region = (name: string) => screen.getByRole('region', { name });

/** Makes the narrow-screen media query match, as on a phone. */
function narrowScreen() {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: query.startsWith('not all and (min-width'),
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as unknown as MediaQueryList,
  );
}

/*
 * jsdom lays nothing out: give scroll boxes a height and list items a height, so the scrolling
 * window renders what a browser would (a few rows), not nothing and not everything.
 */
beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(480);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.hasAttribute('data-index') ? 40 : 0;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a number with a huge answer', () => {
  it('shows the first 50 of 5,000 SBCs in one table, and all of them on demand', async () => {
    answer({ sbcList: sbcs(5000) });
    const { user } = await openNumber();
    const section = region('SBCs');
    expect(within(section).getByText('5,000 SBCs')).toBeVisible();
    // One layout: a table on a wide screen, and no hidden cards beside it.
    expect(within(section).queryAllByRole('listitem')).toHaveLength(0);
    expect(within(section).getAllByRole('row')).toHaveLength(51);
    expect(within(section).getByText('sbc-49.example.net')).toBeVisible();
    expect(within(section).queryByText('sbc-50.example.net')).not.toBeInTheDocument();
    expect(within(section).getByText('The first 50 of 5,000')).toBeVisible();

    await user.click(within(section).getByRole('button', { name: 'Show all 5,000 SBCs' }));
    // The scrolling window loads when first shown (long-list.tsx).
    const all = await within(section).findByRole('group', { name: 'All 5,000 SBCs' });
    expect(within(all).getByRole('table')).toHaveAttribute('aria-rowcount', '5001');
    // Only a window of rows is in the document, each saying where it stands.
    const rows = within(all).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(section).getByText('All 5,000 SBCs: scroll the list')).toBeVisible();

    await user.click(within(section).getByRole('button', { name: 'Show the first 50 only' }));
    expect(within(section).getAllByRole('row')).toHaveLength(51);
  });

  it('shows SBCs as cards only on a narrow screen', async () => {
    narrowScreen();
    answer({ sbcList: sbcs(3) });
    await openNumber();
    const section = region('SBCs');
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    expect(within(section).getAllByRole('listitem')).toHaveLength(3);
    expect(within(section).getAllByRole('button', { name: 'Copy FQDN' })).toHaveLength(3);
  });

  it('counts 200,000 empty SBC entries exactly and renders 50', async () => {
    answer({ sbcList: Array.from({ length: 200_000 }, () => ({})) });
    await openNumber();
    const section = region('SBCs');
    expect(within(section).getByText('200,000 SBCs')).toBeVisible();
    expect(within(section).getAllByRole('row')).toHaveLength(51);
    expect(within(section).getByRole('button', { name: 'Show all 200,000 SBCs' })).toBeVisible();
  });

  it('groups 10,000 acquired and 10,000 available capabilities with exact counts', async () => {
    const names = (from: number) => Array.from({ length: 10_000 }, (_, n) => `Cap${n + from}`);
    answer({ acquiredCapabilities: names(0), availableCapabilities: names(5000) });
    const { user } = await openNumber();
    const section = region('Capabilities');
    expect(within(section).getByText('10,000 of 15,000 acquired')).toBeVisible();
    for (const heading of [
      'Acquired but not offered (5,000)',
      'Acquired (5,000)',
      'Available, not acquired (5,000)',
    ]) {
      expect(within(section).getByRole('heading', { name: heading })).toBeVisible();
    }
    expect(within(section).getAllByRole('listitem')).toHaveLength(150);

    await user.click(
      within(section).getByRole('button', { name: 'Show all 5,000 available capabilities' }),
    );
    const all = within(section).getByRole('group', { name: 'All 5,000 available capabilities' });
    const items = within(all).getAllByRole('listitem');
    expect(items.length).toBeLessThan(60);
    expect(items[0]).toHaveAttribute('aria-setsize', '5000');
    expect(within(all).getByText('Cap10000')).toBeVisible();
  });

  it('lists 5,000 unknown fields 50 at a time, with their count', async () => {
    answer(Object.fromEntries(Array.from({ length: 5000 }, (_, n) => [`extra${n}`, `value ${n}`])));
    const { user } = await openNumber();
    const section = region('Raw record');
    expect(within(section).getByText('Other fields (5,000)')).toBeVisible();
    expect(within(section).getAllByRole('rowheader')).toHaveLength(50);
    await user.click(within(section).getByRole('button', { name: 'Show all 5,000 other fields' }));
    expect(within(section).getByRole('group', { name: 'All 5,000 other fields' })).toBeVisible();
  });

  it('cuts a 900 kB value short on screen and says how long it is', async () => {
    answer({ tenantId: 't'.repeat(900 * 1024) });
    await openNumber();
    const identity = region('Identity and provenance');
    expect(within(identity).getByText('(921,600 characters: copy to get them all)')).toBeVisible();
    expect(identity.textContent.length).toBeLessThan(5000);
    expect(within(identity).getByRole('button', { name: 'Copy tenant id' })).toBeVisible();
  });

  it('shows a big raw body a window of lines at a time', async () => {
    answer({ sbcList: sbcs(5000) });
    const { user } = await openNumber();
    const section = region('Raw record');
    await user.click(within(section).getByRole('button', { name: 'Show raw JSON' }));
    // The view loads when first shown (raw-json-section.tsx).
    const lines = await within(section).findByRole('group', { name: /^Raw JSON, [\d,]+ lines$/ });
    expect(within(lines).getByText(/^"uploadTelephoneNumberEntryId": \d+,$/)).toBeVisible();
    expect(lines.textContent.length).toBeLessThan(5000);
  });
});
