import type { DatabaseKind } from '@/lib/env';
import { createPrismaClient } from '@/lib/db/create-client';
import { loadCorpus } from './corpus';
import { writeCorpus } from './write';

/** Loads prisma/seed into the database at `url`; returns a one-line summary. */
export async function seedDatabase(url: string, kind: DatabaseKind): Promise<string> {
  const corpus = loadCorpus();
  const prisma = createPrismaClient(url, kind);
  try {
    const started = performance.now();
    const report = await writeCorpus(prisma, corpus);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const kept = report.keptEditorChanges.length ? `, ${report.keptEditorChanges.length} kept as editors changed them` : '';
    return `Seed: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged${kept}; ${report.links} links (${seconds} s).`;
  } finally {
    await prisma.$disconnect();
  }
}
