import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { RecordTypeName } from '@/lib/validation/records';
import { listHref, type ListParams } from './list-url';

/** Page numbers to offer: the first, the last, and the current one with its neighbours. */
export function pageWindow(current: number, last: number): (number | 'gap')[] {
  const wanted = [...new Set([1, current - 1, current, current + 1, last])].filter((page) => page >= 1 && page <= last).sort((a, b) => a - b);
  const result: (number | 'gap')[] = [];
  for (const page of wanted) {
    const previous = result.at(-1);
    if (typeof previous === 'number' && page - previous === 2) result.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) result.push('gap');
    result.push(page);
  }
  return result;
}

const linkClass = 'inline-block min-w-10 rounded border border-slate-300 px-3 py-1.5 text-center text-blue-800 hover:bg-blue-50';

/** "Showing 21–40 of 44" and links to the other pages, each keeping the filters in force. */
export async function ListPagination({ type, params, page, pageSize, total }: { type: RecordTypeName; params: ListParams; page: number; pageSize: number; total: number }) {
  const t = await getTranslations('Lists.pagination');
  const last = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const href = (target: number) => listHref(type, params, { page: target === 1 ? undefined : String(target) });

  return (
    <nav aria-label={t('label')} className="space-y-3 border-t border-slate-200 pt-4">
      <p className="text-sm text-slate-700">{t('showing', { from, to, total })}</p>
      {last > 1 && (
        <ul className="flex flex-wrap items-center gap-2 text-sm">
          {page > 1 && (
            <li>
              <Link href={href(page - 1)} rel="prev" className={linkClass}>
                <span aria-hidden="true">← </span>
                {t('previous')}
              </Link>
            </li>
          )}
          {pageWindow(page, last).map((item, index) =>
            item === 'gap' ? (
              <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-700">
                …
              </li>
            ) : (
              <li key={item}>
                {item === page ? (
                  <Link href={href(item)} aria-current="page" aria-label={t('page', { page: item })} className="inline-block min-w-10 rounded border border-blue-800 bg-blue-800 px-3 py-1.5 text-center font-semibold text-white">
                    {item}
                  </Link>
                ) : (
                  <Link href={href(item)} aria-label={t('page', { page: item })} className={linkClass}>
                    {item}
                  </Link>
                )}
              </li>
            ),
          )}
          {page < last && (
            <li>
              <Link href={href(page + 1)} rel="next" className={linkClass}>
                {t('next')}
                <span aria-hidden="true"> →</span>
              </Link>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
