import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { pickText } from '@/lib/data/texts';
import { recordPath } from '@/lib/data/record-types';
import type { SearchHit } from '@/lib/search/types';
import { ShownText } from '@/components/text/shown-text';
import { TextBadge } from '@/components/text/text-badge';
import { RecordDate } from '@/components/text/record-date';
import { SnippetText } from './snippet-text';

/** One result: its type and date, its name in the reader's language (or the other, badged), the snippet. */
export async function ResultItem({ hit }: { hit: SearchHit }) {
  const locale = await getLocale();
  const t = await getTranslations('Search');
  const tTypes = await getTranslations('Types');
  const tLanguages = await getTranslations('Languages');
  const name = pickText(hit.names, 'name', locale);
  return (
    <li className="space-y-1 py-4">
      <p className="text-sm text-slate-700">
        {tTypes(`one.${hit.type}`)}
        {hit.date && (
          <>
            {' · '}
            <RecordDate date={hit.date} precision={hit.datePrecision} />
          </>
        )}
      </p>
      <h3 className="text-lg font-semibold">
        <Link href={recordPath(hit.type, hit.slug)} className="text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2">
          {name ? <ShownText value={name} badge={false} /> : hit.slug}
        </Link>
        {name?.fallback && <TextBadge value={name} />}
      </h3>
      {hit.match === 'name' && hit.matchedName && (
        <p className="text-sm text-slate-700">{t('similarName', { name: hit.matchedName.text })}</p>
      )}
      {hit.snippet && <SnippetText snippet={hit.snippet} locale={locale} languageLabel={tLanguages(hit.snippet.lang)} />}
    </li>
  );
}
