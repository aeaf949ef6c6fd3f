/**
 * `npm run db:synth -- --records 100000`: adds synthetic, published, bilingual records for
 * benchmarks (Record.synthetic = true), on DATABASE_URL or the embedded database under DATA_DIR.
 * `npm run db:synth -- --remove` deletes them again. The seed never touches them.
 *
 * Words are drawn from the seed corpus's own vocabulary with a skewed (Zipf-like) frequency, so a
 * common word ("терроризм", "terrorism") matches tens of thousands of records and a rare one a
 * few, as in a real collection. Bodies run 80–400 words per language. Records are written as
 * drafts, given texts and aliases, then published in one UPDATE: the search triggers build each
 * record's index rows once.
 *
 * Records are also linked the way the seed links them (statements to speakers, meetings and
 * initiatives; people to conferences; organisations to each other and to countries …), each
 * target drawn with a skew so that a few records become hubs, as in a real network: the network
 * view and the map are measured on it. `--links 0` leaves them out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { checkNodeVersion, fail, info } from '../cli';

checkNodeVersion();
const { parseEnv } = await import('@/lib/env');
const { openDatabase } = await import('../database');

const CHUNK = 2_000;
const VOCABULARY = 4_000;

const FIRST = [
  ['Андрей', 'Andrey'], ['Алексей', 'Alexey'], ['Сергей', 'Sergey'], ['Дмитрий', 'Dmitry'], ['Юрий', 'Yury'],
  ['Николай', 'Nikolay'], ['Евгений', 'Evgeny'], ['Ирина', 'Irina'], ['Ольга', 'Olga'], ['Татьяна', 'Tatyana'],
  ['Михаил', 'Mikhail'], ['Григорий', 'Grigory'], ['Наталья', 'Natalya'], ['Василий', 'Vasily'], ['Фёдор', 'Fyodor'],
];
const LAST = [
  ['Журавлёв', 'Zhuravlev'], ['Щербаков', 'Shcherbakov'], ['Хабибуллин', 'Khabibullin'], ['Цыганков', 'Tsygankov'],
  ['Чернышёв', 'Chernyshev'], ['Ковальчук', 'Kovalchuk'], ['Яковлев', 'Yakovlev'], ['Зайцев', 'Zaytsev'],
  ['Соловьёв', 'Solovyov'], ['Кузьмин', 'Kuzmin'], ['Воробьёв', 'Vorobyov'], ['Григорьев', 'Grigoryev'],
  ['Ильин', 'Ilyin'], ['Поляков', 'Polyakov'], ['Тихонов', 'Tikhonov'], ['Юсупов', 'Yusupov'], ['Абдуллаев', 'Abdullaev'],
  ['Нуриев', 'Nuriev'], ['Сафронов', 'Safronov'], ['Белоусов', 'Belousov'],
];

/** The corpus's words per language, the most frequent first. */
function vocabulary(): { ru: string[]; en: string[] } {
  const counts = { ru: new Map<string, number>(), en: new Map<string, number>() };
  const visit = (value: unknown, lang?: 'ru' | 'en') => {
    if (typeof value === 'string' && lang) {
      for (const word of value.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
        if (word.length >= 2 && !/^-|-$/.test(word)) counts[lang].set(word, (counts[lang].get(word) ?? 0) + 1);
      }
    } else if (Array.isArray(value)) value.forEach((item) => visit(item, lang));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, key === 'ru' || key === 'en' ? key : lang);
    }
  };
  const dir = 'prisma/seed/data';
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) visit(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const top = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, VOCABULARY).map(([word]) => word);
  return { ru: top(counts.ru), en: top(counts.en) };
}

// A text of `length` words drawn from $vocabulary, index skewed towards the frequent words.
// Referencing i makes PostgreSQL draw again for every row.
const words = (vocab: string, length: string) =>
  `array_to_string(ARRAY(SELECT (${vocab})[1 + floor(power(random(), 2.5) * array_length(${vocab}, 1))::int] FROM generate_series(1, ${length}) AS g), ' ')`;

/**
 * Links of the synthetic records `from`–`to`, to synthetic records written so far (and to the
 * seed's countries). Record i has type i % 10 (0–4 statement, 5 conference, 6 organisation,
 * 7 initiative, 8 person, 9 source), so the k-th record of a type is i = 10k + offset; targets
 * take k = floor(random()^3 · count): the first records of each type gather most links.
 */
const OFFSET = { CONFERENCE: 5, ORGANISATION: 6, INITIATIVE: 7, PERSON: 8 } as const;
const pick = (type: keyof typeof OFFSET, below = '($2::int - ' + OFFSET[type] + ') / 10 + 1') =>
  `md5('synthetic-' || (10 * floor(power(random(), 3) * (${below}))::int + ${OFFSET[type]}))::uuid`;
const country = `($3::uuid[])[1 + floor(power(random(), 2) * array_length($3::uuid[], 1))::int]`;
const LINKS: [string, string, string, string][] = [
  // [role, from-type condition, target, extra condition]
  ['SPEAKER', 'i % 10 < 5', `CASE WHEN i % 2 = 0 THEN ${pick('PERSON')} ELSE ${pick('ORGANISATION')} END`, 'true'],
  ['MADE_AT', 'i % 10 < 5', pick('CONFERENCE'), 'i % 3 = 0'],
  ['CONCERNS', 'i % 10 < 5', pick('INITIATIVE'), 'i % 4 = 1'],
  ['CONCERNS', 'i % 10 < 5', country, 'i % 7 = 0 AND $4'],
  ['ORGANISED_BY', 'i % 10 = 5', pick('ORGANISATION'), 'true'],
  ['HELD_IN', 'i % 10 = 5', country, '$4'],
  ['PART_OF', 'i % 10 = 6', pick('ORGANISATION', 'i / 10'), '(i / 10) % 4 = 1'],
  ['BASED_IN', 'i % 10 = 6', country, '$4'],
  ['PARTICIPATED_IN', 'i % 10 = 6', pick('CONFERENCE'), 'true'],
  ['ADOPTED_BY', 'i % 10 = 7', pick('ORGANISATION'), 'true'],
  ['PROPOSED_BY', 'i % 10 = 7', country, '(i / 10) % 3 = 0 AND $4'],
  ['SPOKE_AT', 'i % 10 = 8', pick('CONFERENCE'), 'true'],
  ['PARTICIPATED_IN', 'i % 10 = 8', pick('INITIATIVE'), '(i / 10) % 3 = 0'],
];

async function addLinks(client: pg.Client, from: number, to: number, countries: string[]) {
  for (const [role, fromType, target, condition] of LINKS) {
    await client.query(
      `INSERT INTO "Link" ("id", "fromId", "toId", "role")
       SELECT gen_random_uuid(), md5('synthetic-' || i)::uuid, t, '${role}'::"LinkRole"
       FROM (SELECT i, ${target} AS t FROM generate_series($1::int, $2::int) AS i WHERE ${fromType} AND ${condition}) AS drawn
       WHERE t IS NOT NULL AND t <> md5('synthetic-' || i)::uuid AND EXISTS (SELECT 1 FROM "Record" r WHERE r."id" = t)
       ON CONFLICT DO NOTHING`,
      // Only the country links name the countries ($3, $4), and PostgreSQL refuses unused parameters.
      target === country ? [from, to, countries.length ? countries : ['00000000-0000-0000-0000-000000000000'], countries.length > 0] : [from, to],
    );
  }
}

async function addChunk(client: pg.Client, from: number, to: number, vocab: { ru: string[]; en: string[] }, countries: string[] | null) {
  const params = [from, to, vocab.ru, vocab.en, FIRST.map((n) => n[0]), FIRST.map((n) => n[1]), LAST.map((n) => n[0]), LAST.map((n) => n[1])];
  const id = `md5('synthetic-' || i)::uuid`;
  const type = `(ARRAY['STATEMENT','STATEMENT','STATEMENT','STATEMENT','STATEMENT','CONFERENCE','ORGANISATION','INITIATIVE','PERSON','SOURCE'])[1 + i % 10]::"RecordType"`;
  const series = `generate_series($1::int, $2::int) AS i`;
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO "Record" ("id", "type", "slug", "state", "originalLocale", "date", "datePrecision", "synthetic", "updatedAt")
     SELECT ${id}, ${type}, 'synthetic-' || lower(${type}::text) || '-' || i, 'DRAFT',
            CASE WHEN i % 3 = 0 THEN 'en' ELSE 'ru' END::"Locale", DATE '1995-01-01' + (i * 37) % 11000, 'DAY', true, now()
     FROM ${series}`,
    params.slice(0, 2),
  );
  for (const [table, kind] of [['Statement', null], ['Person', null], ['Conference', 'OTHER'], ['Organisation', 'OTHER'], ['Initiative', 'OTHER'], ['Source', 'OTHER']] as const) {
    await client.query(
      `INSERT INTO "${table}" ("recordId"${kind ? ', "kind"' : ''}) SELECT ${id}${kind ? `, '${kind}'` : ''} FROM ${series} WHERE ${type} = '${table.toUpperCase()}'`,
      params.slice(0, 2),
    );
  }
  // Names (people from the name lists, others 3–9 words) and one body per language.
  await client.query(
    `INSERT INTO "RecordText" ("id", "recordId", "field", "locale", "text", "status", "updatedAt")
     SELECT gen_random_uuid(), ${id}, f.field, l.locale::"Locale",
            CASE WHEN f.field = 'name' AND ${type} = 'PERSON' THEN
                   CASE WHEN l.locale = 'ru' THEN ($5::text[])[1 + i % 15] || ' ' || ($7::text[])[1 + (i / 15) % 20]
                        ELSE ($6::text[])[1 + i % 15] || ' ' || ($8::text[])[1 + (i / 15) % 20] END
                 WHEN f.field = 'name' THEN
                   CASE WHEN l.locale = 'ru' THEN ${words('$3::text[]', '3 + i % 7 + 0 * l.n')} ELSE ${words('$4::text[]', '3 + i % 7 + 0 * l.n')} END
                 ELSE
                   CASE WHEN l.locale = 'ru' THEN ${words('$3::text[]', '80 + (i * 7919 + l.n) % 320')} ELSE ${words('$4::text[]', '80 + (i * 7919 + l.n) % 320')} END
            END,
            CASE WHEN (l.locale = 'en') = (i % 3 = 0) THEN 'ORIGINAL' ELSE 'TRANSLATION' END::"TextStatus", now()
     FROM ${series}
     CROSS JOIN (VALUES ('ru', 1), ('en', 2)) AS l(locale, n)
     CROSS JOIN LATERAL (SELECT unnest(ARRAY['name', CASE WHEN ${type} = 'STATEMENT' THEN 'quote' ELSE 'description' END]) AS field) AS f`,
    params,
  );
  // People are also known by another spelling; bodies by their initials.
  await client.query(
    `INSERT INTO "Alias" ("id", "recordId", "locale", "text", "kind")
     SELECT gen_random_uuid(), ${id}, 'en'::"Locale", replace(replace(($3::text[])[1 + i % 15] || ' ' || ($4::text[])[1 + (i / 15) % 20], 'y', 'i'), 'kh', 'h') || ' ' || i, 'TRANSLITERATION'::"AliasKind"
     FROM ${series} WHERE ${type} = 'PERSON'
     UNION ALL
     SELECT gen_random_uuid(), ${id}, 'en'::"Locale", upper(left(md5(i::text), 4)), 'ACRONYM'::"AliasKind"
     FROM ${series} WHERE ${type} = 'ORGANISATION'`,
    [from, to, params[5], params[7]],
  );
  if (countries) await addLinks(client, from, to, countries);
  await client.query(`UPDATE "Record" SET "state" = 'PUBLISHED', "publishedAt" = now() WHERE "synthetic" AND "id" IN (SELECT ${id} FROM ${series})`, params.slice(0, 2));
  await client.query('COMMIT');
}

const { values } = parseArgs({
  options: { records: { type: 'string', default: '100000' }, links: { type: 'string', default: '1' }, remove: { type: 'boolean', default: false } },
});
const wanted = Number(values.records);
if (!values.remove && (!Number.isInteger(wanted) || wanted < 1 || wanted > 1_000_000)) fail('--records must be a whole number from 1 to 1,000,000.');
if (values.links !== '0' && values.links !== '1') fail('--links must be 1 (link the records, the default) or 0 (no links).');

/**
 * The embedded database serves one connection, and frees the seed's a moment after it closed:
 * a connection it refuses is retried.
 */
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

const database = await openDatabase(parseEnv(process.env));
let client: pg.Client | undefined;
try {
  client = await connect(database.url);
  const started = Date.now();
  if (values.remove) {
    const { rowCount } = await client.query('DELETE FROM "Record" WHERE "synthetic"');
    info(`Removed ${rowCount} synthetic records (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  } else {
    const existing = Number((await client.query('SELECT count(*) AS n FROM "Record" WHERE "synthetic"')).rows[0].n);
    const vocab = vocabulary();
    const countries =
      values.links === '1'
        ? (await client.query(`SELECT "id" FROM "Record" WHERE "type" = 'COUNTRY' AND "state" = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY "slug"`)).rows.map((row) => row.id as string)
        : null;
    for (let from = existing + 1; from <= wanted; from += CHUNK) {
      const to = Math.min(wanted, from + CHUNK - 1);
      await addChunk(client, from, to, vocab, countries);
      info(`  ${to} of ${wanted} synthetic records (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    await client.query('ANALYZE');
    info(`Synthetic records: ${Math.max(existing, wanted)} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  }
} catch (error) {
  await client?.query('ROLLBACK').catch(() => {});
  await client?.end().catch(() => {});
  await database.close();
  fail((error as Error).message);
}
await client.end().catch(() => {});
await database.close();
process.exit(0);
