import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuditTable } from '@/components/admin/audit-table';
import { AdminPager } from '@/components/admin/lists/admin-pager';
import { guardPage } from '@/lib/auth/guard-page';
import { AUDIT_PAGE_SIZE, listAudit } from '@/lib/data/admin/audit';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageQuerySchema } from '@/lib/validation/admin-query';

export default async function AuditPage({ params, searchParams }: PageProps<'/[locale]/admin/audit'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  const user = await guardPage('audit.read', locale as AppLocale, '/admin/audit');
  const { page } = pageQuerySchema.parse(await searchParams);
  const [t, audit] = await Promise.all([getTranslations('Admin.audit'), listAudit(user, { page })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <AuditTable entries={audit.entries} />
      <AdminPager path="/admin/audit" query={{}} page={page} pageSize={AUDIT_PAGE_SIZE} total={audit.total} />
    </div>
  );
}
