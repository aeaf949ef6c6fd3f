import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '@/lib/db/migrations';
import { seedDatabase } from '@/lib/seed/run';
import { startReplicaPair, type ReplicaPair } from '../helpers/replica-cluster';

/**
 * The app on a PostgreSQL primary with a real streaming replica (decision 014): its reads are
 * answered by the replica, its writes go to the primary, and a save shows on the pages once the
 * replica has replayed it. The test makes its own primary and replica (tests/helpers/
 * replica-cluster.ts), so it needs no TEST_DATABASE_URL: the embedded pass, which `npm test`
 * always runs, runs it; the PostgreSQL pass leaves it out (vitest.config.ts), it would only repeat it.
 */
describe('read replicas', () => {
  let pair: ReplicaPair | undefined;
  let app: Awaited<ReturnType<typeof loadApp>>;
  let replicaAdmin: pg.Client;

  // The app's own modules, loaded once the environment names the primary and the replica.
  async function loadApp() {
    const [{ db }, { onPrimary, onReplica }, { waitForReplicas }, { getRecordBySlug }, { searchRecords }] = await Promise.all([
      import('@/lib/db/client'),
      import('@/lib/db/create-client'),
      import('@/lib/db/replication'),
      import('@/lib/data/records'),
      import('@/lib/search/search'),
    ]);
    return { db, onPrimary, onReplica, waitForReplicas, getRecordBySlug, searchRecords };
  }

  beforeAll(async () => {
    pair = await startReplicaPair();
    await applyMigrations(pair.primaryUrl);
    await seedDatabase(pair.primaryUrl, 'postgres');
    process.env.DATABASE_URL = pair.primaryUrl;
    process.env.DATABASE_REPLICA_URLS = pair.replicaUrl;
    app = await loadApp();
    replicaAdmin = new pg.Client({ connectionString: pair.replicaUrl });
    await replicaAdmin.connect();
    expect(await app.waitForReplicas(app.db(), 20_000)).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await replicaAdmin?.query('SELECT pg_wal_replay_resume()').catch(() => {});
    await replicaAdmin?.end();
    await app?.db().$disconnect();
    pair?.stop();
    delete process.env.DATABASE_URL;
    delete process.env.DATABASE_REPLICA_URLS;
  });

  const inRecovery = async (client: ReturnType<typeof app.db>) =>
    (await client.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`)[0].standby;

  /** What an editor's save does to the data (decision 002): new text, version + 1, a revision. */
  async function saveName(id: string, version: number, name: string) {
    await app.db().$transaction(async (tx) => {
      const { count } = await tx.record.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
      if (count !== 1) throw new Error('the record changed since it was loaded');
      await tx.recordText.update({ where: { recordId_field_locale: { recordId: id, field: 'name', locale: 'en' } }, data: { text: name } });
      await tx.revision.create({ data: { recordId: id, version: version + 1, snapshot: { name: { en: name } }, summary: 'replica test' } });
    });
  }

  it('sends reads to the replica and writes to the primary', async () => {
    expect(await inRecovery(app.onReplica(app.db()))).toBe(true);
    expect(await inRecovery(app.onPrimary(app.db()))).toBe(false);
    // The replica is read-only: a write through the app's client can only have gone to the primary.
    await expect(replicaAdmin.query(`UPDATE "Record" SET "version" = "version" WHERE false`)).rejects.toThrow(/read-only/);
    const csto = await app.getRecordBySlug('organisation', 'csto');
    expect(csto?.texts.find((text) => text.field === 'name' && text.locale === 'en')?.text).toBe('Collective Security Treaty Organization');
  });

  it("shows an editor's save once the replica has replayed it, not before", async () => {
    const before = await app.getRecordBySlug('organisation', 'csto');
    expect(before).not.toBeNull();
    const renamed = 'Collective Security Treaty Organization (Zanzibarquux test rename)';

    // Hold the replica's replay: the primary takes the save, the replica stays where it was.
    await replicaAdmin.query('SELECT pg_wal_replay_pause()');
    await saveName(before!.id, before!.version, renamed);

    const stale = await app.getRecordBySlug('organisation', 'csto');
    expect(stale?.version).toBe(before!.version);
    expect(stale?.texts.find((text) => text.field === 'name' && text.locale === 'en')?.text).not.toBe(renamed);
    expect((await app.searchRecords({ q: 'Zanzibarquux', page: 1, pageSize: 20 }, 'en')).total).toBe(0);
    expect(await app.waitForReplicas(app.db(), 300)).toBe(false);

    await replicaAdmin.query('SELECT pg_wal_replay_resume()');
    expect(await app.waitForReplicas(app.db(), 20_000)).toBe(true);

    const fresh = await app.getRecordBySlug('organisation', 'csto');
    expect(fresh?.version).toBe(before!.version + 1);
    expect(fresh?.texts.find((text) => text.field === 'name' && text.locale === 'en')?.text).toBe(renamed);
    const found = await app.searchRecords({ q: 'Zanzibarquux', page: 1, pageSize: 20 }, 'en');
    expect(found.hits.map((hit) => hit.slug)).toContain('csto');
  });
});
