import { formatDistanceStrict } from 'date-fns';

export type ParsedDate = {
  date: Date;
  /** In the viewer's time zone, e.g. "16 Apr 2024, 13:13:42 BST". */
  local: string;
  /** Exact, with the fraction as sent: "2024-04-16 12:13:42.8160255 UTC". */
  utc: string;
  /** "2 years ago" / "in 3 days". */
  relative: string;
};

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
  const [, day, time, fraction = '', zone = 'Z'] = match;
  const millis = fraction ? `.${fraction.slice(1, 4).padEnd(3, '0')}` : '';
  const date = new Date(`${day}T${time}${millis}${zone}`);
  if (Number.isNaN(date.getTime())) return null;
  const utcText = date.toISOString().replace('T', ' ').slice(0, 19);
  return {
    date,
    local: localFormat.format(date),
    utc: `${utcText}${zone === 'Z' || /^[+-]00:?00$/.test(zone) ? fraction : ''} UTC`,
    relative: formatDistanceStrict(date, now, { addSuffix: true }),
  };
}
