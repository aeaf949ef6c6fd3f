import { describe, expect, it } from 'vitest';
import { testDb } from '../helpers/db';

/**
 * pglite-socket 0.2.17 can hand one connection's rows to another when transactions and parallel
 * reads overlap (docs/decisions/003-embedded-database.md). Our configuration must not: every
 * answer here carries its own request's tag.
 */
const prisma = testDb();

describe('database connections under concurrent transactions and reads', () => {
  it('answers every request with its own rows, none failing', async () => {
    const reads = Array.from({ length: 300 }, (_, i) =>
      prisma.$queryRaw<{ tag: string }[]>`SELECT ${`read-${i}`}::text AS tag`.then((rows) => ({ expected: `read-${i}`, got: rows[0]?.tag })),
    );
    const transactions = Array.from({ length: 20 }, (_, i) =>
      prisma
        .$transaction(async (tx) => {
          const first = await tx.$queryRaw<{ tag: string }[]>`SELECT ${`tx-${i}-a`}::text AS tag`;
          const second = await tx.$queryRaw<{ tag: string }[]>`SELECT ${`tx-${i}-b`}::text AS tag`;
          // Every fourth transaction fails and rolls back, the case that used to mix connections up.
          if (i % 4 === 0) throw new Error(`rollback-${i}`);
          return `${first[0]?.tag}|${second[0]?.tag}`;
          // The queue behind one connection can be long on a busy machine; this test is about
          // which answer each request gets, not how soon, so waiting is allowed.
        }, { maxWait: 120_000, timeout: 120_000 })
        .then(
          (got) => ({ expected: `tx-${i}-a|tx-${i}-b`, got }),
          (error: Error) => ({ expected: `rollback-${i}`, got: error.message }),
        ),
    );
    const results = await Promise.all([...reads, ...transactions]);
    const wrong = results.filter((r) => r.expected !== r.got);
    expect(wrong).toEqual([]);
    expect(results).toHaveLength(320);
  });
});
