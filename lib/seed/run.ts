import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { DatabaseKind } from '@/lib/env';
import { createPrismaClient } from '@/lib/db/create-client';
import { ensureFirstAccounts } from '@/lib/auth/accounts';
import { loadCorpus } from './corpus';
import { writeCorpus } from './write';

/** Loads prisma/seed through `prisma`; returns a one-line summary. */
export async function runSeed(prisma: PrismaClient): Promise<string> {
  return (await seedWithReport(prisma)).summary;
}

export async function seedWithReport(prisma: PrismaClient): Promise<{ summary: string; changed: boolean }> {
  const started = performance.now();
  const report = await writeCorpus(prisma, loadCorpus());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const kept = report.keptEditorChanges.length ? `, ${report.keptEditorChanges.length} kept as editors changed them` : '';
  return {
    summary: `Seed: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged${kept}; ${report.links} links (${seconds} s).`,
    changed: report.created + report.updated > 0 || report.linksChanged > 0,
  };
}

/**
 * The same on the database at `url`, with a client of its own; then, with the same client (the
 * embedded socket serves one connection), the first accounts of an empty database, and which
 * database this is (its DatabaseInstance row).
 */
export async function seedDatabase(url: string, kind: DatabaseKind, admin: { email?: string; password?: string } = {}) {
  const prisma = createPrismaClient(url, kind);
  try {
    const report = await seedWithReport(prisma);
    const accounts = await ensureFirstAccounts(prisma, { adminEmail: admin.email, adminPassword: admin.password, demo: kind === 'embedded' });
    const noAccounts = !accounts.length && (await prisma.user.count()) === 0;
    const instance = await prisma.databaseInstance.findFirst({ select: { id: true } });
    return { ...report, accounts, noAccounts, instance: instance?.id ?? 'none' };
  } finally {
    await prisma.$disconnect();
  }
}
