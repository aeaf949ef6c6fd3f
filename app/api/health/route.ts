import { connection } from 'next/server';
import { checkDatabase } from '@/lib/data/health';

// GET /api/health → 200 {status:"ok", db} or 503 {status:"unavailable", db}.
export async function GET() {
  await connection();
  const health = await checkDatabase();
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
