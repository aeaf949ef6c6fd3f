/**
 * After the mixed load: is every save the server accepted in the revision history, with the
 * text that save wrote, and does each record now hold its last accepted save (no lost update)?
 * Read straight from the database once the app has stopped.
 */
import pg from 'pg';
import type { BenchDatabase } from './corpus';
import type { SaveOutcome } from './editor-side';

type Accepted = Extract<SaveOutcome, { kind: 'accepted' }>;

export interface HistoryCheck {
  accepted: number;
  /** Accepted saves whose version is missing from the history or holds other text. */
  lost: Accepted[];
  /** Records whose current text is not their last accepted save's. */
  overwritten: string[];
}

export async function checkHistory(database: BenchDatabase, accepted: Accepted[], slugs: string[]): Promise<HistoryCheck> {
  const { url, close } = await open(database);
  const client = await connect(url);
  try {
    const revisions = await client.query<{ slug: string; version: number; snapshot: string }>(
      `SELECT r."slug", v."version", v."snapshot"::text AS snapshot
       FROM "Revision" v JOIN "Record" r ON r."id" = v."recordId"
       WHERE r."type" = 'ORGANISATION' AND r."slug" = ANY($1)`,
      [slugs],
    );
    const byVersion = new Map(revisions.rows.map((row) => [`${row.slug}@${row.version}`, row.snapshot]));
    const lost = accepted.filter((save) => !byVersion.get(`${save.slug}@${save.version}`)?.includes(save.token));
    const current = await client.query<{ slug: string; version: number; text: string | null }>(
      `SELECT r."slug", r."version", t."text" FROM "Record" r
       LEFT JOIN "RecordText" t ON t."recordId" = r."id" AND t."field" = 'description' AND t."locale" = 'en'
       WHERE r."type" = 'ORGANISATION' AND r."slug" = ANY($1)`,
      [slugs],
    );
    const overwritten = current.rows.flatMap((row) => {
      const last = accepted.filter((save) => save.slug === row.slug).sort((a, b) => b.version - a.version)[0];
      return last && (row.version !== last.version || !row.text?.includes(last.token)) ? [row.slug] : [];
    });
    return { accepted: accepted.length, lost, overwritten };
  } finally {
    await client.end();
    await close();
  }
}

async function open(database: BenchDatabase): Promise<{ url: string; close: () => Promise<void> }> {
  if (database.url) return { url: database.url, close: async () => {} };
  process.env.DATA_DIR = database.env.DATA_DIR;
  const { openEmbeddedDatabase } = await import('../database');
  const embedded = await openEmbeddedDatabase();
  return { url: embedded.url, close: () => embedded.close() };
}

/** The embedded database frees a closed connection a moment late (decision 003): retry. */
async function connect(url: string): Promise<pg.Client> {
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
