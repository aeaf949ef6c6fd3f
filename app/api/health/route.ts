import { checkDatabase } from '@/lib/data/health';
import { RETRY_AFTER_SECONDS } from '@/lib/errors/retry-after';

// Always asked of the database now, never cached.
export const dynamic = 'force-dynamic';

// GET /api/health → 200 {status:"ok", db} or 503 {status:"unavailable", db}.
export async function GET() {
  const health = await checkDatabase();
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store', ...(health.status === 'ok' ? {} : { 'Retry-After': String(RETRY_AFTER_SECONDS) }) },
  });
}
