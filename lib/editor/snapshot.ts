import type { EditorInput } from '@/lib/validation/editor';
import type { RecordInput } from '@/lib/validation/records';

/**
 * What a revision stores: the record's editable content as plain JSON. The seed stores its own
 * declaration ({ input, evidence: [{source, anchor}] } without relations); both are read here.
 */
export interface Snapshot {
  input: RecordInput;
  /** Outgoing relations by role, as "type:slug"; absent in the seed's revisions. */
  relations?: Record<string, string[]>;
  /** Source paragraphs, as "source-slug#p-3". */
  evidence?: string[];
  state?: string;
}

export function snapshotOf(input: EditorInput, state: string): Snapshot {
  const { id: _id, version: _version, relations, evidence, translationCurrent: _current, summary: _summary, intent: _intent, ...record } = input;
  return {
    input: record as RecordInput,
    relations: Object.fromEntries(
      Object.entries(relations).filter(([, refs]) => refs && refs.length).map(([role, refs]) => [role, refs!.map((ref) => `${ref.type}:${ref.slug}`).sort()]),
    ),
    evidence: evidence.map((ref) => `${ref.source}#${ref.anchor}`).sort(),
    state,
  };
}

/** Reads any stored snapshot (the seed's or an editor's) into the one shape. */
export function readSnapshot(raw: unknown): Snapshot | null {
  if (!raw || typeof raw !== 'object' || !('input' in raw)) return null;
  const value = raw as { input: RecordInput; relations?: Record<string, string[]>; evidence?: unknown[]; state?: string };
  const evidence = value.evidence?.map((ref) =>
    typeof ref === 'string' ? ref : `${(ref as { source: string }).source}#${(ref as { anchor: string }).anchor}`,
  );
  return { input: value.input, relations: value.relations, evidence: evidence ? [...new Set(evidence)].sort() : undefined, state: value.state };
}

/** One line per editable field ("texts.name.ru", "attributes.kind", "relations.SPEAKER" …). */
export function flatten(snapshot: Snapshot): Map<string, string> {
  const fields = new Map<string, string>();
  const { input } = snapshot;
  fields.set('slug', input.slug);
  fields.set('originalLocale', input.originalLocale ?? '');
  fields.set('date', input.date ?? '');
  fields.set('endDate', input.endDate ?? '');
  for (const [key, value] of Object.entries(input.attributes ?? {})) fields.set(`attributes.${key}`, value == null ? '' : String(value));
  for (const [field, value] of Object.entries(input.texts ?? {})) {
    const text = value as { ru?: string; en?: string } | undefined;
    fields.set(`texts.${field}.ru`, text?.ru ?? '');
    fields.set(`texts.${field}.en`, text?.en ?? '');
  }
  for (const locale of ['ru', 'en'] as const) {
    fields.set(`aliases.${locale}`, (input.aliases ?? []).filter((alias) => alias.locale === locale).map((alias) => alias.text).sort().join('\n'));
  }
  if (snapshot.relations) for (const [role, refs] of Object.entries(snapshot.relations)) fields.set(`relations.${role}`, refs.join('\n'));
  if (snapshot.evidence) fields.set('evidence', snapshot.evidence.join('\n'));
  return fields;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Field-by-field differences; relations absent from one side (the seed's) are not compared. */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const a = before ? flatten(before) : new Map<string, string>();
  const b = after ? flatten(after) : new Map<string, string>();
  const comparable = (field: string) => !field.startsWith('relations.') || (before?.relations && after?.relations);
  const fields = [...new Set([...a.keys(), ...b.keys()])].filter(comparable).sort();
  return fields
    .map((field) => ({ field, before: a.get(field) ?? '', after: b.get(field) ?? '' }))
    .filter((change) => change.before !== change.after);
}
