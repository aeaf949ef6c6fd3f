import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RecordForm } from '@/components/admin/records/record-form';
import { guardPage } from '@/lib/auth/guard-page';
import { recordFormProps } from '@/lib/data/admin/form-props';
import { typeOfSegment } from '@/lib/editor/segment';
import type { AppLocale } from '@/lib/i18n/routing';

export default async function NewRecordPage({ params }: PageProps<'/[locale]/admin/[segment]/new'>) {
  const { locale, segment } = await params;
  setRequestLocale(locale as AppLocale);
  const type = typeOfSegment(segment);
  if (!type) notFound();
  const user = await guardPage('record.create', locale as AppLocale, `/admin/${segment}/new`);
  const [t, types] = await Promise.all([getTranslations('Admin.edit'), getTranslations('Types.one')]);
  const props = await recordFormProps(user, type, null, locale as 'ru' | 'en', (name) => types(name));
  const initial = { version: ['0'], originalLocale: [locale] };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('newTitle', { type: types(type) })}</h1>
      <RecordForm {...props} initial={initial} textStatus={{}} />
    </div>
  );
}
