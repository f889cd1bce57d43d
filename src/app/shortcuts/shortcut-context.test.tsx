import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ShortcutProvider, usePageTenant, useShortcutState } from './shortcut-context.tsx';

function Page({ onRender }: { onRender: () => void }) {
  onRender();
  usePageTenant(' t-1 ', true);
  return null;
}

function TenantReader() {
  const { pageTenant } = useShortcutState();
  return <p>tenant: {String(pageTenant)}</p>;
}

describe('ShortcutProvider', () => {
  it('gives the page’s tenant to the shortcuts without rendering the page again', () => {
    const onRender = vi.fn();
    render(
      <ShortcutProvider>
        <Page onRender={onRender} />
        <TenantReader />
      </ShortcutProvider>,
    );
    expect(screen.getByText('tenant: t-1')).toBeInTheDocument();
    // Setting its tenant changed the shortcut state, which the page does not read.
    expect(onRender).toHaveBeenCalledTimes(1);
  });
});
