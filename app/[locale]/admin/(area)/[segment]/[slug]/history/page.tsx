import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuditTable } from '@/components/admin/audit-table';
import { DiffTable } from '@/components/admin/records/diff-table';
import { RevisionList } from '@/components/admin/records/revision-list';
import { guardPage } from '@/lib/auth/guard-page';
import { can } from '@/lib/auth/permissions';
import { listAudit } from '@/lib/data/admin/audit';
import { getEditorRecord } from '@/lib/data/admin/editor-record';
import { compareRevisions, listRevisions } from '@/lib/data/admin/revisions';
import { typeOfSegment } from '@/lib/editor/segment';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { compareQuerySchema } from '@/lib/validation/admin-query';

export default async function HistoryPage({ params, searchParams }: PageProps<'/[locale]/admin/[segment]/[slug]/history'>) {
  const { locale, segment, slug } = await params;
  setRequestLocale(locale as AppLocale);
  const type = typeOfSegment(segment);
  if (!type) notFound();
  const user = await guardPage('admin.read', locale as AppLocale, `/admin/${segment}/${slug}/history`);
  const record = await getEditorRecord(user, type, slug);
  if (!record) notFound();
  const query = await searchParams;
  const { from, to } = compareQuerySchema.parse(query);
  const [t, revisions, audit] = await Promise.all([getTranslations('Admin.history'), listRevisions(user, record.id), listAudit(user, { recordId: record.id, page: 1 })]);
  const changes = from && to ? await compareRevisions(user, record.id, from, to) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('title', { slug })}</h1>
      <p><Link href={`/admin/${segment}/${slug}`} className="underline">{t('backToEdit')}</Link></p>
      {query.done === 'restore' && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-2">{t('restored')}</p>}
      <RevisionList recordId={record.id} revisions={revisions} canRestore={can(user.role, 'revision.restore')} from={from} to={to} />
      {from && to && (changes ? <DiffTable changes={changes} from={from} to={to} /> : <p role="alert">{t('noSuchVersion')}</p>)}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('auditTitle')}</h2>
        <AuditTable entries={audit.entries} />
      </section>
    </div>
  );
}
