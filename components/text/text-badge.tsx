import { getTranslations } from 'next-intl/server';
import type { ShownText } from '@/lib/data/texts';

/**
 * Says where a text comes from when the reader should know: the other language's text shown as a
 * fallback, the knowledge base's own translation, or a translation the original has outrun.
 */
export async function TextBadge({ value }: { value: ShownText }) {
  const t = await getTranslations('Text');
  const label = value.fallback
    ? t('originalIn', { lang: value.lang })
    : value.status === 'OUTDATED'
      ? t('outdated')
      : value.status === 'TRANSLATION'
        ? t('translation')
        : null;
  if (!label) return null;
  const tone = value.fallback || value.status === 'OUTDATED' ? 'bg-amber-100 text-amber-900' : 'bg-slate-100 text-slate-700';
  return <span className={`ml-2 inline-block rounded px-1.5 py-0.5 align-middle text-xs font-normal ${tone}`}>{label}</span>;
}
