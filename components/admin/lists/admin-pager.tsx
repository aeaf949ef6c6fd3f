import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** Previous / next for the editors' lists, keeping the other filters. */
export async function AdminPager({ path, query, page, pageSize, total }: { path: string; query: Record<string, string | undefined>; page: number; pageSize: number; total: number }) {
  const t = await getTranslations('Admin.pager');
  const last = Math.max(1, Math.ceil(total / pageSize));
  const href = (target: number) => ({ pathname: path, query: Object.fromEntries(Object.entries({ ...query, page: target > 1 ? String(target) : undefined }).filter(([, value]) => value)) as Record<string, string> });
  return (
    <nav aria-label={t('label')} className="flex items-center gap-3 text-sm">
      {page > 1 && <Link href={href(page - 1) as never} className="underline">{t('previous')}</Link>}
      <span>{t('position', { page: Math.min(page, last), last, total })}</span>
      {page < last && <Link href={href(page + 1) as never} className="underline">{t('next')}</Link>}
    </nav>
  );
}
