import type { Instrumentation } from 'next';
import { isDatabaseUnreachable, markDatabaseDown } from './lib/errors/database-state';

/**
 * Runs once when a Next.js server starts, before it takes requests, in the Node.js runtime and
 * never during `next build` (which has no database, decision 004):
 * - hands the page cache handler (lib/cache/page-cache-handler.mjs) the database-backed store of
 *   revalidated tags, so cached pages stay correct across restarts and instances (decision 013);
 * - starts the alert job's interval, unless ALERTS_WORKER=off (cron runs `npm run alerts:send`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ registerTagStore }, { tagStore }] = await Promise.all([import('./lib/cache/tag-bridge'), import('./lib/cache/tag-store')]);
  registerTagStore(tagStore);
  if (process.env.ALERTS_WORKER === 'off') return;
  if (!process.env.DATABASE_URL && !process.env.EMBEDDED_DATABASE_URL) return;
  const { startAlertWorker } = await import('./lib/alerts/worker');
  startAlertWorker();
}

/**
 * A request that failed because the database stopped answering marks it down, so the proxy
 * answers the next requests with the 503 page at once, and the server in front of Next
 * (scripts/serve.ts) turns this failed page into that 503 page too.
 */
export const onRequestError: Instrumentation.onRequestError = (error) => {
  if (isDatabaseUnreachable(error)) markDatabaseDown();
};
