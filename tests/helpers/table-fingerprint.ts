/**
 * Every table of the app's schema, read generically: its row count and an MD5 of all its rows
 * in a fixed order. Tables are found in the catalog, so a table added later is covered without
 * touching the tests that compare databases.
 */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

export interface TableFingerprint {
  rows: number;
  md5: string;
}

export async function fingerprint(query: Query): Promise<Record<string, TableFingerprint>> {
  const tables = await query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");
  const result: Record<string, TableFingerprint> = {};
  for (const { table_name: name } of tables as { table_name: string }[]) {
    const [row] = await query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${name.replace(/"/g, '""')}" t`);
    result[name] = { rows: Number(row.rows), md5: String(row.md5) };
  }
  return result;
}
