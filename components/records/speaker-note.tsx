import { getTranslations } from 'next-intl/server';
import type { RecordDetail } from '@/lib/data/record-shapes';

/** A statement whose source names no speaker says so, rather than leaving the reader to guess. */
export async function SpeakerNote({ record }: { record: RecordDetail }) {
  if (record.links.some((link) => link.role === 'SPEAKER' && link.direction === 'out')) return null;
  const t = await getTranslations('Record');
  return <p className="text-slate-700">{t('speakerNotNamed')}</p>;
}
