import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StateBadge } from '@/components/admin/lists/state-badge';
import { DeletePanel } from '@/components/admin/records/delete-panel';
import { RecordForm } from '@/components/admin/records/record-form';
import { WorkflowBar } from '@/components/admin/records/workflow-bar';
import { guardPage } from '@/lib/auth/guard-page';
import { can } from '@/lib/auth/permissions';
import { getEditorRecord } from '@/lib/data/admin/editor-record';
import { recordFormProps } from '@/lib/data/admin/form-props';
import { recordPath } from '@/lib/data/record-types';
import { typeOfSegment } from '@/lib/editor/segment';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

export default async function EditRecordPage({ params, searchParams }: PageProps<'/[locale]/admin/[segment]/[slug]'>) {
  const { locale, segment, slug } = await params;
  setRequestLocale(locale as AppLocale);
  const type = typeOfSegment(segment);
  if (!type) notFound();
  const user = await guardPage('record.update', locale as AppLocale, `/admin/${segment}/${slug}`);
  const record = await getEditorRecord(user, type, slug);
  if (!record) notFound();
  const query = await searchParams;
  const [t, types] = await Promise.all([getTranslations('Admin.edit'), getTranslations('Types.one')]);
  const props = await recordFormProps(user, type, record, locale as 'ru' | 'en', (name) => types(name));
  const name = record.values[`texts.name.${locale}`]?.[0] ?? record.values['texts.name.ru']?.[0] ?? record.values['texts.name.en']?.[0] ?? slug;
  const done = typeof query.done === 'string' ? query.done : null;
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <p className="text-sm text-slate-700">{types(type)}</p>
        <h1 className="text-2xl font-semibold">{name}</h1>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <StateBadge state={record.deletedAt ? 'DELETED' : record.state} />
          <span>{t('version', { version: record.version })}</span>
          <Link href={`/admin/${segment}/${slug}/preview`} className="underline">{t('preview')}</Link>
          <Link href={`/admin/${segment}/${slug}/history`} className="underline">{t('history')}</Link>
          {record.state === 'PUBLISHED' && !record.deletedAt && <Link href={recordPath(type, slug)} className="underline">{t('publicPage')}</Link>}
        </p>
      </div>
      {(query.saved || done) && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-2">
          {query.saved ? t('saved', { version: String(query.saved) }) : t(`done.${done}` as 'done.publish')}
        </p>
      )}
      <WorkflowBar user={user} id={record.id} state={record.state} deleted={Boolean(record.deletedAt)} />
      {record.deletedAt ? (
        <p className="rounded bg-red-50 p-3">{t('deletedNotice')}</p>
      ) : (
        <RecordForm {...props} initial={record.values} textStatus={record.textStatus} recordId={record.id} />
      )}
      {record.incoming.length > 0 && (
        <section className="text-sm">
          <h2 className="font-semibold">{t('incoming', { count: record.incoming.length })}</h2>
          <p className="text-slate-700">{t('incomingHint')}</p>
        </section>
      )}
      {!record.deletedAt && can(user.role, 'record.delete') && <DeletePanel id={record.id} />}
    </div>
  );
}
