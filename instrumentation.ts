/**
 * Runs once when a Next.js server starts, before it takes requests: hands the page cache handler
 * (lib/cache/page-cache-handler.mjs) the database-backed store of revalidated tags, so cached
 * pages stay correct across restarts and across instances (decision 009). Not during `next
 * build`, which has no database (decision 004).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ registerTagStore }, { tagStore }] = await Promise.all([import('./lib/cache/tag-bridge'), import('./lib/cache/tag-store')]);
  registerTagStore(tagStore);
}
