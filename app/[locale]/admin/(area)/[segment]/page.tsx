import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPager } from '@/components/admin/lists/admin-pager';
import { RecordsTable } from '@/components/admin/lists/records-table';
import { guardPage } from '@/lib/auth/guard-page';
import { ADMIN_PAGE_SIZE, listAdminRecords } from '@/lib/data/admin/admin-records';
import { typeOfSegment } from '@/lib/editor/segment';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { adminListQuerySchema } from '@/lib/validation/admin-query';

export default async function AdminRecordList({ params, searchParams }: PageProps<'/[locale]/admin/[segment]'>) {
  const { locale, segment } = await params;
  setRequestLocale(locale as AppLocale);
  const type = typeOfSegment(segment);
  if (!type) notFound();
  const user = await guardPage('admin.read', locale as AppLocale, `/admin/${segment}`);
  const query = adminListQuerySchema.parse(await searchParams);
  const [t, types, states, list] = await Promise.all([
    getTranslations('Admin.list'),
    getTranslations('Types.many'),
    getTranslations('Admin.states'),
    listAdminRecords(user, { type, state: query.state, q: query.q, deleted: query.deleted === '1', page: query.page }),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{types(type)}</h1>
        <Link href={`/admin/${segment}/new`} className="rounded bg-blue-800 px-3 py-1.5 text-white">{t('new')}</Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          {t('search')}
          <input name="q" defaultValue={query.q} className="rounded border border-slate-400 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          {t('state')}
          <select name="state" defaultValue={query.state ?? ''} className="rounded border border-slate-400 bg-white px-2 py-1">
            <option value="">{t('anyState')}</option>
            {(['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const).map((state) => <option key={state} value={state}>{states(state)}</option>)}
          </select>
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="deleted" value="1" defaultChecked={query.deleted === '1'} />
          {t('deleted')}
        </label>
        <button type="submit" className="rounded border border-slate-500 px-3 py-1">{t('filter')}</button>
      </form>
      <RecordsTable rows={list.rows} />
      <AdminPager path={`/admin/${segment}`} query={{ q: query.q, state: query.state, deleted: query.deleted }} page={query.page} pageSize={ADMIN_PAGE_SIZE} total={list.total} />
    </div>
  );
}
