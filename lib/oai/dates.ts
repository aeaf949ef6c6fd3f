/**
 * `from` and `until` as harvesters send them: a day (YYYY-MM-DD) or a second
 * (YYYY-MM-DDThh:mm:ssZ). Both bounds are inclusive, so `until` becomes an exclusive bound one
 * day or one second later; records carry milliseconds that the second granularity hides.
 */
export type Granularity = 'day' | 'second';

export interface OaiDate {
  start: Date;
  granularity: Granularity;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

export function parseOaiDate(value: string): OaiDate | null {
  const match = SECOND.exec(value) ?? DAY.exec(value);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const parts = [y, mo, d, h, mi, s].map(Number);
  const date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]));
  // Rejects 2024-02-30, 25:00:00 and the like, which Date.UTC would roll over.
  const same =
    date.getUTCFullYear() === parts[0] && date.getUTCMonth() === parts[1] - 1 && date.getUTCDate() === parts[2] &&
    date.getUTCHours() === parts[3] && date.getUTCMinutes() === parts[4] && date.getUTCSeconds() === parts[5];
  return same ? { start: date, granularity: value.includes('T') ? 'second' : 'day' } : null;
}

/** The first instant after an inclusive `until`. */
export function endOf(date: OaiDate): Date {
  return new Date(date.start.getTime() + (date.granularity === 'day' ? 86_400_000 : 1000));
}
