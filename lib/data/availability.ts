import 'server-only';
import { databaseState, DOWN_INTERVAL_MS, setDatabaseState, UP_INTERVAL_MS } from '@/lib/errors/database-state';
import { checkDatabase } from './health';

/**
 * Whether the database answers, asked at most once per interval, so the proxy can send readers
 * a 503 page instead of a page that fails halfway. While it answers, one `SELECT 1` every few
 * seconds; while it does not, every second, so a recovery is seen within a second or two and
 * nothing needs a restart. A request that fails on a connection error marks it down at once
 * (instrumentation.ts).
 */
// The embedded database answers one query at a time: a probe may wait behind a long save or the
// alert job, which is not an outage.
const CHECK_TIMEOUT_MS = 10_000;

export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  const known = databaseState();
  if (known && now - known.checkedAt < (known.up ? UP_INTERVAL_MS : DOWN_INTERVAL_MS)) return known.up;
  if (known?.pending) return known.pending;
  const pending = checkDatabase(CHECK_TIMEOUT_MS).then((health) => {
    const up = health.status === 'ok';
    setDatabaseState({ up, checkedAt: Date.now() });
    return up;
  });
  setDatabaseState({ up: known?.up ?? true, checkedAt: known?.checkedAt ?? 0, pending });
  return pending;
}
