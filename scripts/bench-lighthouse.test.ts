import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { figuresOf, LighthouseRunError } from './bench-lighthouse.ts';

const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'mainthread-work-breakdown',
];

/** The parts of a Lighthouse result the bench reads, every metric at `value` unless overridden. */
function result(overrides: {
  performance?: number | null;
  audits?: Record<string, { numericValue?: number; errorMessage?: string }>;
  runtimeError?: { code: string; message: string };
}): Result {
  return {
    categories: {
      performance: { score: overrides.performance === undefined ? 0.66 : overrides.performance },
      accessibility: { score: 1 },
    },
    audits: {
      ...Object.fromEntries(
        metricIds.map((id, index) => [id, { numericValue: 100 * (index + 1) }]),
      ),
      ...overrides.audits,
    },
    environment: { benchmarkIndex: 812.4 },
    ...(overrides.runtimeError ? { runtimeError: overrides.runtimeError } : {}),
  } as unknown as Result;
}

const failure = (lhr: Result) => {
  try {
    figuresOf(lhr);
  } catch (error) {
    if (error instanceof LighthouseRunError) return error;
    throw error;
  }
  throw new Error('expected the run to be refused');
};

describe('figuresOf', () => {
  it('reads scores as 0–100 and each metric from its own audit', () => {
    expect(figuresOf(result({}))).toEqual({
      performance: 66,
      accessibility: 100,
      benchmarkIndex: 812,
      fcpMs: 100,
      lcpMs: 200,
      tbtMs: 300,
      cls: 400,
      speedIndexMs: 500,
      mainThreadMs: 600,
    });
  });

  it('marks a trace without its navigation start (NO_NAVSTART) to be run again', () => {
    const lhr = result({
      performance: null,
      audits: {
        'first-contentful-paint': {
          errorMessage: 'Something went wrong with recording the trace (NO_NAVSTART)',
        },
      },
    });
    expect(failure(lhr).noNavstart).toBe(true);
    const runtime = result({ runtimeError: { code: 'NO_NAVSTART', message: 'bad trace' } });
    expect(failure(runtime).noNavstart).toBe(true);
  });

  it('refuses a run with a missing figure for another reason, not to be retried', () => {
    const error = failure(
      result({ audits: { 'mainthread-work-breakdown': { errorMessage: 'PROTOCOL_TIMEOUT' } } }),
    );
    expect(error.noNavstart).toBe(false);
    expect(error.message).toContain('mainthread-work-breakdown: PROTOCOL_TIMEOUT');
    expect(failure(result({ performance: null })).message).toContain('no performance score');
  });
});
