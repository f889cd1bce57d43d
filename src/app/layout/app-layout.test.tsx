import { screen } from '@testing-library/react';
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
});
