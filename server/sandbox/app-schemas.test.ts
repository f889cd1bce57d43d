import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { callingProfileSchema, findCallingProfile } from '../../src/api/calling-profiles.ts';
import { customerSchema } from '../../src/api/customers.ts';
import { leadSchema } from '../../src/api/leads.ts';
import { numberStatusSchema } from '../../src/api/number-status.ts';
import { tenantNumbersPageSchema } from '../../src/api/tenant-numbers.ts';
import { diagnose } from '../../src/features/numbers/diagnosis/diagnose.ts';
import { matchSbcs } from '../../src/features/numbers/enrichment/sbc-match.ts';
import type { OcNumber } from '../../src/features/numbers/schema.ts';
import { demoTenants, treyResearch } from './demo-tenants.ts';
import { diagnosisShowcase } from './diagnosis-showcase.ts';
import { answerRelated } from './related-answers.ts';
import { findNumber } from './sandbox-numbers.ts';

/*
 * The sandbox feeds the app: its answers parse with the app's own schemas (src/api), and each
 * showcase number makes the app's diagnosis (src/features/numbers/diagnosis) find its rule.
 */

const signal = new AbortController().signal;
const get = async (path: string, query?: Record<string, string>): Promise<unknown> =>
  (await answerRelated({ method: 'GET', path, query }, signal)).json() as Promise<unknown>;
const numberStatus = async (n: OcNumber) =>
  numberStatusSchema.parse(
    await (
      await answerRelated(
        {
          method: 'POST',
          path: '/api/v2/oc/numbers/action/number-status',
          body: { msTenantId: n.tenantId, telephoneNumbers: [n.telephoneNumber] },
        },
        signal,
      )
    ).json(),
  );

describe('the app’s schemas accept the sandbox’s answers', () => {
  it('customers', async () => {
    expect(z.array(customerSchema).safeParse(await get('/api/v3/customer')).success).toBe(true);
  });

  it('calling profiles', async () => {
    const profiles = await get('/api/v2/oc/callingprofile');
    expect(z.array(callingProfileSchema).safeParse(profiles).success).toBe(true);
  });

  it.each(demoTenants.map((t) => [t.customer.fullName, t.tenantId]))(
    'lead of %s',
    async (_, id) => {
      const leads = await get('/api/v2/oc/lead', { msTenantID: id });
      expect(z.array(leadSchema).safeParse(leads).success).toBe(true);
    },
  );

  it('a tenant page', async () => {
    const page = await get('/api/v3/oc/numbers', { msTenantId: treyResearch.tenantId });
    expect(tenantNumbersPageSchema.safeParse(page).success).toBe(true);
  });
});

describe('the app’s diagnosis of the showcase numbers', () => {
  const now = new Date('2026-11-29T12:00:00Z');

  it.each(diagnosisShowcase)('$telephoneNumber: $ruleId', async (entry) => {
    const profiles = z.array(callingProfileSchema).parse(await get('/api/v2/oc/callingprofile'));
    const number = findNumber(entry.telephoneNumber)!;
    const profile = findCallingProfile(profiles, String(number.callingProfileId));
    const body = await numberStatus(number);
    const found = diagnose({
      number,
      profile,
      sbcMatch: profile ? matchSbcs(number.sbcList ?? [], profile) : undefined,
      microsoft: {
        overallResult: body.validationResult,
        item: body.telephoneNumbers[0] ?? null,
        checkedAt: now,
      },
      now,
    }).map((finding) => finding.ruleId);
    if (entry.ruleId === 'no-findings') expect(found).toEqual([]);
    else expect(found).toContain(entry.ruleId);
  });
});
