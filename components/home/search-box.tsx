import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/** A plain GET form to the search page (?q=…): works before, and without, any JavaScript. */
export async function SearchBox() {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations('Home');
  return (
    <section aria-labelledby="home-search">
      <h2 id="home-search" className="sr-only">
        {t('searchHeading')}
      </h2>
      <form role="search" aria-labelledby="home-search-label" method="get" action={getPathname({ href: '/search', locale })} className="space-y-2">
        <label id="home-search-label" htmlFor="home-search-q" className="block font-medium">
          {t('searchLabel')}
        </label>
        <div className="flex max-w-2xl flex-wrap gap-2">
          <input
            id="home-search-q"
            type="search"
            name="q"
            required
            aria-describedby="home-search-hint"
            className="min-w-0 flex-1 basis-56 rounded border border-slate-400 px-3 py-2 text-slate-900"
          />
          <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
            {t('searchSubmit')}
          </button>
        </div>
        <p id="home-search-hint" className="text-sm text-slate-700">
          {t('searchHint')}
        </p>
      </form>
    </section>
  );
}
