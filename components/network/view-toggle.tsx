import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { networkQueryObject, type NetworkQuery } from '@/lib/validation/network-query';

/**
 * Drawing or tables: two links that keep the filters, the current one marked. A table of a
 * large network is long, so it is its own view rather than hidden markup on every visit.
 */
export async function ViewToggle({ query }: { query: NetworkQuery }) {
  const t = await getTranslations('Network');
  const options = [
    { key: 'graph', label: t('showGraph'), query: { ...query, view: undefined } },
    { key: 'table', label: t('asTable'), query: { ...query, view: 'table' as const } },
  ];
  const current = query.view ?? 'graph';
  return (
    <nav aria-label={t('viewLabel')}>
      <ul className="flex gap-2">
        {options.map((option) => (
          <li key={option.key}>
            <Link
              href={{ pathname: '/network', query: networkQueryObject(option.query) }}
              aria-current={option.key === current ? 'page' : undefined}
              className={`inline-block rounded border px-3 py-1.5 ${option.key === current ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-400 text-blue-800 hover:bg-slate-100'}`}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
