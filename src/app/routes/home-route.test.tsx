import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  customersAnswer,
  relatedPaths,
  vendorTenantId,
} from '../../api/testing/related-answers.ts';
import { mswServer } from '../../testing/msw-server.ts';
import { renderRoute } from '../../testing/render-route.tsx';
import { searchLabel } from '../search/search-reading.ts';

const searchBox = () => screen.findByRole('combobox', { name: searchLabel });
/** The customers offered under the box (jsdom cannot lay the list out: "hidden"). */
const customerList = () => screen.queryByRole('listbox', { name: 'Customers', hidden: true });
const suggestions = () => {
  const list = customerList();
  return list
    ? within(list)
        .queryAllByRole('option', { hidden: true })
        .map((option) => option.textContent)
    : [];
};

/** Counts the requests for the customer list from now on; answers with `customers`. */
function serveCustomers(customers: readonly object[] = customersAnswer) {
  const seen = { requests: 0 };
  mswServer.use(
    http.get(relatedPaths.customers, () => {
      seen.requests += 1;
      return HttpResponse.json(customers);
    }),
  );
  return seen;
}

// A read-only stand-in of the same size until the user reaches for it (country-picker.tsx): the
// picker is found once it has taken the stand-in's place.
const countryPickerName = 'Country for national numbers';
const countryPicker = () => screen.findByRole('combobox', { name: countryPickerName });
const countryStandIn = () => screen.findByRole('textbox', { name: countryPickerName });

describe('home route', () => {
  it('focuses the search box and opens a typed national number', async () => {
    const { user, router } = renderRoute('/');
    const input = await screen.findByRole('combobox', { name: searchLabel });
    // Focused once the page has been painted (search-form.tsx).
    await waitFor(() => expect(input).toHaveFocus());
    await user.type(input, '020 7499 6300');
    expect(input).toHaveAccessibleDescription('+44 20 7499 6300 · United Kingdom');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/numbers/+442074996300'));
  });

  it('says what is wrong with invalid input and sends no request', async () => {
    let requests = 0;
    mswServer.use(
      http.get('/api/v2/oc/numbers/:phone', () => {
        requests += 1;
        return HttpResponse.json(null);
      }),
    );
    const { user, router } = renderRoute('/');
    const input = await screen.findByRole('combobox', { name: searchLabel });
    await user.type(input, '+999 1234 5678{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      '+999 is not a country code. Check the digits after the +.',
    );
    expect(router.state.location.pathname).toBe('/');
    expect(requests).toBe(0);
  });

  it('uses the chosen country for national numbers and remembers it', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('combobox', { name: searchLabel });
    await user.click(await countryStandIn());
    await user.clear(await countryPicker());
    await user.type(await countryPicker(), 'Germany');
    // jsdom cannot lay out the dropdown, so its options count as hidden there.
    await user.click(await screen.findByRole('option', { name: 'Germany (+49)', hidden: true }));
    expect(window.localStorage.getItem('oc-lookup:default-country')).toBe('"DE"');
    await user.type(screen.getByRole('combobox', { name: searchLabel }), '030 901820{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/numbers/+4930901820'));
  });

  it('lists demo numbers in demo mode, and recent lookups that can be cleared', async () => {
    window.localStorage.setItem(
      'oc-lookup:recent-lookups',
      JSON.stringify(['+12025550143', '+442074996300']),
    );
    const { user } = renderRoute('/');
    expect(await screen.findByText('Demo data')).toBeVisible();
    const demo = await screen.findByRole('region', { name: 'Demo numbers' });
    expect(within(demo).getByRole('link', { name: '+44 20 7499 6300' })).toHaveAttribute(
      'href',
      '/numbers/+442074996300',
    );
    const recent = screen.getByRole('region', { name: 'Recent lookups' });
    expect(
      within(recent)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['+1 202 555 0143', '+44 20 7499 6300']);
    await user.click(within(recent).getByRole('button', { name: 'Clear' }));
    expect(within(recent).queryAllByRole('link')).toHaveLength(0);
    expect(
      within(recent).getByText('Numbers you look up appear here, in this browser only.'),
    ).toBeVisible();
  });

  it('ignores damaged local storage', async () => {
    window.localStorage.setItem('oc-lookup:recent-lookups', '{"not":"a list"}');
    window.localStorage.setItem('oc-lookup:default-country', '"ZZ"');
    renderRoute('/');
    await screen.findByRole('combobox', { name: searchLabel });
    expect(await countryStandIn()).toHaveValue('United Kingdom (+44)');
    expect(
      screen.getByText('Numbers you look up appear here, in this browser only.'),
    ).toBeVisible();
  });

  it('shows a not-found page for unknown paths', async () => {
    renderRoute('/no/such/page');
    expect(await screen.findByText('Page not found')).toBeVisible();
  });
});

describe('home search: tenant ids and customer names', () => {
  it('opens the tenant page for a pasted tenant id, in any case and in braces', async () => {
    const customers = serveCustomers();
    const { user, router } = renderRoute('/');
    const input = await searchBox();
    await user.click(input);
    await user.paste(`  {${vendorTenantId.toUpperCase()}} `);
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription('Tenant id of Contoso Ltd: Enter opens its page.'),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/tenants/${vendorTenantId}`));
    expect(customers.requests).toBe(1);
  });

  it('explains a tenant id cut short and goes nowhere', async () => {
    const { user, router } = renderRoute('/');
    const input = await searchBox();
    await user.type(input, 'f94238e5-4f2c-4e1b{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'A tenant id has 32 hexadecimal digits in five groups (8-4-4-4-12); this has 16 in 3.',
    );
    expect(router.state.location.pathname).toBe('/');
  });

  it('asks for no customer list on the home page or for numbers, even with letters', async () => {
    const customers = serveCustomers();
    const { user } = renderRoute('/');
    const input = await searchBox();
    await user.type(input, '1-800-FLOWERS{Enter}');
    expect(input).toHaveAccessibleDescription(
      'Letters are not read as digits (1-800-FLOWERS, O for 0): type the number in digits.',
    );
    await user.clear(input);
    await user.paste('tel:+44 20 7499 6300');
    expect(input).toHaveAccessibleDescription('+44 20 7499 6300 · United Kingdom');
    expect(suggestions()).toEqual([]);
    expect(customers.requests).toBe(0);
  });

  it('lists the customers whose name holds the text, picked with the keyboard', async () => {
    const customers = serveCustomers();
    const { user, router } = renderRoute('/');
    const input = await searchBox();
    await user.type(input, 'F');
    expect(input).toHaveAccessibleDescription('Keep typing: customers are matched from 2 letters.');
    await user.type(input, 'ÀB');
    await waitFor(() =>
      expect(suggestions()).toEqual([`Fabrikam Incfabrikam22222222-3333-4444-5555-666666666666`]),
    );
    expect(input).toHaveAccessibleDescription(
      '1 customer matches “FÀB”: Enter opens its tenant page.',
    );
    await user.keyboard('{ArrowDown}');
    const option = within(customerList()!).getByRole('option', { hidden: true });
    expect(input).toHaveAttribute('aria-activedescendant', option.id);
    expect(input).toHaveAttribute('aria-controls', customerList()!.id);
    // Typing on drops the highlight, and the box no longer points at an option.
    await user.type(input, 'r');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute(
      'aria-activedescendant',
      within(customerList()!).getByRole('option', { hidden: true }).id,
    );
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/tenants/22222222-3333-4444-5555-666666666666'),
    );
    expect(customers.requests).toBe(1);
  });

  it('shows 8 of many matches, says how many more, and needs a choice among several', async () => {
    serveCustomers(
      Array.from({ length: 12 }, (_, index) => ({
        CustomerFullName: `Northwind ${String.fromCharCode(65 + index)}`,
        CustomerShortName: null,
        MsTenantId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      })),
    );
    const { user, router } = renderRoute('/');
    const input = await searchBox();
    await user.type(input, 'north');
    await waitFor(() => expect(suggestions()).toHaveLength(8));
    expect(suggestions()[0]).toBe('Northwind A00000000-0000-4000-8000-000000000000');
    expect(
      screen.getByText('4 more: type more of the name to narrow the list.'),
    ).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(
      '12 customers match “north”: choose one with ↓ and Enter.',
    );

    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/');
    expect(input).toHaveAccessibleDescription(
      '“north” has no digits, so it is read as a customer’s name: 12 customers match it; choose one with ↓ and Enter.',
    );

    expect(customerList()).toBeVisible();
    await user.keyboard('{Escape}');
    expect(customerList()).not.toBeVisible();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/tenants/00000000-0000-4000-8000-000000000002'),
    );
  });

  it('says when no customer matches, and what the box takes', async () => {
    serveCustomers();
    const { user, router } = renderRoute('/');
    const input = await searchBox();
    await user.type(input, 'zzz');
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        'No customer’s name contains “zzz”. The box takes a phone number, a tenant id or part of a customer’s name.',
      ),
    );
    expect(suggestions()).toEqual([]);
    await user.keyboard('{Enter}');
    expect(input).toHaveAccessibleDescription(
      '“zzz” has no digits, so it is read as a customer’s name, and no customer’s name contains it.',
    );
    expect(router.state.location.pathname).toBe('/');
  });

  it('says in one line when the customer list fails, and numbers still work', async () => {
    mswServer.use(
      http.get(relatedPaths.customers, () =>
        HttpResponse.json({ title: 'Live Platform failed' }, { status: 502 }),
      ),
    );
    const { user, router } = renderRoute('/');
    const input = await searchBox();
    await user.type(input, 'contoso');
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        /^Could not load the customer list: .+\. Numbers and tenant ids still work\.$/,
      ),
    );
    await user.clear(input);
    await user.type(input, '020 7499 6300{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/numbers/+442074996300'));
  });

  it('says what the box takes while it is empty', async () => {
    renderRoute('/');
    expect(await searchBox()).toHaveAccessibleDescription(
      'Paste or type a number (with its country code or as dialled in United Kingdom), a tenant id or part of a customer’s name. Press / on any page to come back here.',
    );
  });
});

describe('home route opened by a tel: link or the address bar', () => {
  it('opens the number of a tel: link, replacing the start page in the history', async () => {
    const { router } = renderRoute(`/?tel=${encodeURIComponent('tel:+44-20-7499-6300;ext=12')}`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/numbers/+442074996300'));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('+44 20 7499 6300');
  });

  it('keeps a tel: link that holds no number in the box, and says what is wrong', async () => {
    const { router } = renderRoute(`/?tel=${encodeURIComponent('tel:+999 1234 5678')}`);
    expect(
      await screen.findByText('This tel: link does not hold a phone number'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/\+999 is not a country code\. Check the digits after the \+\./),
    ).toBeInTheDocument();
    expect(await searchBox()).toHaveValue('+999 1234 5678');
    expect(router.state.location.pathname).toBe('/');
  });

  it('opens a number or a tenant id searched from the address bar', async () => {
    const number = renderRoute('/?q=020+7499+6300');
    await waitFor(() =>
      expect(number.router.state.location.pathname).toBe('/numbers/+442074996300'),
    );
    number.unmount();
    const tenant = renderRoute(`/?q=${vendorTenantId.toUpperCase()}`);
    await waitFor(() =>
      expect(tenant.router.state.location.pathname).toBe(`/tenants/${vendorTenantId}`),
    );
  });

  it('lists the customers for a name searched from the address bar', async () => {
    serveCustomers();
    renderRoute('/?q=contoso');
    expect(await searchBox()).toHaveValue('contoso');
    await waitFor(() => expect(suggestions()).toEqual([expect.stringContaining('Contoso Ltd')]));
  });
});

describe('the offer to open tel: links here', () => {
  const offer = () => screen.queryByRole('region', { name: 'Open tel: links here' });

  it('is made once where the browser can, and remembered when accepted', async () => {
    const registered: unknown[][] = [];
    Object.assign(navigator, {
      registerProtocolHandler: (...args: unknown[]) => registered.push(args),
    });
    try {
      const { user, unmount } = renderRoute('/');
      await searchBox();
      expect(offer()).toHaveTextContent('clicking a phone number in a ticket opens its page');
      await user.click(within(offer()!).getByRole('button', { name: 'Open tel: links here' }));
      expect(registered).toEqual([['tel', `${window.location.origin}/?tel=%s`]]);
      expect(offer()).not.toBeInTheDocument();
      expect(window.localStorage.getItem('oc-lookup:tel-handler')).toBe('"accepted"');
      unmount();
      renderRoute('/');
      await searchBox();
      expect(offer()).not.toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'registerProtocolHandler');
    }
  });

  it('is remembered when dismissed', async () => {
    Object.assign(navigator, { registerProtocolHandler: () => undefined });
    try {
      const { user } = renderRoute('/');
      await searchBox();
      await user.click(within(offer()!).getByRole('button', { name: 'Not now' }));
      expect(offer()).not.toBeInTheDocument();
      expect(window.localStorage.getItem('oc-lookup:tel-handler')).toBe('"dismissed"');
    } finally {
      Reflect.deleteProperty(navigator, 'registerProtocolHandler');
    }
  });

  it('says so when the browser refuses, and is not made where it cannot', async () => {
    Object.assign(navigator, {
      registerProtocolHandler: () => {
        throw new DOMException('insecure', 'SecurityError');
      },
    });
    try {
      const { user } = renderRoute('/');
      await searchBox();
      await user.click(within(offer()!).getByRole('button', { name: 'Open tel: links here' }));
      expect(await screen.findByText(/did not accept OC Lookup for tel: links/)).toBeVisible();
    } finally {
      Reflect.deleteProperty(navigator, 'registerProtocolHandler');
    }
    window.localStorage.clear();
    renderRoute('/');
    await searchBox();
    expect(offer()).not.toBeInTheDocument();
  });
});
