import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrations';
import { seedDatabase } from '@/lib/seed/run';

/**
 * Gives the integration tests a migrated, seeded database: a fresh in-memory PGlite behind the
 * socket, or (TEST_TARGET=postgres) the PostgreSQL database TEST_DATABASE_URL names, emptied first.
 */
let embedded: EmbeddedDatabase | undefined;

export default async function setup(project: TestProject) {
  const target = process.env.TEST_TARGET === 'postgres' ? 'postgres' : 'embedded';
  let url: string;
  if (target === 'postgres') {
    url = process.env.TEST_DATABASE_URL ?? '';
    if (!url) throw new Error('TEST_TARGET=postgres needs TEST_DATABASE_URL=postgresql://…');
    await resetDatabase(url);
  } else {
    embedded = await startEmbeddedDatabase();
    url = embedded.url;
  }
  await applyMigrations(url);
  await seedDatabase(url, target);
  project.provide('databaseUrl', url);
  project.provide('databaseKind', target);
  return async () => {
    await embedded?.stop();
  };
}

async function resetDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end();
  }
}
