import { getTranslations } from 'next-intl/server';
import type { ParagraphView } from '@/lib/data/sources';
import type { Locale } from '@/lib/generated/prisma/enums';

const textStyle: Record<ParagraphView['kind'], string> = {
  HEADING: 'text-lg font-semibold text-slate-900',
  DATELINE: 'italic text-slate-700',
  TEXT: '',
  QUESTION: 'font-semibold text-slate-900',
  ANSWER: '',
};

/**
 * One language of one paragraph. `label` names the column for screen readers (and, stacked on a
 * narrow screen, for everyone). When this language has no text, `fallback` decides between a
 * note (the other column shows the text) and the other language's text, badged: a single-column
 * view must never be blank where the document has text.
 */
export async function ParagraphCell({
  paragraph,
  locale,
  label,
  missing,
  singleColumn,
}: {
  paragraph: ParagraphView;
  locale: Locale;
  label: string;
  missing: 'notTranslated' | 'noText';
  singleColumn: boolean;
}) {
  const t = await getTranslations('Reader');
  const tText = await getTranslations('Text');
  const own = paragraph.texts[locale];
  const otherLocale: Locale = locale === 'ru' ? 'en' : 'ru';
  const shown = own ? { ...own, lang: locale } : singleColumn && paragraph.texts[otherLocale] ? { ...paragraph.texts[otherLocale]!, lang: otherLocale } : null;
  const role = paragraph.kind === 'QUESTION' ? t('question') : paragraph.kind === 'ANSWER' ? t('answer') : null;

  return (
    <div className="min-w-0">
      <p className={`text-xs font-medium uppercase tracking-wide text-slate-700 ${singleColumn ? 'sr-only' : 'md:sr-only print:sr-only'}`}>
        {label}
      </p>
      {role && <p className="text-xs font-medium text-slate-700">{role}</p>}
      {shown ? (
        <p lang={shown.lang} className={`whitespace-pre-line leading-relaxed break-words ${textStyle[paragraph.kind]}`}>
          {shown.text}
          {shown.lang !== locale && (
            <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-normal not-italic text-amber-900">
              {shown.status === 'ORIGINAL' ? tText('originalIn', { lang: shown.lang }) : tText('translation')}
            </span>
          )}
          {shown.lang === locale && shown.status === 'OUTDATED' && (
            <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-normal not-italic text-amber-900">
              {tText('outdated')}
            </span>
          )}
        </p>
      ) : (
        <p className="text-sm italic text-slate-700">{t(missing)}</p>
      )}
    </div>
  );
}
