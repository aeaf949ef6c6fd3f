import { getLocale, getTranslations } from 'next-intl/server';
import { TextBadge } from '@/components/text/text-badge';
import { pickText, type ShownText } from '@/lib/data/texts';
import type { RecordDetail } from '@/lib/data/record-shapes';

function Quote({ value, caption, captionFirst = false }: { value: ShownText; caption: React.ReactNode; captionFirst?: boolean }) {
  const figcaption = <figcaption className="text-sm text-slate-700">{caption}</figcaption>;
  return (
    <figure className="space-y-2">
      {captionFirst && figcaption}
      <blockquote lang={value.lang} className="max-w-prose whitespace-pre-line break-words border-l-4 border-slate-300 pl-4 text-lg">
        {value.text}
      </blockquote>
      {!captionFirst && figcaption}
    </figure>
  );
}

/**
 * The statement's exact words. The reader's language comes first; when that is a translation,
 * the original follows, labelled, so a researcher always knows which text the source holds.
 */
export async function StatementQuote({ record }: { record: RecordDetail }) {
  const [t, locale] = await Promise.all([getTranslations('Record'), getLocale()]);
  const shown = pickText(record.texts, 'quote', locale);
  if (!shown) return null;
  const originalRow =
    record.texts.find((row) => row.field === 'quote' && row.status === 'ORIGINAL') ??
    record.texts.find((row) => row.field === 'quote' && row.locale === record.originalLocale);
  const original: ShownText | null = originalRow
    ? { text: originalRow.text, lang: originalRow.locale, status: originalRow.status, fallback: originalRow.locale !== locale }
    : null;
  const shownIsOriginal = !original || original.lang === shown.lang;
  return (
    <section aria-labelledby="field-quote" className="space-y-4">
      <h2 id="field-quote" className="text-xl font-semibold">
        {t('quote')}
      </h2>
      <Quote
        value={shown}
        caption={shownIsOriginal && shown.status === 'ORIGINAL' ? t('originalQuote', { lang: shown.lang }) : <TextBadge value={shown} />}
      />
      {!shownIsOriginal && original && <Quote value={original} caption={t('originalQuote', { lang: original.lang })} captionFirst />}
    </section>
  );
}
