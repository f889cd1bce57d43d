import type { CountryCode } from 'libphonenumber-js/min';
import type { PhoneProblem } from './phone.ts';

/*
 * What people type, paste and send, with the outcome each must have: the canonical E.164 number,
 * or the kind of problem reported. Data only, for tests: the phone module's unit and property
 * tests, the server's API route and the e2e search box and deep links. Production code never
 * imports it. The expectations are written by hand, not recorded from the parser.
 *
 * Decisions the table pins down:
 * - Letters are never read as digits: vanity numbers (1-800-FLOWERS) and an O typed for a 0 are
 *   refused with a message saying so, because a guessed digit looks up someone else's number.
 * - Punctuation, a leading minus, repeated leading pluses, signs that look like a plus and
 *   percent-encoding copied from a URL are forgiven: the digits and the country decide.
 * - Digits of every script count (Arabic-Indic, Persian, Devanagari, full-width…).
 * - A valid number inside other text is found (the text around it may be anything, even a script
 *   tag); an input longer than 200 characters is refused whatever it holds.
 */

export type PhoneCorpusExpected = `+${string}` | PhoneProblem;

export type PhoneCorpusEntry = {
  readonly group: string;
  readonly input: string;
  readonly defaultCountry: CountryCode;
  readonly expected: PhoneCorpusExpected;
};

type Row = readonly [input: string, expected: PhoneCorpusExpected, defaultCountry?: CountryCode];

const group = (name: string, defaultCountry: CountryCode, rows: readonly Row[]) =>
  rows.map(([input, expected, country]): PhoneCorpusEntry => ({
    group: name,
    input,
    defaultCountry: country ?? defaultCountry,
    expected,
  }));

// Fixed line, mobile and toll-free of each country, international and as dialled at home.
const countries = [
  ...group('United Kingdom', 'GB', [
    ['+44 20 7499 6300', '+442074996300'],
    ['020 7499 6300', '+442074996300'],
    ['07911 123456', '+447911123456'],
    ['+44 7911 123456', '+447911123456'],
    ['0800 123 4567', '+448001234567'],
    ['0808 157 0123', '+448081570123'],
    ['0113 496 0123', '+441134960123'],
    ['0121 496 0789', '+441214960789'],
  ]),
  ...group('United States', 'US', [
    ['+1 202 555 0143', '+12025550143'],
    ['(202) 555-0143', '+12025550143'],
    ['202-555-0143', '+12025550143'],
    ['202.555.0143', '+12025550143'],
    ['1-202-555-0143', '+12025550143'],
    ['1 (212) 555-0187', '+12125550187'],
    ['1-800-356-9377', '+18003569377'],
    ['(800) 555-0199', '+18005550199'],
    ['+1 415 555 0132', '+14155550132'],
  ]),
  ...group('Canada', 'CA', [
    ['+1 416 555 0123', '+14165550123'],
    ['(604) 555-0178', '+16045550178'],
    ['1-514-555-0166', '+15145550166'],
  ]),
  ...group('Germany', 'DE', [
    ['+49 30 901820', '+4930901820'],
    ['030 901820', '+4930901820'],
    ['030/90 18 20', '+4930901820'],
    ['+49 1512 3456789', '+4915123456789'],
    ['01512 3456789', '+4915123456789'],
    ['0800 1234567', '+498001234567'],
  ]),
  ...group('France', 'FR', [
    ['+33 1 23 45 67 89', '+33123456789'],
    ['01 23 45 67 89', '+33123456789'],
    ['06 12 34 56 78', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['0800 12 34 56', '+33800123456'],
  ]),
  ...group('Netherlands', 'NL', [
    ['+31 10 428 3961', '+31104283961'],
    ['010 428 3961', '+31104283961'],
    ['06 12345678', '+31612345678'],
    ['0800 1234', '+318001234'],
  ]),
  ...group('Belgium', 'BE', [
    ['+32 2 123 45 67', '+3221234567'],
    ['02 123 45 67', '+3221234567'],
    ['0470 12 34 56', '+32470123456'],
    ['0800 12 345', '+3280012345'],
  ]),
  ...group('Ireland', 'IE', [
    ['+353 1 234 5678', '+35312345678'],
    ['01 234 5678', '+35312345678'],
    ['085 012 3456', '+353850123456'],
    ['1800 123 456', '+3531800123456'],
  ]),
  ...group('Spain', 'ES', [
    ['+34 912 34 56 78', '+34912345678'],
    ['912 34 56 78', '+34912345678'],
    ['612 34 56 78', '+34612345678'],
    ['900 123 456', '+34900123456'],
  ]),
  ...group('Italy', 'IT', [
    // Italy keeps the leading 0 of fixed numbers after the country code.
    ['+39 06 1234 5678', '+390612345678'],
    ['06 1234 5678', '+390612345678'],
    ['312 345 6789', '+393123456789'],
    ['800 123456', '+39800123456'],
  ]),
  ...group('Portugal', 'PT', [
    ['+351 21 234 5678', '+351212345678'],
    ['21 234 5678', '+351212345678'],
    ['912 345 678', '+351912345678'],
    ['800 123 456', '+351800123456'],
  ]),
  ...group('Switzerland', 'CH', [
    ['+41 44 668 18 00', '+41446681800'],
    ['044 668 18 00', '+41446681800'],
    ['078 123 45 67', '+41781234567'],
    ['0800 123 456', '+41800123456'],
  ]),
  ...group('Austria', 'AT', [
    ['+43 1 234567890', '+431234567890'],
    ['01 234567890', '+431234567890'],
    ['0664 123456', '+43664123456'],
    ['0800 123456', '+43800123456'],
    // The longest E.164 number there is: 15 digits (Vienna, with an extension).
    ['+43 1 234567890123', '+431234567890123'],
  ]),
  ...group('Sweden', 'SE', [
    ['+46 8 123 456 78', '+46812345678'],
    ['08-123 456 78', '+46812345678'],
    ['070-123 45 67', '+46701234567'],
    ['020-123 456', '+4620123456'],
  ]),
  ...group('Norway', 'NO', [
    ['+47 21 23 45 67', '+4721234567'],
    ['21 23 45 67', '+4721234567'],
    ['406 12 345', '+4740612345'],
    ['800 12 345', '+4780012345'],
  ]),
  ...group('Denmark', 'DK', [
    ['+45 32 12 34 56', '+4532123456'],
    ['32 12 34 56', '+4532123456'],
    ['20 12 34 56', '+4520123456'],
    ['80 12 34 56', '+4580123456'],
  ]),
  ...group('Finland', 'FI', [
    ['+358 9 1234567', '+35891234567'],
    ['09 1234567', '+35891234567'],
    ['041 2345678', '+358412345678'],
  ]),
  ...group('Poland', 'PL', [
    ['+48 12 345 67 89', '+48123456789'],
    ['12 345 67 89', '+48123456789'],
    ['512 345 678', '+48512345678'],
    ['800 123 456', '+48800123456'],
  ]),
  ...group('Czechia', 'CZ', [
    ['+420 212 345 678', '+420212345678'],
    ['212 345 678', '+420212345678'],
    ['601 123 456', '+420601123456'],
    ['800 123 456', '+420800123456'],
  ]),
  ...group('Australia', 'AU', [
    ['+61 2 1234 5678', '+61212345678'],
    ['(02) 1234 5678', '+61212345678'],
    ['0491 570 156', '+61491570156'],
    ['+61 491 570 156', '+61491570156'],
    ['1800 123 456', '+611800123456'],
  ]),
  ...group('New Zealand', 'NZ', [
    ['+64 3 234 5678', '+6432345678'],
    ['03-234 5678', '+6432345678'],
    ['021 123 4567', '+64211234567'],
    ['0800 123 456', '+64800123456'],
  ]),
  ...group('Japan', 'JP', [
    ['+81 3-1234-5678', '+81312345678'],
    ['03-1234-5678', '+81312345678'],
    ['090-1234-5678', '+819012345678'],
    ['0120-123-456', '+81120123456'],
  ]),
  ...group('India', 'IN', [
    ['+91 11 2345 6789', '+911123456789'],
    ['011 2345 6789', '+911123456789'],
    ['98765 43210', '+919876543210'],
    ['+91 98765 43210', '+919876543210'],
    ['1800 123 4567', '+9118001234567'],
  ]),
  ...group('Brazil', 'BR', [
    ['+55 11 2345-6789', '+551123456789'],
    ['(11) 2345-6789', '+551123456789'],
    ['(11) 91234-5678', '+5511912345678'],
    ['0800 123 4567', '+558001234567'],
  ]),
  ...group('Mexico', 'MX', [
    ['+52 55 1234 5678', '+525512345678'],
    ['55 1234 5678', '+525512345678'],
    ['800 123 4567', '+528001234567'],
  ]),
  ...group('South Africa', 'ZA', [
    ['+27 21 123 4567', '+27211234567'],
    ['021 123 4567', '+27211234567'],
    ['071 123 4567', '+27711234567'],
    ['0800 123 456', '+27800123456'],
  ]),
  ...group('Singapore', 'SG', [
    ['+65 6123 4567', '+6561234567'],
    ['6123 4567', '+6561234567'],
    ['8123 4567', '+6581234567'],
    ['1800 123 4567', '+6518001234567'],
  ]),
  ...group('Hong Kong', 'HK', [
    ['+852 2123 4567', '+85221234567'],
    ['2123 4567', '+85221234567'],
    ['5123 4567', '+85251234567'],
    ['800 123 456', '+852800123456'],
  ]),
  ...group('United Arab Emirates', 'AE', [
    ['+971 2 234 5678', '+97122345678'],
    ['02 234 5678', '+97122345678'],
    ['050 123 4567', '+971501234567'],
  ]),
  ...group('Saudi Arabia', 'SA', [
    ['+966 11 234 5678', '+966112345678'],
    ['011 234 5678', '+966112345678'],
    ['051 234 5678', '+966512345678'],
  ]),
  ...group('Israel', 'IL', [
    ['+972 2-123-4567', '+97221234567'],
    ['02-123-4567', '+97221234567'],
    ['050-234-5678', '+972502345678'],
    ['1-800-123-456', '+9721800123456'],
  ]),
  ...group('Russia', 'RU', [
    ['+7 495 123-45-67', '+74951234567'],
    ['8 (495) 123-45-67', '+74951234567'],
    ['8 912 345-67-89', '+79123456789'],
    ['8 800 123-45-67', '+78001234567'],
  ]),
  ...group('Argentina', 'AR', [
    ['+54 11 1234-5678', '+541112345678'],
    ['011 1234-5678', '+541112345678'],
    // A mobile as dialled at home (15) becomes +54 9 … internationally.
    ['011 15-1234-5678', '+5491112345678'],
    ['+54 9 11 1234-5678', '+5491112345678'],
  ]),
  ...group('China', 'CN', [
    ['+86 10 1234 5678', '+861012345678'],
    ['010 1234 5678', '+861012345678'],
    ['131 2345 6789', '+8613123456789'],
  ]),
  ...group('South Korea', 'KR', [
    ['+82 2-123-4567', '+8221234567'],
    ['02-123-4567', '+8221234567'],
    ['010-1234-5678', '+821012345678'],
  ]),
  ...group('Turkey', 'TR', [
    ['+90 212 345 67 89', '+902123456789'],
    ['0212 345 67 89', '+902123456789'],
    ['0501 234 56 78', '+905012345678'],
  ]),
  ...group('Iraq', 'IQ', [
    ['+964 790 123 4567', '+9647901234567'],
    ['0790 123 4567', '+9647901234567'],
  ]),
  ...group('Egypt', 'EG', [
    ['+20 2 22345678', '+20222345678'],
    ['010 01234567', '+201001234567'],
  ]),
  ...group('Nigeria', 'NG', [['0802 123 4567', '+2348021234567']]),
  ...group('International services', 'GB', [
    ['+800 1234 5678', '+80012345678'],
    ['00800 1234 5678', '+80012345678'],
  ]),
];

const vendor = '+442074996300';

// Canonical E.164, as the app sends it to the server.
const canonical = group('Canonical E.164', 'GB', [
  ['+448081570123', '+448081570123'],
  ['+12025550143', '+12025550143'],
  ['+4930901820', '+4930901820'],
  ['+390612345678', '+390612345678'],
  ['+5491112345678', '+5491112345678'],
  ['+61491570156', '+61491570156'],
  ['+819012345678', '+819012345678'],
  ['+80012345678', '+80012345678'],
  ['+431234567890123', '+431234567890123'],
  ['+3531800123456', '+3531800123456'],
  // The shape of E.164 alone is not enough: these once reached Live Platform.
  ['+11', 'too-short'],
  ['+12', 'too-short'],
  ['+111111111111111', 'too-long'],
  ['+99999999999999', 'unknown-country-code'],
  ['+123456789012345', 'too-long'],
  ['+15550100999', 'invalid'],
  ['+4402074996300', vendor],
]);

// The vendor's example in every dressing support staff have pasted it in.
const punctuation = group('Punctuation and layout', 'GB', [
  ['+442074996300', vendor],
  ['02074996300', vendor],
  ['+44-20-7499-6300', vendor],
  ['+44.20.7499.6300', vendor],
  ['020.7499.6300', vendor],
  ['+44 (0)20 7499 6300', vendor],
  ['+44 (0) 20 7499 6300', vendor],
  ['+44(0)2074996300', vendor],
  ['(020) 7499 6300', vendor],
  ['(020)-7499-6300', vendor],
  ['[020] 7499 6300', vendor],
  ['020/7499/6300', vendor],
  ['+44 207 499 6300', vendor],
  ['+4420 7499 6300', vendor],
  ['+ 44 20 7499 6300', vendor],
  ['+44   20   7499   6300', vendor],
  ['  +44 20 7499 6300  ', vendor],
  ['"+442074996300",', vendor],
  ["'+442074996300'", vendor],
  ['<+442074996300>', vendor],
  ['+44 20 7499 6300.', vendor],
  ['-442074996300', vendor],
  ['-02074996300', vendor],
  ['--020 7499 6300', vendor],
  ['+44 – 20 – 7499 – 6300', vendor],
  ['+44—20—7499—6300', vendor],
  ['+44_20_7499_6300', 'not-a-number'],
  ['+44 20 7499 6300 ext. 12', vendor],
  ['+44 20 7499 6300 x12', vendor],
  ['+44 20 7499 6300#12', vendor],
  ['+1 (202) 555-0143 x123', '+12025550143'],
]);

// Where a national number is read depends on the country picked for national numbers.
const defaults = group('National numbers and the default country', 'GB', [
  ['0207 499 6300', vendor, 'GB'],
  ['020 7499 6300', '+492074996300', 'DE'],
  ['020 7499 6300', 'invalid', 'NL'],
  ['2025550143', '+12025550143', 'US'],
  ['2025550143', '+12025550143', 'CA'],
  ['2025550143', 'invalid', 'GB'],
  ['07911123456', '+447911123456', 'GB'],
  ['07911 123456', 'too-long', 'US'],
  ['0123456789', '+33123456789', 'FR'],
  ['01 23 45 67 89', 'invalid', 'GB'],
  ['0491570156', '+61491570156', 'AU'],
  ['+44 20 7499 6300', vendor, 'US'],
  ['+44 20 7499 6300', vendor, 'JP'],
  ['442074996300', vendor, 'GB'],
  ['12025550143', '+12025550143', 'US'],
  // International numbers do not depend on it.
  ['+1 (202) 555-0143', '+12025550143', 'GB'],
  ['+49 30 901820', '+4930901820', 'GB'],
  ['+49 30 900 0012', '+49309000012', 'GB'],
  ['+33 1 23 45 67 89', '+33123456789', 'GB'],
  ['+33 1 23 00 45 67', '+33123004567', 'GB'],
  ['01 23 00 45 67', '+33123004567', 'FR'],
  ['+61 491 570 156', '+61491570156', 'GB'],
  ['+41 44 668 00 12', '+41446680012', 'GB'],
  ['0049 30 900 0012', '+49309000012', 'DE'],
]);

const prefixes = group('International prefixes', 'GB', [
  ['0044 20 7499 6300', vendor],
  ['00442074996300', vendor],
  ['00 44 20 7499 6300', vendor],
  ['0044 (0)20 7499 6300', vendor],
  ['0044 20 7499 6300', vendor, 'US'],
  ['0049 30 901820', '+4930901820', 'DE'],
  ['001 202 555 0143', '+12025550143'],
  ['011 44 20 7499 6300', vendor, 'US'],
  ['011 33 1 23 45 67 89', '+33123456789', 'CA'],
  ['011-44-20-7499-6300', vendor, 'US'],
  // 011 is only the international prefix of North America; in the UK it starts an area code.
  ['011 44 20 7499 6300', 'too-long', 'GB'],
  ['0011 44 20 7499 6300', vendor, 'AU'],
  ['+00 44 20 7499 6300', 'unknown-country-code'],
]);

const telUris = group('tel: URIs', 'GB', [
  ['tel:+442074996300', vendor],
  ['tel:+44-20-7499-6300', vendor],
  ['TEL:+442074996300', vendor],
  ['Tel: +44 20 7499 6300', vendor],
  ['tel:020 7499 6300', vendor],
  ['tel:+44-20-7499-6300;ext=123', vendor],
  ['tel:+1-202-555-0143;ext=99', '+12025550143'],
  ['tel:7499-6300;phone-context=+44-20', vendor],
  ['tel:555-0143;phone-context=+1-202', '+12025550143'],
  ['tel:+442074996300;phone-context=example.com', vendor],
  ['tel:+44%2020%207499%206300', vendor],
  ['<a href="tel:+442074996300">Call us</a>', vendor],
  ['tel:', 'empty'],
  ['tel:+', 'no-digits'],
  ['tel:;ext=1', 'not-a-number'],
]);

// Every kind of space, and the characters no one sees.
const spaces = group('Spaces', 'GB', [
  ['+44\u00a020\u00a07499\u00a06300', vendor],
  ['+44\u202f20\u202f7499\u202f6300', vendor],
  ['+44\u200920\u20097499\u20096300', vendor],
  ['+44\u200a20\u200a7499\u200a6300', vendor],
  ['+44\u200020\u20017499\u20026300', vendor],
  ['+44\u200320\u20047499\u20056300', vendor],
  ['+44\u200620\u20077499\u20086300', vendor],
  ['+44\u205f20\u16807499\u30006300', vendor],
  ['+44\t20\t7499\t6300', vendor],
  ['+44\n20\n7499\n6300', vendor],
  ['+44\r\n20 7499 6300', vendor],
  ['+44\v20\f7499 6300', vendor],
  ['+44\u202820\u20297499 6300', vendor],
  ['\t +44 20 7499 6300 \n', vendor],
  ['\u3000０２０\u3000７４９９\u3000６３００', vendor],
]);
const invisible = group('Invisible and control characters', 'GB', [
  ['+44\u200b2074996300', vendor],
  ['+44\u200c20\u200d7499\u20606300', vendor],
  ['\ufeff+442074996300', vendor],
  ['+44\u200e20\u200f7499\u202a6300', vendor],
  ['\u200f+44 20 7499 6300\u200f', vendor],
  ['\u202b+44 20 7499 6300\u202c', vendor],
  ['\u2066+44 20 7499 6300\u2069', vendor],
  ['\u2067020 7499 6300\u2069', vendor],
  ['\u061c+44 20 7499 6300', vendor],
  ['+44\u00ad20\u00ad7499\u00ad6300', vendor],
  ['\u202e0036 4997 02 44+', '+3649970244'],
  ['+44\u000020 7499 6300', vendor],
  ['+44\u0000\u0000\u00002074996300', vendor],
  ['+44\u000720 7499 6300', vendor],
  // A terminal colour code puts letters between the digits.
  ['+44\u001b[31m20 7499 6300', 'not-a-number'],
  ['+44\u001b20 7499 6300', vendor],
  ['+44 20 7499 6300\u007f', vendor],
  ['+44\u008520 7499 6300', vendor],
  ['\u0000', 'empty'],
  ['\u200b\u200c\u200d', 'empty'],
  ['\u200e\u200f', 'empty'],
  ['\ufeff', 'empty'],
  ['\u0001\u0002\u0003', 'empty'],
]);

// Digits of other scripts and forms.
const digits = group('Digits of every script', 'GB', [
  ['＋４４ ２０ ７４９９ ６３００', vendor],
  ['+44 ２０ ７４９９ ６３００', vendor],
  ['０２０ ７４９９ ６３００', vendor],
  ['+٤٤ ٢٠ ٧٤٩٩ ٦٣٠٠', vendor],
  ['+٤٤٢٠٧٤٩٩٦٣٠٠', vendor],
  ['٠٢٠ ٧٤٩٩ ٦٣٠٠', vendor],
  ['\u200f+٤٤ ٢٠ ٧٤٩٩ ٦٣٠٠', vendor],
  ['٠٠٩٦٤ ٧٩٠ ١٢٣ ٤٥٦٧', '+9647901234567'],
  ['٠٧٩٠ ١٢٣ ٤٥٦٧', '+9647901234567', 'IQ'],
  ['٠٥٠ ١٢٣ ٤٥٦٧', '+971501234567', 'AE'],
  ['۰۲۰ ۷۴۹۹ ۶۳۰۰', vendor],
  ['+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹', '+989123456789'],
  ['۰۹۱۲ ۳۴۵ ۶۷۸۹', '+989123456789', 'IR'],
  ['०२० ७४९९ ६३००', vendor],
  ['९८७६५ ४३२१०', '+919876543210', 'IN'],
  ['০২০ ৭৪৯৯ ৬৩০০', vendor],
  ['๐๒๐ ๗๔๙๙ ๖๓๐๐', vendor],
  ['𝟎𝟐𝟎 𝟕𝟒𝟗𝟗 𝟔𝟑𝟎𝟎', vendor],
  ['𝟶𝟸𝟶 𝟽𝟺𝟿𝟿 𝟼𝟹𝟶𝟶', vendor],
  ['+4️⃣4️⃣ 2️⃣0️⃣ 7️⃣4️⃣9️⃣9️⃣ 6️⃣3️⃣0️⃣0️⃣', vendor],
  ['+44 2٠ 7۴99 ６3०0', vendor],
  ['٤٤', 'too-short'],
  // NFKC folds circled digits too.
  ['①②③', 'too-short'],
]);

// Lookalike plus signs and other odd starts.
const plusSigns = group('Plus signs', 'GB', [
  ['＋44 20 7499 6300', vendor],
  ['⁺44 20 7499 6300', vendor],
  ['₊44 20 7499 6300', vendor],
  ['﹢44 20 7499 6300', vendor],
  ['➕44 20 7499 6300', vendor],
  ['➕1 202 555 0143', '+12025550143'],
  ['➕44 20 7499 6300', vendor, 'US'],
  ['++44 20 7499 6300', vendor],
  ['+++442074996300', vendor],
  ['+', 'no-digits'],
  ['++', 'no-digits'],
  ['+ + +', 'no-digits'],
  ['＋', 'no-digits'],
  ['➕', 'no-digits'],
  ['+-+-', 'no-digits'],
]);

const insideText = group('Numbers inside text', 'GB', [
  ['Caller: +44 20 7499 6300 (main line)', vendor],
  ['Ticket 4711 – please check +44 20 7499 6300', vendor],
  ['Please call me on 020 7499 6300 after 5pm', vendor],
  ['Tel. +44 (0)20 7499 6300 | Fax +44 (0)20 7499 6301', vendor],
  ['Number: 0800 123 4567.', '+448001234567'],
  ['☎ +44 20 7499 6300', vendor],
  ['+44 20 7499 6300 📞', vendor],
  ['📞📞📞 020 7499 6300 📞📞📞', vendor],
  ['👍🏽 +1 202 555 0143', '+12025550143'],
  ['Το τηλέφωνο είναι +30 21 0123 4567', '+302101234567'],
  ['電話番号：０３－１２３４－５６７８', '+81312345678', 'JP'],
  ['رقم الهاتف: ‎+٩٧١ ٥٠ ١٢٣ ٤٥٦٧', '+971501234567'],
  ['Order 123, qty 4', 'not-a-number'],
  ['Room 101', 'not-a-number'],
]);

const letters = group('Letters and phone words', 'US', [
  ['1-800-FLOWERS', 'not-a-number'],
  ['1 800 FLOWERS', 'not-a-number'],
  ['+1 800 FLOWERS', 'not-a-number'],
  ['1-800-GOT-JUNK', 'not-a-number'],
  ['0800 REPAIR', 'not-a-number', 'GB'],
  ['+44 2O 7499 63OO', 'not-a-number', 'GB'],
  ['+44 20 7499 63OO', 'not-a-number', 'GB'],
  ['+44 20 ABCD 6300', 'not-a-number', 'GB'],
  ['12ab', 'not-a-number'],
  ['abc 12', 'not-a-number'],
  ['1e10', 'not-a-number'],
  ['1E+10', 'not-a-number'],
  ['NaN', 'no-digits'],
  ['Infinity', 'no-digits'],
  ['null', 'no-digits'],
  ['undefined', 'no-digits'],
  ['true', 'no-digits'],
  ['hello', 'no-digits'],
  ['phone number', 'no-digits'],
  ['I', 'no-digits'],
  ['l0l', 'not-a-number'],
]);

const empty = group('Nothing to read', 'GB', [
  ['', 'empty'],
  [' ', 'empty'],
  ['   ', 'empty'],
  ['\t', 'empty'],
  ['\n', 'empty'],
  ['\r\n\t ', 'empty'],
  ['\u00a0', 'empty'],
  ['\u3000', 'empty'],
  ['\u2028\u2029', 'empty'],
  ['-', 'no-digits'],
  ['()', 'no-digits'],
  ['.', 'no-digits'],
  ['...', 'no-digits'],
  ['- - -', 'no-digits'],
  ['#', 'no-digits'],
  ['*', 'no-digits'],
  ['?', 'no-digits'],
  ['📞', 'no-digits'],
  ['😀😀😀', 'no-digits'],
  ['🏳️‍🌈', 'no-digits'],
]);

const tooShort = group('Too short', 'GB', [
  ['1', 'too-short'],
  ['0', 'too-short'],
  ['12', 'too-short'],
  ['020', 'too-short'],
  ['020 74', 'too-short'],
  // Not too short: the UK has 7-digit national numbers (0800 1111).
  ['020 7499', 'invalid'],
  ['+44', 'too-short'],
  ['+44 20', 'too-short'],
  ['+44 20 7499', 'too-short'],
  ['+1', 'too-short'],
  ['+1 202', 'too-short'],
  ['+1 202 555', 'too-short', 'US'],
  ['+4', 'too-short'],
  ['+49 30', 'too-short'],
  ['555-0143', 'too-short', 'US'],
  ['-1', 'too-short'],
  ['+33 1', 'too-short'],
]);

const tooLong = group('Too long', 'GB', [
  ['+44 20 7499 6300 12345 6789', 'too-long'],
  ['+44 20 7499 63001', 'too-long'],
  ['020 7499 63001', 'too-long'],
  ['+1 202 555 01430', 'too-long'],
  ['+1234567890123456', 'too-long'],
  ['9'.repeat(20), 'too-long'],
  ['9'.repeat(30), 'too-long'],
  ['1'.repeat(100), 'too-long'],
  ['0'.repeat(200), 'too-long'],
  ['4'.repeat(201), 'too-long'],
  ['+44' + '2'.repeat(40), 'too-long'],
  ['+' + '4'.repeat(250), 'too-long'],
  ['x'.repeat(150) + '1'.repeat(60), 'too-long'],
  ['020 7499 6300 ' + 'a'.repeat(200), 'too-long'],
  [' '.repeat(500) + '+44 20 7499 6300', vendor],
  ['+44 20 7499 6300 ' + 'x'.repeat(183), vendor],
  ['+44 20 7499 6300 ' + 'x'.repeat(184), 'too-long'],
  ['+44 20 7499 6300 '.repeat(20), 'too-long'],
  ['<'.repeat(300) + '+442074996300', 'too-long'],
  ['٤'.repeat(300), 'too-long'],
  ['1e308', 'not-a-number'],
]);

const unknownCountry = group('Unknown country codes', 'GB', [
  ['+999 1234 5678', 'unknown-country-code'],
  ['+0 20 7499 6300', 'unknown-country-code'],
  ['+0442074996300', 'unknown-country-code'],
  ['+28 1234 5678', 'unknown-country-code'],
  ['+210 123 4567', 'unknown-country-code'],
  ['+969 123 4567', 'unknown-country-code'],
  ['+801 1234 5678', 'unknown-country-code'],
  ['0099 1234 5678', 'unknown-country-code'],
  ['000 1234 5678', 'invalid'],
]);

// Between the shortest and the longest number of a country, but a length none of its numbers has.
const impossibleLengths = group('Impossible lengths', 'GB', [
  ['+44 2345 6789', 'invalid-length'],
  ['2345 6789', 'invalid-length'],
  ['+376 234 5678', 'invalid-length'],
  ['+41 23 456 78 901', 'invalid-length'],
  ['+372 234 567 890', 'invalid-length'],
  ['+98 2345 6789', 'invalid-length'],
  ['+501 2345 6789', 'invalid-length'],
]);

const invalid = group('Valid-looking but no such number', 'GB', [
  // Ofcom's drama range for mobiles: reserved for fiction, not in the metadata.
  ['07700 900123', 'invalid'],
  ['+44 7700 900123', 'invalid'],
  ['+44 20 7499 630', 'invalid'],
  ['+44 7911 12345', 'invalid'],
  ['+44 1000 000000', 'invalid'],
  ['+1 555 010 0999', 'invalid'],
  ['+1 123 456 7890', 'invalid'],
  ['+1 999 999 9999', 'invalid'],
  ['+33 0 12 34 56 78', 'invalid'],
  ['+882 12 345 6789', 'invalid'],
  ['+61 0 1234 5678', 'invalid'],
  ['+49 0 30 901820', '+4930901820'],
  ['(000) 000-0000', 'invalid', 'US'],
]);

// Strings written to break things: each must be refused plainly, or its number found.
const hostile = group('Hostile input', 'GB', [
  ["' OR 1=1 --", 'not-a-number'],
  ["'; DROP TABLE numbers; --", 'no-digits'],
  ["+442074996300'; DROP TABLE numbers; --", vendor],
  ['1; DELETE FROM numbers', 'not-a-number'],
  ['" OR ""="', 'no-digits'],
  ['UNION SELECT * FROM users', 'no-digits'],
  ['<script>alert(1)</script>', 'not-a-number'],
  ['<script>alert("+442074996300")</script>', vendor],
  ['<img src=x onerror=alert(1)>', 'not-a-number'],
  ['<svg/onload=alert(document.domain)>', 'no-digits'],
  ['javascript:alert(1)', 'not-a-number'],
  ['"><script>fetch("//evil.example")</script>', 'no-digits'],
  ['{{7*7}}', 'not-a-number'],
  ['${7*7}', 'not-a-number'],
  ['__proto__', 'no-digits'],
  ['constructor', 'no-digits'],
  ['../../etc/passwd', 'no-digits'],
  ['../../../../../../etc/passwd%00', 'no-digits'],
  ['..%2F..%2Fadmin', 'no-digits'],
  ['+44/../admin', 'not-a-number'],
  ['+442074996300/../../admin', vendor],
  ['..\\..\\windows\\system32', 'not-a-number'],
  ['/numbers/+442074996300', vendor],
  ['https://evil.example/+442074996300', vendor],
  ['//evil.example', 'no-digits'],
  ['%00', 'empty'],
  ['%2B442074996300', vendor],
  ['%2b442074996300', vendor],
  ['%2B44%2020%207499%206300', vendor],
  ['+44%2020%207499%206300', vendor],
  ['%252B442074996300', 'not-a-number'],
  ['%E2%80%8B+442074996300', vendor],
  ['%EF%BC%8B442074996300', vendor],
  ['%D9%A4%D9%A4', 'too-short'],
  ['%ZZ442074996300', vendor],
  ['100%', 'not-a-number'],
  ['+44 20 7499 6300%', vendor],
  ['+442074996300\u0000', vendor],
  ['\u0000+442074996300', vendor],
  ['+44\u00002074996300\u0000admin', vendor],
  ['\ud800', 'no-digits'],
  ['+44 20 7499 6300\udfff', vendor],
  ['\ud83d\ude00+442074996300', vendor],
  ['-42', 'too-short'],
  ['-0', 'too-short'],
  ['-2074996300', vendor],
  ['0x442074996300', 'not-a-number'],
  ['4.42074996300e11', 'not-a-number'],
  ['1e10', 'not-a-number'],
  ['-1e10', 'not-a-number'],
  ['3.14159', 'too-short'],
  ['1,000,000', 'not-a-number'],
  ['Ω≈ç√∫˜µ≤≥÷', 'no-digits'],
  ['𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐', 'no-digits'],
  ['Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', 'no-digits'],
  ['\u0000'.repeat(1000), 'empty'],
  ['\u200b'.repeat(1000) + '+442074996300', vendor],
]);

export const phoneCorpus: readonly PhoneCorpusEntry[] = [
  ...countries,
  ...canonical,
  ...punctuation,
  ...defaults,
  ...prefixes,
  ...telUris,
  ...spaces,
  ...invisible,
  ...digits,
  ...plusSigns,
  ...insideText,
  ...letters,
  ...empty,
  ...tooShort,
  ...tooLong,
  ...unknownCountry,
  ...impossibleLengths,
  ...invalid,
  ...hostile,
];

/** The kind of outcome of an expectation: 'e164' for a number, else the problem. */
export const outcomeKind = (expected: PhoneCorpusExpected): 'e164' | PhoneProblem =>
  expected.startsWith('+') ? 'e164' : (expected as PhoneProblem);
