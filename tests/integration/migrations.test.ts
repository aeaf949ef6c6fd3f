import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations, diffMigrationsToSchema } from '@/lib/db/migrations';

// The database the global setup migrated. The diffs never change it: they replay the migrations
// in a shadow database (a temporary one on PostgreSQL, a throwaway PGlite for the embedded one).
const url = inject('databaseUrl');

describe('migrations', () => {
  const tempDirs: string[] = [];
  afterAll(async () => {
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('agree with schema.prisma (the drift test)', async () => {
    const sql = await diffMigrationsToSchema(url);
    expect(sql, 'schema.prisma changed without a migration: run npm run db:migration -- <name>').toBe('');
  });

  it('disagree with a schema.prisma that gained a field (the drift test can fail)', async () => {
    const schema = await readFile('prisma/schema.prisma', 'utf8');
    const changed = schema.replace(/^model Record \{\n/m, (line) => `${line}  driftProbe String?\n`);
    expect(changed).not.toBe(schema);
    const dir = await mkdtemp(path.join(tmpdir(), 'schema-drift-'));
    tempDirs.push(dir);
    const schemaPath = path.join(dir, 'schema.prisma');
    await writeFile(schemaPath, changed);

    const sql = await diffMigrationsToSchema(url, { schemaPath });
    expect(sql).toMatch(/ALTER TABLE "Record" ADD COLUMN\s+"driftProbe" TEXT/);
  });

  it('apply nothing to a database that is already migrated', async () => {
    await expect(applyMigrations(url)).resolves.toEqual({ applied: [] });
  });
});
