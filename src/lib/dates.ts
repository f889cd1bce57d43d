import { relativeTime } from './relative-time.ts';

export type ParsedDate = {
  date: Date;
  /** In the viewer's time zone, e.g. "16 Apr 2024, 13:13:42 BST". */
  local: string;
  /** Exact, with the fraction as sent: "2024-04-16 12:13:42.8160255 UTC". */
  utc: string;
  /** "2 years ago" / "in 3 days". */
  relative: string;
};

/** .NET's DateTime.MinValue, which Live Platform may send for "never". */
export const isDotNetNever = (value: string) => value.startsWith('0001-01-01');

const localFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'long',
});

// Live Platform sends 7 fraction digits (.NET ticks) with an offset. Engines parse that, but the
// digits past milliseconds are dropped, so the exact fraction is kept from the original text.
const isoPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

export function parseApiDate(value: string, now: Date = new Date()): ParsedDate | null {
  const match = isoPattern.exec(value.trim());
  if (!match) return null;
  const [, day = '', time, fraction = '', zone] = match;
  const millis = fraction ? `.${fraction.slice(1, 4).padEnd(3, '0')}` : '';
  const date = new Date(`${day}T${time}${millis}${zone ?? 'Z'}`);
  if (Number.isNaN(date.getTime()) || !isCalendarDay(day)) return null;
  const utcText = date.toISOString().replace('T', ' ').slice(0, 19);
  return {
    date,
    local: localFormat.format(date),
    // Offsets are whole minutes, so the sub-second digits are the same in UTC.
    utc: `${utcText}${fraction} UTC${zone ? '' : ' (no time zone given: read as UTC)'}`,
    relative: relativeTime(date, now),
  };
}

/** 2024-02-30 parses (as 1 March) in JavaScript; it is not a day. */
function isCalendarDay(day: string): boolean {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  const check = new Date(Date.UTC(year, month - 1, date));
  return (
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === date
  );
}
