import { expect, test } from '@playwright/test';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import {
  outcomeKind,
  phoneCorpus,
  type PhoneCorpusEntry,
} from '../src/features/numbers/phone-corpus.ts';
import type { PhoneProblem } from '../src/features/numbers/phone.ts';
import {
  errorPanel,
  homeUrl,
  numberUrl,
  searchBox,
  searchForm,
  trackApiRequests,
} from './helpers.ts';

/*
 * A sample of the phone input corpus in the real app: typed into the search box, and opened as
 * deep links. The whole corpus runs in the unit tests (phone.test.ts) and against the API route
 * (server/phone-corpus-route.test.ts); here, a few of each outcome, picked the same way every run.
 */
type Kind = 'e164' | PhoneProblem;

// What the search box says for each problem (it must name every kind the parser can report).
const messages: Record<PhoneProblem, RegExp> = {
  empty: /Enter a phone number/,
  'no-digits': /has no digits/,
  'too-short': /Too short/,
  'too-long': /too long/i,
  'invalid-length': /has that many digits/,
  'unknown-country-code': /not a country code|Start with \+/,
  'not-a-number': /not a phone number|Letters are not read as digits/,
  invalid: /Not a valid number/,
};

// A text box drops line breaks and cannot hold control characters or lone surrogates as typed.
const typeable = phoneCorpus.filter(
  ({ input }) => input.length <= 250 && !/[\p{Cc}\p{Cs}]/u.test(input),
);

/** `count` entries of one outcome, evenly spread over the corpus, the same every run. */
function sample(kind: Kind, count: number): PhoneCorpusEntry[] {
  const entries = typeable.filter(({ expected }) => outcomeKind(expected) === kind);
  const step = entries.length / Math.min(count, entries.length);
  return Array.from({ length: Math.min(count, entries.length) }, (_, index) => {
    const entry = entries[Math.floor(index * step)];
    if (!entry) throw new Error(`No corpus entry ${index} for ${kind}`);
    return entry;
  });
}

const numbers = sample('e164', 9);
const problems = (Object.keys(messages) as PhoneProblem[]).flatMap((kind) => sample(kind, 2));

const label = ({ input, defaultCountry, expected }: PhoneCorpusEntry) =>
  `${JSON.stringify(input).slice(0, 50)} in ${defaultCountry} → ${expected}`;

// One page for up to four inputs of a country picked for national numbers (set before the app
// starts, as the country select leaves it); between numbers the header link goes home, no reload.
// Always, besides the sample: digits of other scripts and letters typed for digits.
const named = ['+٤٤ ٢٠ ٧٤٩٩ ٦٣٠٠', '۰۲۰ ۷۴۹۹ ۶۳۰۰', '+44 2O 7499 63OO'].map((input) => {
  const entry = typeable.find((candidate) => candidate.input === input);
  if (!entry) throw new Error(`${input} is not in the corpus`);
  return entry;
});
const typed = [...numbers, ...problems, ...named];
const pages = [...new Set(typed.map(({ defaultCountry }) => defaultCountry))].flatMap((country) => {
  const entries = typed.filter(({ defaultCountry }) => defaultCountry === country);
  return Array.from({ length: Math.ceil(entries.length / 4) }, (_, index) => ({
    country,
    part: index + 1,
    entries: entries.slice(index * 4, index * 4 + 4),
  }));
});

for (const { country, part, entries } of pages) {
  test(`the search box, with ${country} for national numbers (${part})`, async ({ page }) => {
    await page.addInitScript((code) => {
      window.localStorage.setItem('oc-lookup:default-country', JSON.stringify(code));
    }, country);
    const apiRequests = trackApiRequests(page);
    await page.goto('/');
    const box = searchBox(page);
    const looked: string[] = [];
    for (const entry of entries) {
      await test.step(label(entry), async () => {
        await box.fill(entry.input);
        if (outcomeKind(entry.expected) === 'e164') {
          const phone = parsePhoneNumberFromString(entry.expected);
          const formatted = phone?.formatInternational() ?? entry.expected;
          await expect(searchForm(page).getByText(formatted, { exact: true })).toBeVisible();
          await box.press('Enter');
          await expect(page).toHaveURL(numberUrl(entry.expected));
          looked.push(entry.expected);
          await page.getByRole('banner').getByRole('link', { name: 'OC Lookup' }).click();
          await expect(page).toHaveURL(homeUrl);
          // The address changes before the start page has replaced the number's page (a
          // transition): the next number goes into the start page's box, not the old one.
          await expect(
            page.getByRole('heading', { level: 1, name: 'Look up an Operator Connect number' }),
          ).toBeVisible();
        } else {
          await box.press('Enter');
          await expect(box).toHaveAttribute('aria-invalid', 'true');
          await expect(box).toHaveAccessibleDescription(messages[entry.expected as PhoneProblem]);
          await expect(page).toHaveURL(homeUrl);
        }
      });
    }
    // Only the numbers it opened were asked for; nothing for the inputs it refused.
    const asked = apiRequests.map((url) => decodeURIComponent(url.split('/').at(-1) ?? ''));
    expect(new Set(asked)).toEqual(new Set(looked));
  });
}

// Deep links: the same rule, through the route's loader. No dots or slashes (a dotted last segment
// reads as a file), and only the default country (GB) the loader reads for a fresh browser.
const linkableEntry = ({ input, defaultCountry }: PhoneCorpusEntry) =>
  defaultCountry === 'GB' && input.trim() !== '' && !/[./\\]/.test(input);
const links = [
  ...numbers.filter(linkableEntry).slice(0, 4),
  // One of each problem.
  ...problems
    .filter(linkableEntry)
    .filter((entry, index, all) => all.findIndex((e) => e.expected === entry.expected) === index),
];

for (const [kind, entries] of [
  ['numbers', links.filter(({ expected }) => outcomeKind(expected) === 'e164')],
  ['problems', links.filter(({ expected }) => outcomeKind(expected) !== 'e164')],
] as const) {
  test(`deep links: ${kind}`, async ({ page }) => {
    // A page load per entry (up to a dozen), each starting the app: on busy cores that outlasts
    // the 30 s that fits a test of one page.
    test.slow();
    for (const entry of entries) {
      await test.step(label(entry), async () => {
        await page.goto(`/numbers/${encodeURIComponent(entry.input)}`);
        if (outcomeKind(entry.expected) === 'e164') {
          await expect(page).toHaveURL(numberUrl(entry.expected));
        } else {
          await expect(errorPanel(page, 'This link does not hold a phone number')).toBeVisible();
        }
      });
    }
  });
}
