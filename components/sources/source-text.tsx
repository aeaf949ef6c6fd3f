import { getTranslations } from 'next-intl/server';
import type { ParagraphView } from '@/lib/data/sources';
import type { Locale } from '@/lib/generated/prisma/enums';
import { ParagraphRow, rowGrid } from './paragraph-row';
import type { ReadingView } from './reading-view';
import { TargetHighlight } from './target-highlight';

/**
 * The document's clean text, paragraph by paragraph: original in the first column, translation in
 * the second. The column labels are for the eye; each cell also names its column for screen
 * readers (and visibly, when the columns stack on a narrow screen).
 */
export async function SourceText({
  paragraphs,
  columns,
  view,
}: {
  paragraphs: ParagraphView[];
  columns: { original: Locale; translation: Locale };
  view: ReadingView;
}) {
  const t = await getTranslations('Reader');
  const label = 'text-sm font-semibold uppercase tracking-wide text-slate-700';
  return (
    <section aria-labelledby="source-text" className="space-y-2">
      <h2 id="source-text" className="sr-only">
        {t('text')}
      </h2>
      {paragraphs.length === 0 ? (
        <p className="text-slate-700">{t('empty')}</p>
      ) : (
        <>
          <div aria-hidden="true" className={`${rowGrid(view)} hidden px-2 md:grid print:grid`}>
            <span />
            {view !== 'translation' && <span className={label}>{t('columnOriginal', { lang: columns.original })}</span>}
            {view !== 'original' && <span className={label}>{t('columnTranslation', { lang: columns.translation })}</span>}
          </div>
          <TargetHighlight />
          <div>
            {paragraphs.map((paragraph) => (
              <ParagraphRow key={paragraph.anchor} paragraph={paragraph} columns={columns} view={view} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
