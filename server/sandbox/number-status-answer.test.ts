import { describe, expect, it } from 'vitest';
import { demoNumbers } from './demo-numbers.ts';
import { microsoftViews } from './microsoft-view.ts';
import { answerRelated } from './related-answers.ts';
import { statusFaults } from './reserved-reads.ts';
import { findNumber } from './sandbox-numbers.ts';

const signal = new AbortController().signal;
type Item = {
  telephoneNumber: string;
  validationResult: string;
  actionRequired: boolean;
  validationDetail: unknown[];
  telphoneNumberDetail: { numberFound: boolean; numberOffering: string; assignmentStatus: string };
};
type StatusBody = {
  validationResult: string;
  telephoneNumbers: Item[];
  errors?: Record<string, string[]>;
  traceId?: string;
};
const check = async (body: unknown) => {
  const res = await answerRelated(
    { method: 'POST', path: '/api/v2/oc/numbers/action/number-status', body },
    signal,
  );
  return { status: res.status, headers: res.headers, body: (await res.json()) as StatusBody };
};
const first = (body: StatusBody) => body.telephoneNumbers[0]!;
const checkNumber = async (telephoneNumber: string) => {
  const record = findNumber(telephoneNumber);
  const { status, body } = await check({
    msTenantId: record?.tenantId,
    telephoneNumbers: [telephoneNumber],
  });
  expect(status).toBe(200);
  return body;
};

describe('POST /api/v2/oc/numbers/action/number-status', () => {
  it('answers the documented shape, with the API’s own spelling telphoneNumberDetail', async () => {
    const body = await checkNumber('+442079461001');
    expect(Object.keys(body).sort()).toEqual(['telephoneNumbers', 'validationResult']);
    const item = body.telephoneNumbers[0]!;
    expect(Object.keys(item).sort()).toEqual(
      [
        'actionRequired',
        'telephoneNumber',
        'telphoneNumberDetail',
        'validationDetail',
        'validationResult',
      ].sort(),
    );
    expect(Object.keys(item.telphoneNumberDetail).sort()).toEqual(
      ['assignmentStatus', 'numberFound', 'numberOffering'].sort(),
    );
  });

  it('found and matching: the record’s assignment, an offering, Success', async () => {
    expect(await checkNumber('+442079461001')).toEqual({
      validationResult: 'Success',
      telephoneNumbers: [
        {
          telephoneNumber: '+442079461001',
          validationResult: 'Success',
          actionRequired: false,
          validationDetail: [],
          telphoneNumberDetail: {
            numberFound: true,
            numberOffering: 'CallingUserAssignment',
            assignmentStatus: 'UserAssigned',
          },
        },
      ],
    });
  });

  it('agrees with every other demo number’s record', async () => {
    const ordinary = demoNumbers.filter(
      (n) => n.tenantId && !Object.hasOwn(microsoftViews, n.telephoneNumber),
    );
    for (const record of ordinary) {
      const item = first(await checkNumber(record.telephoneNumber));
      expect(item.validationResult).toBe('Success');
      expect(item.telphoneNumberDetail.numberFound).toBe(true);
      const stored = record.assignmentStatus;
      expect(item.telphoneNumberDetail.assignmentStatus).toBe(
        typeof stored === 'string' ? stored : '',
      );
    }
  });

  it('found with a different assignment than Live Platform stores', async () => {
    const item = first(await checkNumber('+442079461002'));
    expect(findNumber('+442079461002')?.assignmentStatus).toBe('UserAssigned');
    expect(item.telphoneNumberDetail).toMatchObject({
      numberFound: true,
      assignmentStatus: 'Unassigned',
    });
  });

  it.each(['+61255509876', '+31800022222'])('%s is not found at Microsoft', async (n) => {
    const item = first(await checkNumber(n));
    expect(item.telphoneNumberDetail).toEqual({
      numberFound: false,
      numberOffering: '',
      assignmentStatus: '',
    });
  });

  it('a validation failure: not Success, details, action required', async () => {
    const body = await checkNumber('+14165550123');
    expect(body.validationResult).not.toBe('Success');
    const item = body.telephoneNumbers[0]!;
    expect(item.validationResult).not.toBe('Success');
    expect(item.actionRequired).toBe(true);
    expect(item.validationDetail.length).toBeGreaterThan(0);
  });

  it('does not find a number in another tenant, nor an unknown number', async () => {
    const other = await check({
      msTenantId: 'e8b08f1a-c7f1-4d7f-be40-7c2094c077e7',
      telephoneNumbers: ['+442079461001', '+442079469999'],
    });
    expect(other.body.telephoneNumbers.map((i) => i.telphoneNumberDetail.numberFound)).toEqual([
      false,
      false,
    ]);
  });

  it('finds a generated number of the big tenant', async () => {
    const item = first(await checkNumber('+441174960001'));
    expect(item.telphoneNumberDetail.numberFound).toBe(true);
  });

  it.each([
    [null, ['msTenantId', 'telephoneNumbers']],
    [{ msTenantId: 'x', telephoneNumbers: ['+442079461001'] }, ['msTenantId']],
    [
      { msTenantId: 'e8b08f1a-c7f1-4d7f-be40-7c2094c077e7', telephoneNumbers: [] },
      ['telephoneNumbers'],
    ],
    [
      { msTenantId: 'e8b08f1a-c7f1-4d7f-be40-7c2094c077e7', telephoneNumbers: [1] },
      ['telephoneNumbers'],
    ],
  ])('refuses the body %j with validation problem details', async (body, fields) => {
    const answer = await check(body);
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors ?? {}).sort()).toEqual(fields);
  });

  it.each(statusFaults)(
    '$telephoneNumber: the reserved $fault',
    async ({ telephoneNumber, fault }) => {
      const record = findNumber(telephoneNumber);
      expect(record).toBeDefined();
      const answer = await check({
        msTenantId: record?.tenantId,
        telephoneNumbers: [telephoneNumber],
      });
      const expected = { 'server-error': 500, 'rate-limited': 429, 'validation-error': 400 }[fault];
      expect(answer.status).toBe(expected);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      if (fault === 'rate-limited') expect(answer.headers.get('retry-after')).toBe('2');
      if (fault === 'server-error') expect(answer.body.traceId).toMatch(/^00-/);
    },
  );
});
