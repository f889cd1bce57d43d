import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mswServer } from '../../testing/msw-server.ts';
import { renderRoute } from '../../testing/render-route.tsx';

describe('app header', () => {
  it('shows the demo badge in demo mode, and no user', async () => {
    renderRoute('/');
    expect(await screen.findByText('Demo data')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('shows the Live Platform host and the signed-in user in live mode', async () => {
    mswServer.use(
      http.get('/api/app-config', () =>
        HttpResponse.json({
          mode: 'live',
          liveHost: 'lp.example.net',
          featuredNumbers: [],
          reservedNumbers: [],
        }),
      ),
      http.get('/api/me', () =>
        HttpResponse.json({ name: 'Ada Lovelace', email: 'ada@example.net', roles: [] }),
      ),
    );
    renderRoute('/');
    expect(await screen.findByText('Live · lp.example.net')).toBeInTheDocument();
    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument();
    // A form POST, not a link: the server ends a session for a same-origin POST only.
    const signOut = screen.getByRole('button', { name: 'Sign out' });
    expect(signOut).toHaveAttribute('type', 'submit');
    expect(signOut.closest('form')).toHaveAttribute('method', 'post');
    expect(signOut.closest('form')).toHaveAttribute('action', '/auth/logout');
    expect(screen.queryByRole('link', { name: 'Sign out' })).not.toBeInTheDocument();
    expect(screen.queryByText('Demo data')).not.toBeInTheDocument();
  });

  // Mantine's Tooltip and Menu (with floating-ui) load on first use: nothing of them before.
  it('shows the header buttons’ tooltips when first pointed at', async () => {
    const { user } = renderRoute('/');
    const tips = [
      { target: await screen.findByText('Demo data'), text: /built-in demo sandbox/ },
      { target: screen.getByRole('button', { name: 'Keyboard shortcuts' }), text: /^Keyboard/ },
      { target: screen.getByRole('button', { name: 'Presentation mode' }), text: /shared screen/ },
    ];
    expect(screen.queryByRole('tooltip', { hidden: true })).toBeNull();
    for (const { target, text } of tips) {
      await user.hover(target);
      expect(await screen.findByRole('tooltip', { hidden: true })).toHaveTextContent(text);
      await user.unhover(target);
      await waitFor(() => expect(screen.queryByRole('tooltip', { hidden: true })).toBeNull());
    }
  });

  it('opens the colour scheme menu from the keyboard, as Mantine’s Menu does', async () => {
    const { user } = renderRoute('/');
    const button = await screen.findByRole('button', { name: 'Colour scheme' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu', { hidden: true })).toBeNull();

    button.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: 'Colour scheme', hidden: true });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', menu.id);
    // Focus goes into the menu (Mantine's placeholder), and ↓ to its first item.
    await waitFor(() => expect(menu).toContainElement(document.activeElement as HTMLElement));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Light', hidden: true })).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark'),
    );
    expect(screen.queryByRole('menu', { hidden: true })).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(button).toHaveFocus());

    // Loaded, the same button opens and closes it at once; Escape closes it too.
    await user.click(button);
    expect(screen.getByRole('menuitem', { name: /^Dark/, hidden: true })).toContainElement(
      screen.getByLabelText('selected'),
    );
    await user.click(button);
    expect(screen.queryByRole('menu', { hidden: true })).toBeNull();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu', { hidden: true })).toBeNull();
    await waitFor(() => expect(button).toHaveFocus());
  });
});
