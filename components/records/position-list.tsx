import { getLocale, getTranslations } from 'next-intl/server';
import { ShownText } from '@/components/text/shown-text';
import { RecordDate } from '@/components/text/record-date';
import type { RecordDetail } from '@/lib/data/record-shapes';
import { RecordLink } from './record-link';
import { CitationList } from './citation-list';
import { positionTitle, sortPositions } from './positions';

/**
 * Positions seen from one end: on a person's page, the posts they hold and where; on an
 * organisation's page, its people and their posts. Each with its date and sources.
 */
export async function PositionList({ record }: { record: RecordDetail }) {
  const [t, locale] = await Promise.all([getTranslations('Record'), getLocale()]);
  const onPerson = record.type === 'person';
  const positions = sortPositions(record.positions.filter((p) => (onPerson ? p.person.slug === record.slug : p.organisation?.slug === record.slug)));
  if (positions.length === 0) return null;
  return (
    <section aria-labelledby="positions" className="space-y-2">
      <h2 id="positions" className="text-xl font-semibold">
        {onPerson ? t('positions') : t('people')}
      </h2>
      <ul className="space-y-2">
        {positions.map((position, index) => {
          const other = onPerson ? position.organisation : position.person;
          return (
            <li key={index} className="space-y-1 break-words">
              <div>
                {!onPerson && <RecordLink record={position.person} />}
                {!onPerson && ' · '}
                <ShownText value={positionTitle(position, locale)} />
                {onPerson && other && (
                  <>
                    {', '}
                    <RecordLink record={other} />
                  </>
                )}
                {position.asOf && (
                  <span className="text-sm text-slate-700">
                    {' · '}
                    {t('asOf')} <RecordDate date={position.asOf} precision="DAY" />
                  </span>
                )}
              </div>
              <CitationList citations={position.citations} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
