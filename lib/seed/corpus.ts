import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecordInput, RecordTypeName } from '@/lib/validation/records';
import { isLinkAllowed, type LinkRoleName } from '@/lib/validation/link';
import { seedCommonSchema, seedDocumentSchema, type SeedDocument } from '@/lib/validation/seed';

/**
 * Reads and checks the seed files (prisma/seed/README.md) and merges them into one corpus:
 * each record declared once, with the evidence every document gives for it.
 */
export interface EvidenceRef {
  source: string;
  anchor: string;
}

export interface CorpusRecord {
  key: string;
  input: RecordInput;
  evidence: EvidenceRef[];
  positions: CorpusPosition[];
}

export interface CorpusPosition {
  organisation: string | null;
  asOf: string | null;
  title: { ru?: string; en?: string };
  evidence: EvidenceRef[];
}

export interface CorpusSource {
  document: SeedDocument['source'];
  rawCapture: string;
}

export interface CorpusLink {
  key: string;
  from: string;
  role: LinkRoleName;
  to: string;
  evidence: EvidenceRef[];
}

export interface Corpus {
  sources: CorpusSource[];
  records: Map<string, CorpusRecord>;
  links: Map<string, CorpusLink>;
}

export class SeedError extends Error {}

export const SEED_DIR = join(process.cwd(), 'prisma', 'seed');

export function recordKey(type: RecordTypeName, slug: string) {
  return `${type}:${slug}`;
}

export function loadCorpus(dir = SEED_DIR): Corpus {
  const dataDir = join(dir, 'data');
  const common = parse(seedCommonSchema, join(dataDir, 'common.json'));
  const documents = readdirSync(dataDir)
    .filter((name) => /^\d{3}\.json$/.test(name))
    .sort()
    .map((name) => ({ name, doc: parse(seedDocumentSchema, join(dataDir, name)) }));

  const records = new Map<string, CorpusRecord>();
  const links = new Map<string, CorpusLink>();
  const sources: CorpusSource[] = [];
  const references: { key: string; evidence: EvidenceRef[]; file: string }[] = [];
  const pendingPositions: { person: string; position: CorpusPosition; file: string }[] = [];

  const declare = (input: RecordInput, file: string, evidence: EvidenceRef[] = []) => {
    const key = recordKey(input.type, input.slug);
    if (records.has(key)) throw new SeedError(`${file}: ${key} is declared twice; cite it with only type, slug and evidence.`);
    records.set(key, { key, input, evidence: [...evidence], positions: [] });
  };
  const addLink = (from: string, role: LinkRoleName, to: string, evidence: EvidenceRef[]) => {
    const key = `${from} ${role} ${to}`;
    const existing = links.get(key);
    if (existing) existing.evidence.push(...evidence);
    else links.set(key, { key, from, role, to, evidence: [...evidence] });
  };

  for (const input of common.records) declare(input, 'common.json');
  for (const link of common.links) addLink(link.from, link.role, link.to, []);

  for (const { name, doc } of documents) {
    const source = doc.source;
    const anchors = new Set(source.paragraphs.map((p) => p.id));
    const cite = (ids: string[]) =>
      ids.map((anchor) => {
        if (!anchors.has(anchor)) throw new SeedError(`${name}: paragraph ${anchor} does not exist.`);
        return { source: source.slug, anchor };
      });
    sources.push({ document: source, rawCapture: readFileSync(join(dir, 'sources', source.file), 'utf8') });
    declare(
      {
        type: 'source', slug: source.slug, originalLocale: source.originalLocale, date: source.date ?? null,
        endDate: null, aliases: [], attributes: { kind: source.kind, url: source.url ?? null }, texts: source.texts,
      },
      name,
    );
    for (const entry of doc.records) {
      if ('attributes' in entry && entry.texts) {
        declare({ ...entry, originalLocale: entry.originalLocale ?? source.originalLocale } as RecordInput, name, cite(entry.evidence));
      } else {
        references.push({ key: recordKey(entry.type, entry.slug), evidence: cite(entry.evidence), file: name });
      }
    }
    for (const link of doc.links) addLink(link.from, link.role, link.to, cite(link.evidence));
    for (const position of doc.positions) {
      references.push({ key: recordKey('person', position.person), evidence: [], file: name });
      pendingPositions.push({
        person: recordKey('person', position.person),
        file: name,
        position: {
          organisation: position.organisation ? recordKey('organisation', position.organisation) : null,
          asOf: position.asOf ?? null,
          title: position.title,
          evidence: cite(position.evidence),
        },
      });
    }
  }

  for (const reference of references) {
    const record = records.get(reference.key);
    if (!record) throw new SeedError(`${reference.file}: ${reference.key} is cited but declared nowhere.`);
    record.evidence.push(...reference.evidence);
  }
  for (const { person, position, file } of pendingPositions) {
    if (position.organisation && !records.has(position.organisation)) {
      throw new SeedError(`${file}: position at unknown ${position.organisation}.`);
    }
    records.get(person)!.positions.push(position);
  }
  for (const link of links.values()) {
    const from = records.get(link.from);
    const to = records.get(link.to);
    if (!from || !to) throw new SeedError(`link ${link.key}: ${from ? link.to : link.from} is declared nowhere.`);
    if (!isLinkAllowed(link.role, from.input.type, to.input.type)) {
      throw new SeedError(`link ${link.key}: a ${from.input.type} cannot be ${link.role} a ${to.input.type}.`);
    }
  }
  return { sources, records, links };
}

function parse<T extends z.ZodType>(schema: T, file: string): z.infer<T> {
  const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SeedError(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
