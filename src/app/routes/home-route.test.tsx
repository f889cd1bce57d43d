import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mswServer } from '../../testing/msw-server.ts';
import { renderRoute } from '../../testing/render-route.tsx';

const countryPicker = () => screen.getByRole('combobox', { name: 'Country for national numbers' });

describe('home route', () => {
  it('focuses the search box and opens a typed national number', async () => {
    const { user, router } = renderRoute('/');
    const input = await screen.findByRole('textbox', { name: 'Phone number' });
    expect(input).toHaveFocus();
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
    const input = await screen.findByRole('textbox', { name: 'Phone number' });
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
    await screen.findByRole('textbox', { name: 'Phone number' });
    await user.click(countryPicker());
    await user.clear(countryPicker());
    await user.type(countryPicker(), 'Germany');
    // jsdom cannot lay out the dropdown, so its options count as hidden there.
    await user.click(await screen.findByRole('option', { name: 'Germany (+49)', hidden: true }));
    expect(window.localStorage.getItem('oc-lookup:default-country')).toBe('"DE"');
    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '030 901820{Enter}');
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
    await screen.findByRole('textbox', { name: 'Phone number' });
    expect(countryPicker()).toHaveValue('United Kingdom (+44)');
    expect(
      screen.getByText('Numbers you look up appear here, in this browser only.'),
    ).toBeVisible();
  });

  it('shows a not-found page for unknown paths', async () => {
    renderRoute('/no/such/page');
    expect(await screen.findByText('Page not found')).toBeVisible();
  });
});
