/*
 * "3 years ago", "in 2 days": the wording is the platform's (Intl.RelativeTimeFormat, in English
 * like the rest of the app); only the choice of unit is ours, and it is date-fns's
 * formatDistanceStrict's, which this replaced (decision 036): the largest unit the distance
 * reaches, rounded. Days and longer are counted on the viewer's wall clock, so that a day with a
 * daylight-saving change in it is still one day.
 */

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const month = 30 * day;
const year = 365 * day;

type Clock = 'elapsed' | 'wall';

/**
 * Each unit from the largest down: its length, which is also the distance from which it is used,
 * the clock that distance is measured on, and the clock its count is taken on (a day is used from
 * 24 hours passed, and counts days on the wall clock). Below a minute, seconds.
 */
const units = [
  { unit: 'year', length: year, startsOn: 'wall', countsOn: 'wall' },
  { unit: 'month', length: month, startsOn: 'wall', countsOn: 'wall' },
  { unit: 'day', length: day, startsOn: 'elapsed', countsOn: 'wall' },
  { unit: 'hour', length: hour, startsOn: 'elapsed', countsOn: 'elapsed' },
  { unit: 'minute', length: minute, startsOn: 'elapsed', countsOn: 'elapsed' },
] as const satisfies readonly {
  unit: Intl.RelativeTimeFormatUnit;
  length: number;
  startsOn: Clock;
  countsOn: Clock;
}[];
const seconds = { unit: 'second', length: 1000, countsOn: 'elapsed' } as const;

const wording = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

/** How far `date` is from `now`, in words: "2 years ago", "in 3 days", "0 seconds ago". */
export function relativeTime(date: Date, now: Date): string {
  const future = date.getTime() > now.getTime();
  const [later, earlier] = future ? [date, now] : [now, date];
  const elapsed = later.getTime() - earlier.getTime();
  const distance: Record<Clock, number> = {
    elapsed,
    // A daylight-saving change in between adds its hour to the wall clock, or takes it away.
    wall: elapsed - (later.getTimezoneOffset() - earlier.getTimezoneOffset()) * minute,
  };
  const step = units.find((each) => distance[each.startsOn] >= each.length) ?? seconds;
  const count = Math.round(distance[step.countsOn] / step.length);
  // Twelve months, rounded, are a year.
  const [unit, amount]: [Intl.RelativeTimeFormatUnit, number] =
    step.unit === 'month' && count === 12 ? ['year', 1] : [step.unit, count];
  // A distance of nothing reads "0 seconds ago" (-0), as date-fns wrote it.
  return wording.format(future ? amount : -amount, unit);
}
