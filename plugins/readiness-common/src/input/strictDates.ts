const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** UTC midnight of a day; unlike Date.UTC, years 0 to 99 are not read as 1900 to 1999. */
const utcDay = (year: number, month: number, day: number) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
};

const daysIn = (year: number, month: number) =>
  new Date(utcDay(year, month + 1, 0)).getUTCDate();

/** Whether year, month and day name a day that exists (2027-02-29 does not). */
const existingDay = (year: number, month: number, day: number) =>
  year >= 1 &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysIn(year, month);

/**
 * A calendar day written `YYYY-MM-DD`, as UTC midnight in milliseconds; undefined when the text
 * is not in that form or names a day that does not exist (`2027-13-01`, `2027-02-30`).
 *
 * @public
 */
export function parseDay(value: unknown): number | undefined {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  if (!match) {
    return undefined;
  }
  const [year, month, day] = match.slice(1, 4).map(Number);
  return existingDay(year, month, day) ? utcDay(year, month, day) : undefined;
}

/**
 * A moment written in ISO 8601 with a date, a time and a zone (`2026-01-31T09:00:00Z`,
 * `2026-01-31T10:00+01:00`), in milliseconds; undefined when the text is not in that form or any
 * part is out of range. Unlike `Date.parse`, `2025-02-30T00:00:00Z` is refused, not read as
 * 2 March.
 *
 * @public
 */
export function parseInstant(value: unknown): number | undefined {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!match) {
    return undefined;
  }
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const zoneHours = match[9] === undefined ? 0 : Number(match[9]);
  const zoneMinutes = match[10] === undefined ? 0 : Number(match[10]);
  if (
    !existingDay(year, month, day) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    zoneHours > 23 ||
    zoneMinutes > 59
  ) {
    return undefined;
  }
  return Date.parse(value as string);
}
