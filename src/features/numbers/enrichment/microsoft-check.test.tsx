import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  numberStatusAnswer,
  relatedHandlers,
  relatedPaths,
  vendorTenantId,
} from '../../../api/testing/related-answers.ts';
import { mswServer } from '../../../testing/msw-server.ts';
import { makeNumber } from '../../../testing/number-factory.ts';
import { renderRoute } from '../../../testing/render-route.tsx';
import type { OcNumber } from '../schema.ts';

const e164 = '+442074996300';
const region = (name: string) => screen.getByRole('region', { name });
const open = async (record: Partial<OcNumber>, ...handlers: Parameters<typeof mswServer.use>) => {
  mswServer.use(
    ...handlers,
    http.get('/api/v2/oc/numbers/:phone', () => HttpResponse.json(makeNumber(record))),
    ...relatedHandlers,
  );
  const view = renderRoute(`/numbers/${e164}`);
  await screen.findByRole('heading', { level: 1, name: '+44 20 7499 6300' });
  return view;
};
const statusAnswer = (...args: Parameters<typeof numberStatusAnswer>) => {
  const bodies: unknown[] = [];
  const handler = http.post(relatedPaths.numberStatus, async ({ request }) => {
    bodies.push(await request.json());
    return HttpResponse.json(numberStatusAnswer(...args));
  });
  return { handler, bodies };
};

describe('Check with Microsoft', () => {
  it('asks only when pressed, then shows the answer beside the record with each disagreement in words', async () => {
    const microsoft = statusAnswer(e164, {
      numberFound: true,
      numberOffering: 'Calling',
      assignmentStatus: 'UserAssigned',
    });
    const { user } = await open(
      { assignmentStatus: 'Unassigned', acquiredNumberStatus: 0 },
      microsoft.handler,
    );
    const part = region('Check with Microsoft');
    expect(microsoft.bodies).toEqual([]);
    await user.click(within(part).getByRole('button', { name: 'Check with Microsoft' }));
    const answer = await within(part).findByRole('group', { name: "Microsoft's answer" });
    expect(microsoft.bodies).toEqual([{ msTenantId: vendorTenantId, telephoneNumbers: [e164] }]);
    expect(within(answer).getByText(/^Checked at/)).toHaveTextContent('1 disagreement.');
    expect(within(answer).getByText('Disagrees')).toBeVisible();
    expect(
      within(answer).getByText(
        "Teams says User (UserAssigned), Live Platform stores Unassigned: Live Platform's record is out of date until its next assignment check.",
      ),
    ).toBeVisible();
    expect(within(answer).getByText('Offering (Microsoft):').parentElement).toHaveTextContent(
      'Offering (Microsoft): Calling',
    );
    // The diagnosis now knows what Microsoft said.
    const diagnosis = region('Diagnosis');
    expect(
      within(diagnosis).getByText(/Teams and Live Platform disagree about the assignment/),
    ).toBeVisible();
    expect(within(diagnosis).queryByText(/Ready to assign/)).not.toBeInTheDocument();
  });

  it('shows a number Microsoft does not know and the validation details', async () => {
    const microsoft = statusAnswer(
      e164,
      { numberFound: false, numberOffering: '', assignmentStatus: '' },
      { result: 'Failure', details: ['The number is not in the tenant'] },
    );
    const { user } = await open({}, microsoft.handler);
    const part = region('Check with Microsoft');
    await user.click(within(part).getByRole('button', { name: 'Check with Microsoft' }));
    const answer = await within(part).findByRole('group', { name: "Microsoft's answer" });
    expect(within(answer).getByText(/^Checked at/)).toHaveTextContent('2 disagreements.');
    expect(within(answer).getByText(/Microsoft does not know this number/)).toBeVisible();
    expect(within(answer).getByText('The number is not in the tenant')).toBeVisible();
    expect(
      within(region('Diagnosis')).getByText(/Microsoft does not know this number/),
    ).toBeVisible();
  });

  it('shows the per-user limit inline with the wait, and Retry only after it', async () => {
    const { user } = await open(
      {},
      http.post(relatedPaths.numberStatus, () =>
        HttpResponse.json(
          { title: 'Too many checks', status: 429, detail: 'At most 5 checks a minute per user.' },
          { status: 429, headers: { 'retry-after': '30' } },
        ),
      ),
    );
    const part = region('Check with Microsoft');
    await user.click(within(part).getByRole('button', { name: 'Check with Microsoft' }));
    const note = await within(part).findByRole('alert');
    expect(note).toHaveTextContent(
      'The check with Microsoft failed: too many requests (At most 5 checks a minute per user). You can retry in 30 s.',
    );
    expect(within(note).getByRole('button', { name: 'Retry' })).toBeDisabled();
    expect(region('Identity and provenance')).toBeVisible();
  });

  it('shows a failed check inline with Retry, which asks again', async () => {
    let calls = 0;
    const { user } = await open(
      {},
      http.post(relatedPaths.numberStatus, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ title: 'Bad gateway' }, { status: 502 })
          : HttpResponse.json(
              numberStatusAnswer(e164, {
                numberFound: true,
                numberOffering: 'Calling',
                assignmentStatus: '',
              }),
            );
      }),
    );
    const part = region('Check with Microsoft');
    await user.click(within(part).getByRole('button', { name: 'Check with Microsoft' }));
    const note = await within(part).findByRole('alert');
    await user.click(within(note).getByRole('button', { name: 'Retry' }));
    expect(await within(part).findByText(/Microsoft agrees with Live Platform\./)).toBeVisible();
    expect(calls).toBe(2);
  });

  it('cannot ask without a tenant id, and says why', async () => {
    await open({ tenantId: null });
    const part = region('Check with Microsoft');
    expect(within(part).getByRole('button', { name: 'Check with Microsoft' })).toBeDisabled();
    expect(
      within(part).getByText('The record has no tenant id, so Microsoft cannot be asked.'),
    ).toBeVisible();
  });
});

describe('diagnosis at the top', () => {
  it("says nothing looks wrong on the vendor's example, and what it was derived from", async () => {
    await open({});
    const diagnosis = region('Diagnosis');
    expect(within(diagnosis).getByText('Nothing looks wrong.')).toBeVisible();
    expect(
      await within(diagnosis).findByText(/From the record, its calling profile\./),
    ).toBeVisible();
  });

  it('says the state and the next step, naming the fields it read', async () => {
    await open({
      acquiredCapabilities: ['Office365'],
      availableCapabilities: ['Office365', 'UserAssignment'],
    });
    const diagnosis = region('Diagnosis');
    const finding = within(diagnosis).getByRole('listitem');
    expect(finding).toHaveTextContent(
      'Problem: Cannot be assigned to users: UserAssignment is not acquired, although the calling profile offers it.',
    );
    expect(finding).toHaveTextContent(/Next step: Acquire the UserAssignment capability/);
    expect(within(finding).getByText('acquiredCapabilities')).toBeVisible();
    expect(within(finding).getByText('availableCapabilities')).toBeVisible();
  });

  it('adds the SBC check once the calling profile is loaded', async () => {
    await open({ sbcList: [{ sbcId: 77, sbcName: 'other.example.net [10.1.1.1]' }] });
    expect(
      await within(region('Diagnosis')).findByText(
        /The number's SBCs and its calling profile's trunks do not match/,
      ),
    ).toBeVisible();
  });
});
