import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { ReadingView } from './reading-view';

/**
 * Side by side or one language: plain links (?view=…), so it works without JavaScript and the
 * choice is in the URL. Links carry no #anchor: a view change starts reading from the top.
 */
export async function ViewToggle({ slug, view, columns }: { slug: string; view: ReadingView; columns: { original: Locale; translation: Locale } }) {
  const t = await getTranslations('Reader');
  const options: { view: ReadingView; label: string }[] = [
    { view: 'both', label: t('viewBoth') },
    { view: 'original', label: t('viewOriginal', { lang: columns.original }) },
    { view: 'translation', label: t('viewTranslation', { lang: columns.translation }) },
  ];
  return (
    <nav aria-label={t('viewLabel')} className="print:hidden">
      <ul className="flex flex-wrap gap-2 text-sm">
        {options.map((option) => (
          <li key={option.view}>
            <Link
              href={option.view === 'both' ? `/sources/${slug}` : { pathname: `/sources/${slug}`, query: { view: option.view } }}
              aria-current={option.view === view ? 'true' : undefined}
              className={
                option.view === view
                  ? 'inline-block rounded border border-blue-800 bg-blue-800 px-3 py-1 text-white'
                  : 'inline-block rounded border border-slate-300 px-3 py-1 text-blue-800 hover:border-blue-800'
              }
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
