/**
 * Runs once when a Next.js server starts: the alert job's interval, in the Node.js runtime only,
 * never during `next build` (which has no database, decision 004), and not when ALERTS_WORKER=off
 * (cron runs `npm run alerts:send` instead).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.ALERTS_WORKER === 'off') return;
  if (!process.env.DATABASE_URL && !process.env.EMBEDDED_DATABASE_URL) return;
  const { startAlertWorker } = await import('./lib/alerts/worker');
  startAlertWorker();
}
