import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RecordsTable } from '@/components/admin/lists/records-table';
import { guardPage } from '@/lib/auth/guard-page';
import { countByState, listAdminRecords } from '@/lib/data/admin/admin-records';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

export default async function AdminHome({ params }: PageProps<'/[locale]/admin'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  const user = await guardPage('admin.read', locale as AppLocale, '/admin');
  const [t, counts, review, recent] = await Promise.all([
    getTranslations('Admin.dashboard'),
    countByState(user),
    listAdminRecords(user, { state: 'IN_REVIEW', page: 1 }),
    listAdminRecords(user, { page: 1 }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p>{t('counts', { drafts: counts.DRAFT, review: counts.IN_REVIEW, published: counts.PUBLISHED, archived: counts.ARCHIVED })}</p>
      <p>
        <Link href="/admin/statements/new" className="rounded bg-blue-800 px-3 py-1.5 text-white">{t('newStatement')}</Link>
      </p>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('inReview')}</h2>
        <RecordsTable rows={review.rows} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('recent')}</h2>
        <RecordsTable rows={recent.rows.slice(0, 10)} />
      </section>
    </div>
  );
}
