import { screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderRoute } from '../../testing/render-route.tsx';

/*
 * A budget by counted work, not by time (issue 9): the page of the vendor's example number, the
 * layout included, once everything it asks for has settled, may hold at most this many DOM
 * elements. It held 468 on 2026-11-29; the margin lets a field or two be added, and a change that
 * makes the view much heavier (a component tree per field, a list rendered in full) fails here.
 * Lower it when the view gets lighter.
 */
const detailElementBudget = 540;

const elementCount = () => document.body.querySelectorAll('*').length;

it('renders the detail view of the vendor example within its DOM budget', async () => {
  renderRoute('/numbers/+442074996300');
  await screen.findByRole('heading', { level: 1, name: '+44 20 7499 6300' });
  // Settled: the same count twice, 100 ms apart (the related reads answer after the record).
  let last = -1;
  await waitFor(async () => {
    const before = elementCount();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const settled = before === elementCount() && before === last;
    last = before;
    expect(settled).toBe(true);
  });
  expect(elementCount()).toBeLessThanOrEqual(detailElementBudget);
  // Not an empty page that would pass any budget: every field is there.
  expect(screen.getByText('Microsoft 365')).toBeVisible();
  expect(elementCount()).toBeGreaterThan(detailElementBudget / 2);
});
