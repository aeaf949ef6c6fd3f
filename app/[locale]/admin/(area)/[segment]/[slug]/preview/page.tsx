import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RecordView } from '@/components/records/record-view';
import { guardPage } from '@/lib/auth/guard-page';
import { readRecordForPreview } from '@/lib/data/records';
import { typeOfSegment } from '@/lib/editor/segment';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/** A record in any state, rendered by the same component as its public page. */
export default async function PreviewPage({ params }: PageProps<'/[locale]/admin/[segment]/[slug]/preview'>) {
  const { locale, segment, slug } = await params;
  setRequestLocale(locale as AppLocale);
  const type = typeOfSegment(segment);
  if (!type) notFound();
  await guardPage('admin.read', locale as AppLocale, `/admin/${segment}/${slug}/preview`);
  const record = await readRecordForPreview(type, slug);
  if (!record) notFound();
  const t = await getTranslations('Admin.edit');
  return (
    <div className="space-y-4">
      <p role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-sm">
        {t('previewNotice')} <Link href={`/admin/${segment}/${slug}`} className="underline">{t('backToEdit')}</Link>
      </p>
      <RecordView record={record} locale={locale as AppLocale} />
    </div>
  );
}
