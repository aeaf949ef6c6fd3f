import 'server-only';
import { db } from '@/lib/db/client';
import type { Locale, ParagraphKind, TextStatus } from '@/lib/generated/prisma/enums';
import { cached, recordTag } from './cache';
import { getRecordBySlug } from './records';
import type { RecordDetail } from './record-shapes';

export interface ParagraphView {
  anchor: string;
  number: number;
  kind: ParagraphKind;
  texts: Partial<Record<Locale, { text: string; status: TextStatus }>>;
}

export interface SourceDetail {
  record: RecordDetail;
  fileName: string | null;
  paragraphs: ParagraphView[];
}

/** A source document for the reader: the record and its clean text, paragraph by paragraph. */
export const getSourceBySlug = cached(
  'source',
  async (slug: string): Promise<SourceDetail | null> => {
    const record = await getRecordBySlug('source', slug);
    if (!record) return null;
    const source = await db().source.findUnique({
      where: { recordId: record.id },
      select: {
        fileName: true,
        paragraphs: {
          orderBy: { position: 'asc' },
          select: { anchor: true, position: true, kind: true, texts: { select: { locale: true, text: true, status: true } } },
        },
      },
    });
    if (!source) return null;
    return {
      record,
      fileName: source.fileName,
      paragraphs: source.paragraphs.map((paragraph) => ({
        anchor: paragraph.anchor,
        number: paragraph.position,
        kind: paragraph.kind,
        texts: Object.fromEntries(paragraph.texts.map((t) => [t.locale, { text: t.text, status: t.status }])),
      })),
    };
  },
  (slug) => [recordTag('source', slug)],
);
