/*
 * Lighthouse for `npm run bench` (issue 9, decision 028): the default (mobile) preset, performance
 * and accessibility, each run in a Chrome of its own. Pages are run interleaved, round after round,
 * and each figure is the median of its rounds, so a slow spell of the shared machine costs every
 * page about the same instead of one page all of it.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { medianOfEach } from './median.ts';

// Debian's Chromium when it is there (no browser download is possible here); otherwise whatever
// chrome-launcher finds (CHROME_PATH, an installed Chrome).
const chromePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

const metricAudits = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
  mainThreadMs: 'mainthread-work-breakdown',
} as const;
type Metric = keyof typeof metricAudits;
export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  /** Lighthouse's measure of this machine's speed at the time of the run (higher is faster). */
  benchmarkIndex: number;
} & Record<Metric, number>;

/** A run Lighthouse could not measure; NO_NAVSTART (a trace without its navigation) is retried. */
export class LighthouseRunError extends Error {
  readonly noNavstart: boolean;
  constructor(message: string, noNavstart: boolean) {
    super(message);
    this.noNavstart = noNavstart;
  }
}

/** The figures of one run, or a LighthouseRunError naming what is missing and why. */
export function figuresOf(lhr: Result): LighthouseFigures {
  const problems: string[] = [];
  if (lhr.runtimeError) problems.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (category: 'performance' | 'accessibility') => {
    const value = lhr.categories[category]?.score;
    if (typeof value !== 'number') problems.push(`no ${category} score`);
    return Math.round((value ?? NaN) * 100);
  };
  const metric = (id: string) => {
    const audit = lhr.audits[id];
    if (typeof audit?.numericValue !== 'number') {
      problems.push(`${id}: ${audit?.errorMessage ?? 'no value'}`);
    }
    return audit?.numericValue ?? NaN;
  };
  const figures = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    ...(Object.fromEntries(
      Object.entries(metricAudits).map(([key, id]) => [key, metric(id)]),
    ) as Record<Metric, number>),
  };
  if (problems.length > 0) {
    const message = problems.join('; ');
    throw new LighthouseRunError(message, message.includes('NO_NAVSTART'));
  }
  return figures;
}

/** One Lighthouse run of `url` in a fresh Chrome (no cache, no state left by another run). */
async function runOnce(url: string) {
  const chrome = await chromeLauncher.launch({
    chromeFlags: ['--headless=new', '--no-sandbox'],
    ...(chromePath ? { chromePath } : {}),
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new LighthouseRunError('Lighthouse returned no result', false);
    return { figures: figuresOf(result.lhr), version: result.lhr.lighthouseVersion };
  } finally {
    chrome.kill();
  }
}

const noNavstartRetries = 2;

/** A run, retried up to twice when Lighthouse reports NO_NAVSTART; other failures stop the run. */
async function run(url: string, log: (line: string) => void) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await runOnce(url);
    } catch (error) {
      if (!(error instanceof LighthouseRunError && error.noNavstart)) throw error;
      if (attempt >= noNavstartRetries) throw error;
      log(`  NO_NAVSTART on ${url}: run again`);
    }
  }
}

/**
 * Every target run once per round, in the order given, for `rounds` rounds; per target the
 * median of each figure over its rounds (each figure on its own: the runs may differ).
 */
export async function lighthouseMedians<Name extends string>(
  targets: readonly { name: Name; url: string }[],
  rounds: number,
  log: (line: string) => void = console.log,
) {
  const runs = new Map<Name, LighthouseFigures[]>(targets.map(({ name }) => [name, []]));
  let version = '';
  for (let round = 1; round <= rounds; round += 1) {
    for (const { name, url } of targets) {
      const started = performance.now();
      const { figures, version: ran } = await run(url, log);
      version = ran;
      runs.get(name)?.push(figures);
      log(
        `  Lighthouse ${String(round)}/${String(rounds)} ${name}: performance ` +
          `${String(figures.performance)}, main-thread ${figures.mainThreadMs.toFixed(0)} ms ` +
          `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  }
  const byTarget = Object.fromEntries(
    targets.map(({ name }) => {
      const all = runs.get(name) ?? [];
      return [name, { median: medianOfEach(all), runs: all }];
    }),
  ) as Record<Name, { median: LighthouseFigures; runs: LighthouseFigures[] }>;
  return { version, ...byTarget };
}
