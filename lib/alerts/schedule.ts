import type { AlertFrequency, AlertTokenPurpose } from '@/lib/generated/prisma/enums';

/** The alert job's clock: retries, digest periods, link lifetimes, request limits. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A message that failed this many times is given up (FAILED) and reported. */
export const MAX_ATTEMPTS = 8;

/** Wait after the n-th failed attempt: 1, 2, 4 … minutes, at most 6 hours (about 4 hours in all). */
export function retryDelay(attempts: number): number {
  return Math.min(MINUTE * 2 ** Math.max(0, attempts - 1), 6 * HOUR);
}

/** A worker that claimed a message and died: another may take it over after this long. */
export const SENDING_LEASE = 10 * MINUTE;

const PERIOD: Record<Exclude<AlertFrequency, 'IMMEDIATE'>, number> = { DAILY: DAY, WEEKLY: 7 * DAY };

/** When the first digest of a newly confirmed alert is due; IMMEDIATE alerts have no schedule. */
export function firstDigestAt(frequency: AlertFrequency, confirmedAt: Date): Date | null {
  return frequency === 'IMMEDIATE' ? null : new Date(confirmedAt.getTime() + PERIOD[frequency]);
}

/** The next due time after `due`, in whole periods, later than `now` (a stopped server catches up once, not once per missed day). */
export function nextDigestAt(frequency: AlertFrequency, due: Date, now: Date): Date | null {
  if (frequency === 'IMMEDIATE') return null;
  const period = PERIOD[frequency];
  const behind = Math.max(0, now.getTime() - due.getTime());
  return new Date(due.getTime() + (Math.floor(behind / period) + 1) * period);
}

export const TOKEN_LIFETIME: Record<AlertTokenPurpose, number> = {
  CONFIRM: 7 * DAY,
  MANAGE: 90 * DAY,
  UNSUBSCRIBE: 365 * DAY,
};

/** E-mails a reader's requests may cause (confirmations, manage links) per address. */
export const REQUEST_LIMITS = [
  { window: HOUR, max: 3 },
  { window: DAY, max: 10 },
] as const;

/** Sent messages are kept this long (the request limits count them), then pruned. */
export const SENT_RETENTION = 30 * DAY;
