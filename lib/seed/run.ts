import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { DatabaseKind } from '@/lib/env';
import { createPrismaClient } from '@/lib/db/create-client';
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

/** The same on the database at `url`, with a client of its own; also says which database it is. */
export async function seedDatabase(url: string, kind: DatabaseKind) {
  const prisma = createPrismaClient(url, kind);
  try {
    const report = await seedWithReport(prisma);
    const instance = await prisma.databaseInstance.findFirst({ select: { id: true } });
    return { ...report, instance: instance?.id ?? 'none' };
  } finally {
    await prisma.$disconnect();
  }
}
