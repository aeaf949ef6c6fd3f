import { getLocale, getTranslations } from 'next-intl/server';
import type messages from '@/messages/en.json';
import { ShownText } from '@/components/text/shown-text';
import { pickText } from '@/lib/data/texts';
import type { RecordDetail } from '@/lib/data/record-shapes';
import { RecordDates } from './record-dates';
import { AliasList } from './alias-list';
import { Fact } from './fact';

type KindKey = keyof (typeof messages)['Kinds'];
type StatusKey = keyof (typeof messages)['Statuses'];

/** Types whose records are events in time: an unknown date is worth saying, not hiding. */
const dated = new Set(['statement', 'conference', 'initiative']);

/** The top of every record page: what it is, its name (the one h1), and the facts about it. */
export async function RecordHeader({ record }: { record: RecordDetail }) {
  const [t, types, kinds, statuses, languages, locale] = await Promise.all([
    getTranslations('Record'),
    getTranslations('Types'),
    getTranslations('Kinds'),
    getTranslations('Statuses'),
    getTranslations('Languages'),
    getLocale(),
  ]);
  const { kind, status } = record.attributes;
  const shortName = pickText(record.texts, 'shortName', locale);
  return (
    <header className="space-y-4">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-700">{types(`one.${record.type}`)}</p>
      <ShownText value={pickText(record.texts, 'name', locale)} as="h1" className="text-2xl font-semibold break-words sm:text-3xl" />
      <dl aria-label={t('facts')} className="space-y-1 text-slate-800">
        {shortName && (
          <Fact term={t('shortName')}>
            <ShownText value={shortName} />
          </Fact>
        )}
        {kind && <Fact term={t('kind')}>{kinds(kind as KindKey)}</Fact>}
        {status && <Fact term={t('status')}>{statuses(status as StatusKey)}</Fact>}
        {(record.date || dated.has(record.type)) && (
          <Fact term={record.endDate ? t('dates') : t('date')}>
            <RecordDates record={record} />
          </Fact>
        )}
        {record.attributes.iso2 && <Fact term={t('iso2')}>{record.attributes.iso2}</Fact>}
        <Fact term={t('originalLanguage')}>{languages(record.originalLocale)}</Fact>
        <AliasList aliases={record.aliases} />
      </dl>
    </header>
  );
}
