import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPager } from '@/components/admin/lists/admin-pager';
import { TableHead } from '@/components/admin/lists/table-head';
import { guardPage } from '@/lib/auth/guard-page';
import { QUEUE_PAGE_SIZE, translationQueue } from '@/lib/data/admin/translation-queue';
import { segments } from '@/lib/data/record-types';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { queueQuerySchema } from '@/lib/validation/admin-query';
import { recordTypeNames } from '@/lib/validation/records';

/** Records whose Russian or English text is missing or outdated, filterable by type and language. */
export default async function TranslationQueuePage({ params, searchParams }: PageProps<'/[locale]/admin/translations'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  const user = await guardPage('admin.read', locale as AppLocale, '/admin/translations');
  const query = queueQuerySchema.parse(await searchParams);
  const [t, types, languages, fields, queue] = await Promise.all([
    getTranslations('Admin.queue'), getTranslations('Types.one'), getTranslations('Languages'), getTranslations('Admin.fields'),
    translationQueue(user, { type: query.type, locale: query.lang, page: query.page }),
  ]);
  const describe = (list: { field: string; locale: 'ru' | 'en' }[]) => list.map((item) => `${fields(item.field as 'name')} (${languages(item.locale)})`).join(', ');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p>{t('intro', { count: queue.total })}</p>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">{t('type')}
          <select name="type" defaultValue={query.type ?? ''} className="rounded border border-slate-400 bg-white px-2 py-1">
            <option value="">{t('anyType')}</option>
            {recordTypeNames.map((type) => <option key={type} value={type}>{types(type)}</option>)}
          </select>
        </label>
        <label className="flex flex-col">{t('language')}
          <select name="lang" defaultValue={query.lang ?? ''} className="rounded border border-slate-400 bg-white px-2 py-1">
            <option value="">{t('anyLanguage')}</option>
            <option value="ru">{languages('ru')}</option>
            <option value="en">{languages('en')}</option>
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-500 px-3 py-1">{t('filter')}</button>
      </form>
      {queue.items.length === 0 ? <p className="rounded border border-dashed border-slate-400 p-4">{t('empty')}</p> : (
        <table className="w-full text-left text-sm">
          <TableHead columns={[t('record'), t('missing'), t('outdated')]} />
          <tbody>
            {queue.items.map((item) => (
              <tr key={`${item.type}:${item.slug}`} className="border-b border-slate-200 align-top">
                <td className="py-1 pr-2"><Link href={`/admin/${segments[item.type]}/${item.slug}`} className="text-blue-800 underline">{item.name}</Link> <span className="text-slate-600">({types(item.type)})</span></td>
                <td className="pr-2">{describe(item.missing) || '—'}</td>
                <td>{describe(item.outdated) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AdminPager path="/admin/translations" query={{ type: query.type, lang: query.lang }} page={query.page} pageSize={QUEUE_PAGE_SIZE} total={queue.total} />
    </div>
  );
}
