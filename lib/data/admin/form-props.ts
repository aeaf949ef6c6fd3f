import 'server-only';
import { db } from '@/lib/db/client';
import type { SessionUser } from '@/lib/auth/session';
import { formConfig } from '@/lib/editor/form-config';
import type { RecordTypeName } from '@/lib/validation/records';
import { pickText } from '../texts';
import { labelRefs, listSourceParagraphs, type EditorRecord } from './editor-record';
import { assertCan } from './guard';

/**
 * Everything a record form needs besides the record: its layout, the names of the records it
 * points to (in the editor's language), and the source documents with their paragraphs.
 */
export async function recordFormProps(actor: SessionUser, type: RecordTypeName, record: EditorRecord | null, locale: 'ru' | 'en', typeLabel: (type: RecordTypeName) => string) {
  assertCan(actor, record ? 'record.update' : 'record.create');
  const refs = Object.entries(record?.values ?? {}).filter(([name]) => name.startsWith('relations.')).flatMap(([, list]) => list);
  const sourceRows = await db().record.findMany({ where: { type: 'SOURCE', deletedAt: null }, orderBy: { date: 'asc' }, select: { slug: true, texts: { where: { field: 'name' }, select: { field: true, locale: true, text: true, status: true } } } });
  const [labels, paragraphs] = await Promise.all([labelRefs(refs), listSourceParagraphs(sourceRows.map((row) => row.slug))]);
  const refLabels = Object.fromEntries(Object.values(labels).map((label) => {
    const [refType, slug] = label.ref.split(':');
    return [label.ref, `${pickText(label.names, 'name', locale)?.text ?? slug} (${typeLabel(refType as RecordTypeName)})`];
  }));
  const sources = sourceRows.map((row) => ({
    source: row.slug,
    title: pickText(row.texts, 'name', locale)?.text ?? row.slug,
    paragraphs: paragraphs.find((item) => item.source === row.slug)?.paragraphs ?? [],
  }));
  return { config: formConfig(type), refLabels, sources, canSubmit: !record || record.state === 'DRAFT' };
}
