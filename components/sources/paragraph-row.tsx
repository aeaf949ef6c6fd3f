import { getTranslations } from 'next-intl/server';
import type { ParagraphView } from '@/lib/data/sources';
import type { Locale } from '@/lib/generated/prisma/enums';
import { CopyLinkButton } from './copy-link-button';
import { ParagraphCell } from './paragraph-cell';
import type { ReadingView } from './reading-view';

/** The grid both the column labels and every paragraph row share, so aligned paragraphs stay level. */
export function rowGrid(view: ReadingView): string {
  return view === 'both'
    ? 'grid gap-x-6 gap-y-2 md:grid-cols-[4.5rem_minmax(0,1fr)_minmax(0,1fr)] print:grid-cols-[3rem_minmax(0,1fr)_minmax(0,1fr)]'
    : 'grid gap-x-6 gap-y-2 md:grid-cols-[4.5rem_minmax(0,1fr)] print:grid-cols-[3rem_minmax(0,1fr)]';
}

/**
 * One paragraph of a source: its number, a link to it, and its text in the languages the view
 * shows. The row carries the stable anchor (p-4), so a link to it survives a language switch;
 * :target highlights the paragraph a link led to.
 */
export async function ParagraphRow({
  paragraph,
  columns,
  view,
}: {
  paragraph: ParagraphView;
  columns: { original: Locale; translation: Locale };
  view: ReadingView;
}) {
  const t = await getTranslations('Reader');
  const { number } = paragraph;
  const single = view !== 'both';
  return (
    <div
      id={paragraph.anchor}
      className={`${rowGrid(view)} scroll-mt-4 rounded border-t border-slate-200 px-2 py-3 target:bg-amber-50 target:ring-2 target:ring-amber-400 data-targeted:bg-amber-50 data-targeted:ring-2 data-targeted:ring-amber-400 print:break-inside-avoid`}
    >
      <div className="flex items-baseline gap-2 text-sm text-slate-700 md:flex-col md:gap-1">
        <span>
          <span aria-hidden="true">{t('paragraph', { number })}</span>
          <span className="sr-only">{t('paragraphLabel', { number })}</span>
        </span>
        <CopyLinkButton
          anchor={paragraph.anchor}
          buttonText={t('copyLinkShort')}
          buttonLabel={t('copyLink', { number })}
          linkText={t('linkShort')}
          linkLabel={t('linkTo', { number })}
          copiedText={t('linkCopied')}
          failedText={t('copyFailed')}
        />
      </div>
      {view !== 'translation' && (
        <ParagraphCell
          paragraph={paragraph}
          locale={columns.original}
          label={t('columnOriginal', { lang: columns.original })}
          missing="noText"
          singleColumn={single}
        />
      )}
      {view !== 'original' && (
        <ParagraphCell
          paragraph={paragraph}
          locale={columns.translation}
          label={t('columnTranslation', { lang: columns.translation })}
          missing="notTranslated"
          singleColumn={single}
        />
      )}
    </div>
  );
}
