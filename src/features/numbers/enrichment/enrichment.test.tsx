import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  callingProfilesAnswer,
  civicAddressId,
  customersAnswer,
  locationId,
  relatedHandlers,
  relatedPaths,
  vendorTenantId,
} from '../../../api/testing/related-answers.ts';
import { mswServer } from '../../../testing/msw-server.ts';
import { makeNumber } from '../../../testing/number-factory.ts';
import { renderRoute } from '../../../testing/render-route.tsx';
import type { OcNumber } from '../schema.ts';

const url = '/numbers/+442074996300';
const region = (name: string) => screen.getByRole('region', { name });
const withNumber = (overrides: Partial<OcNumber>) =>
  http.get('/api/v2/oc/numbers/:phone', () => HttpResponse.json(makeNumber(overrides)));
const open = async (...handlers: Parameters<typeof mswServer.use>) => {
  // The first matching handler answers: the test's own come first.
  mswServer.use(...handlers, ...relatedHandlers);
  const view = renderRoute(url);
  await screen.findByRole('heading', { level: 1, name: '+44 20 7499 6300' });
  return view;
};

/** Opens a number changed by `overrides`; the result says whether `path` has been asked for. */
const openAsking = async (path: string, overrides: Partial<OcNumber>) => {
  let asked = false;
  await open(
    withNumber(overrides),
    http.get(path, () => {
      asked = true;
      return HttpResponse.json([]);
    }),
  );
  return () => asked;
};

describe('customer beside the tenant id', () => {
  it('names the customer, links to the tenant page, and keeps the id copyable', async () => {
    await open();
    const identity = region('Identity and provenance');
    const link = await within(identity).findByRole('link', { name: 'Contoso Ltd' });
    expect(link).toHaveAttribute('href', `/tenants/${vendorTenantId}`);
    expect(within(identity).getByText('(contoso, Enterprise license)')).toBeVisible();
    expect(within(identity).getByRole('button', { name: 'Copy tenant id' })).toBeVisible();
  });

  it('asks for the customer list once for every lookup', async () => {
    let requests = 0;
    const { router } = await open(
      http.get(relatedPaths.customers, () => {
        requests += 1;
        return HttpResponse.json(customersAnswer);
      }),
    );
    await screen.findByRole('link', { name: 'Contoso Ltd' });
    await router.navigate('/numbers/+442079461001');
    await screen.findByRole('heading', { level: 1, name: '+44 20 7946 1001' });
    expect(await screen.findByRole('link', { name: 'Contoso Ltd' })).toBeVisible();
    expect(requests).toBe(1);
  });

  it('is in the first render when the list answers quickly: the page is not drawn twice', async () => {
    await open();
    // The heading has just appeared: the customer's name is already beside the tenant id.
    const identity = region('Identity and provenance');
    expect(within(identity).getByRole('link', { name: 'Contoso Ltd' })).toBeVisible();
  });

  it('is not asked for when the number has no tenant', async () => {
    const asked = await openAsking(relatedPaths.customers, { tenantId: null });
    expect(region('Identity and provenance')).toBeVisible();
    expect(asked()).toBe(false);
  });

  it('says when no customer has the tenant', async () => {
    await open(http.get(relatedPaths.customers, () => HttpResponse.json([customersAnswer[1]])));
    expect(await screen.findByText('No Live Platform customer has this tenant id.')).toBeVisible();
  });

  it('fails in its own place with Retry, the tenant id still shown', async () => {
    await open(http.get(relatedPaths.customers, () => new HttpResponse(null, { status: 403 })));
    const identity = region('Identity and provenance');
    const note = await within(identity).findByRole('alert');
    expect(note).toHaveTextContent('Could not load the customer: this app has no access to it.');
    expect(within(note).getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(within(identity).getByText(vendorTenantId)).toBeVisible();
  });

  it('says why once: an upstream detail that repeats the reason is not added', async () => {
    const failed = (detail: string) =>
      HttpResponse.json({ title: 'Bad gateway', detail }, { status: 502 });
    await open(http.get(relatedPaths.customers, () => failed('Live Platform failed.')));
    const identity = region('Identity and provenance');
    expect(await within(identity).findByRole('alert')).toHaveTextContent(
      /^Could not load the customer: Live Platform failed\.Retry$/,
    );
  });
});

describe('calling profile part', () => {
  it('shows the profile by name with its offer, trunks and matching SBCs', async () => {
    await open();
    const part = region('Calling profile');
    expect(await within(part).findByText('UK Calling – London')).toBeVisible();
    expect(within(part).getByText('Production · EMEA · AudioCodes UK')).toBeVisible();
    expect(within(part).getByText('AudioConferencing')).toBeVisible();
    expect(within(part).getByText('trunk1.sandbox2.audiocodes.be')).toBeVisible();
    expect(within(part).getByText(/SBCs match: every SBC of the number/)).toBeVisible();
    expect(within(part).getByText(/serves this number/)).toBeVisible();
  });

  it('is in the first render when the profiles answer quickly: no loading note that then moves the page', async () => {
    await open();
    // The heading has just appeared: the profile and the diagnosis built on it are already there.
    const part = region('Calling profile');
    expect(within(part).getByText('UK Calling – London')).toBeVisible();
    expect(within(part).queryByRole('status')).toBeNull();
    expect(region('Diagnosis')).not.toHaveTextContent('still loading');
  });

  it('shows a loading line while the record is already readable', async () => {
    await open(
      http.get(relatedPaths.callingProfiles, async () => {
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
    const part = region('Calling profile');
    expect(within(part).getByRole('status')).toHaveTextContent('Loading the calling profile…');
    expect(region('Capabilities')).toBeVisible();
  });

  it('says when the number has none, without asking', async () => {
    const asked = await openAsking(relatedPaths.callingProfiles, { callingProfileId: null });
    expect(within(region('Calling profile')).getByText('No calling profile set')).toBeVisible();
    expect(asked()).toBe(false);
  });

  it('fails in one line with Retry, leaving the record readable, and recovers', async () => {
    let fail = true;
    const { user } = await open(
      http.get(relatedPaths.callingProfiles, () =>
        fail
          ? HttpResponse.json({ title: 'Boom', detail: 'Upstream broke.' }, { status: 500 })
          : HttpResponse.json(callingProfilesAnswer),
      ),
    );
    const part = region('Calling profile');
    const note = await within(part).findByRole('alert');
    expect(note).toHaveTextContent(
      'Could not load the calling profile: Live Platform failed (Upstream broke).',
    );
    expect(region('Identity and provenance')).toBeVisible();
    fail = false;
    await user.click(within(note).getByRole('button', { name: 'Retry' }));
    expect(await within(part).findByText('UK Calling – London')).toBeVisible();
  });

  it('says when it shows a stale copy because Live Platform fails', async () => {
    await open(
      http.get(relatedPaths.callingProfiles, () =>
        HttpResponse.json(callingProfilesAnswer, {
          headers: { age: '600', 'x-oc-lookup-stale': 'Live Platform answered 503' },
        }),
      ),
    );
    expect(
      await within(region('Calling profile')).findByText(
        'Shown from 10 min ago; Live Platform is failing (Live Platform answered 503).',
      ),
    ).toBeVisible();
  });

  it('flags and explains an SBC of the number that no trunk matches', async () => {
    await open(
      withNumber({
        sbcList: [
          { sbcId: 8, sbcName: 'oc1.sandbox2.audiocodes.be [20.102.51.206]' },
          { sbcId: 99, sbcName: 'rogue.example.net [10.0.0.9]' },
        ],
      }),
    );
    const part = region('Calling profile');
    expect(await within(part).findByText('SBCs do not match')).toBeVisible();
    expect(
      within(part).getByText(
        /rogue\.example\.net \[10\.0\.0\.9\] \(id 99\) serves this number but matches no trunk/,
      ),
    ).toBeVisible();
  });

  it('lists thousands of trunks and SBCs in bounded time: the first of each, then all on demand', async () => {
    const [vendorProfile] = callingProfilesAnswer;
    const sbcsOf = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        sbcId: index === 0 ? 8 : 1000 + index,
        fqdn: `sbc${String(index)}.example.net`,
      }));
    const trunksEnrolled = Array.from({ length: 3000 }, (_, index) => ({
      trunkFqdn: `trunk${String(index)}.example.net`,
      trunkId: `T-${String(index)}`,
      matchingSbcList: sbcsOf(index === 0 ? 20_000 : 2),
    }));
    await open(
      http.get(relatedPaths.callingProfiles, () =>
        HttpResponse.json([{ ...vendorProfile, trunksEnrolled }]),
      ),
    );
    const part = region('Calling profile');
    expect(await within(part).findByText('Trunks (3,000)')).toBeVisible();
    expect(within(part).getByText('The first 50 of 3,000')).toBeVisible();
    expect(within(part).getByText('The first 50 of 20,000')).toBeVisible();
    expect(within(part).getByText('trunk49.example.net')).toBeVisible();
    expect(within(part).queryByText('trunk50.example.net')).toBeNull();
    expect(within(part).getByRole('button', { name: 'Show all 3,000 trunks' })).toBeVisible();
    expect(
      within(part).getByRole('button', { name: 'Show all 20,000 SBCs of this trunk' }),
    ).toBeVisible();
    // 50 trunks: the first with 50 of its SBCs, 49 with their 2.
    expect(within(part).getAllByText(/^trunk\d+\.example\.net$/)).toHaveLength(50);
    expect(within(part).getAllByText(/· id \d+ ·/)).toHaveLength(50 + 49 * 2);
    // Each trunk's first SBC is the number's SBC 8.
    expect(within(part).getAllByText(/· serves this number$/)).toHaveLength(50);
  });
});

describe('emergency address part', () => {
  it('resolves the address and location through the lead, laid out for the country', async () => {
    await open(withNumber({ civicAddressId, locationId }));
    const part = region('Emergency address');
    expect(await within(part).findByText('10 Downing Street')).toBeVisible();
    for (const line of [
      'London',
      'SW1A 2AA',
      'United Kingdom',
      'Floor 2, reception',
      'ELIN-0202',
    ]) {
      expect(within(part).getByText(line)).toBeVisible();
    }
    expect(within(part).getByText('Yes: the address’s default location')).toBeVisible();
  });

  it('says none is set, without asking for the lead', async () => {
    let asked = false;
    await open(
      http.get(relatedPaths.leads, () => {
        asked = true;
        return HttpResponse.json([]);
      }),
    );
    expect(within(region('Emergency address')).getByText('No emergency address set')).toBeVisible();
    expect(asked).toBe(false);
  });

  it('says when the lead holds no such address', async () => {
    await open(withNumber({ civicAddressId: 'missing-address' }));
    expect(
      await within(region('Emergency address')).findByText(
        /holds no civic address missing-address/,
      ),
    ).toBeVisible();
  });

  it('fails in one line with Retry', async () => {
    await open(
      withNumber({ civicAddressId, locationId }),
      http.get(relatedPaths.leads, () => HttpResponse.error()),
    );
    const note = await within(region('Emergency address')).findByRole('alert');
    expect(note).toHaveTextContent(
      'Could not load the emergency address: the server could not be reached.',
    );
    expect(within(note).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});
