import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { vendorTenantId } from '../../api/testing/related-answers.ts';
import { mswServer } from '../../testing/msw-server.ts';
import { makeNumber } from '../../testing/number-factory.ts';
import { renderRoute } from '../../testing/render-route.tsx';

const numberPage = '/numbers/+442074996300';

/** Renders a page and waits for it; the search box has focus, as on every page. */
async function openPage(url: string) {
  const view = renderRoute(url);
  await waitFor(() => expect(document.activeElement?.tagName).toBe('INPUT'));
  return view;
}

const shortcutStatus = () => screen.getByRole('status', { name: 'Shortcut' });

describe('keyboard shortcuts', () => {
  it('t opens the tenant of the number on screen, once Escape has left the search box', async () => {
    const { user, router } = await openPage(numberPage);
    await screen.findByRole('heading', { level: 1, name: '+44 20 7499 6300' });
    const box = document.activeElement;
    await user.keyboard('{Escape}');
    expect(box).not.toHaveFocus();
    await user.keyboard('t');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/tenants/${vendorTenantId}`));
  });

  it('t says why it goes nowhere: no number on the page, or a number with no tenant', async () => {
    mswServer.use(
      http.get('/api/v2/oc/numbers/:phone', () =>
        HttpResponse.json(makeNumber({ telephoneNumber: '+442074996300', tenantId: null })),
      ),
    );
    const { user, router } = await openPage(numberPage);
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('{Escape}t');
    expect(shortcutStatus()).toHaveTextContent('This number has no tenant.');
    expect(router.state.location.pathname).toBe(numberPage);

    await user.click(screen.getByRole('link', { name: 'OC Lookup' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    await user.keyboard('{Escape}t');
    expect(shortcutStatus()).toHaveTextContent('open a number’s page first');
  });

  it('b opens the batch page', async () => {
    const { user, router } = await openPage('/');
    await user.keyboard('{Escape}b');
    await waitFor(() => expect(router.state.location.pathname).toBe('/batch'));
  });

  it('keys are text while typing, and are left alone with Ctrl, Cmd or Alt', async () => {
    const { user, router } = await openPage('/');
    await user.keyboard('bt?c');
    expect(document.activeElement).toHaveValue('bt?c');
    await user.keyboard('{Escape}{Control>}b{/Control}{Alt>}t{/Alt}{Meta>}c{/Meta}');
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(shortcutStatus()).toHaveTextContent('');
  });

  it('/ comes back to the search box', async () => {
    const { user } = await openPage('/');
    const box = document.activeElement;
    await user.keyboard('{Escape}');
    expect(box).not.toHaveFocus();
    await user.keyboard('/');
    expect(box).toHaveFocus();
  });

  it('? lists every shortcut in a dialog, whose keys are its own', async () => {
    const { user, router } = await openPage('/');
    await user.keyboard('{Escape}?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const key of ['/', 'b', 't', 'c', '?']) {
      expect(within(dialog).getByText(key, { selector: 'kbd' })).toBeInTheDocument();
    }
    expect(dialog).toHaveTextContent('The tenant page of the number on screen');
    await user.keyboard('b');
    expect(router.state.location.pathname).toBe('/');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('the header’s keyboard button opens the same dialog', async () => {
    const { user } = await openPage('/');
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('c copies the link to the page and says so', async () => {
    const { user } = await openPage(numberPage);
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('{Escape}c');
    await waitFor(() => expect(shortcutStatus()).toHaveTextContent('Link copied'));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}${numberPage}`);
  });

  it('c copies no tenant id in presentation mode', async () => {
    window.localStorage.setItem('oc-lookup:presentation-mode', 'true');
    const { user } = renderRoute(`/tenants/${vendorTenantId}`);
    await screen.findByRole('heading', { level: 1 });
    await navigator.clipboard.writeText('before');
    await user.keyboard('c');
    expect(shortcutStatus()).toHaveTextContent('this page’s link holds an id');
    expect(await navigator.clipboard.readText()).toBe('before');
  });
});
