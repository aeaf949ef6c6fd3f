import type { ReactNode } from 'react';
import type { RecordDetail } from '@/lib/data/record-shapes';
import type { AppLocale } from '@/lib/i18n/routing';
import { DossierAxis } from '@/components/charts/dossier-axis';
import { LocalNetwork } from '@/components/network/local-network';
import { InitiativeTimeline, splitDossier } from './initiative-timeline';
import { LinkGroups } from './link-groups';
import { PositionList } from './position-list';
import { RecordArticle } from './record-article';
import { RecordSources } from './record-sources';
import { RecordTexts } from './record-texts';
import { SpeakerNote } from './speaker-note';
import { StatementQuote } from './statement-quote';

/**
 * A record's page body by type: the one composition both the public pages and the editors'
 * preview render, so a preview is exactly what readers will see. `actions` (the public pages'
 * "Follow") come right after the header; a preview has none.
 */
export function RecordView({ record, locale, actions }: { record: RecordDetail; locale: AppLocale; actions?: ReactNode }) {
  return (
    <RecordArticle record={record} locale={locale}>
      {actions}
      {body(record, locale)}
    </RecordArticle>
  );
}

function body(record: RecordDetail, locale: AppLocale): ReactNode {
  switch (record.type) {
    case 'statement':
      return (
        <>
          <StatementQuote record={record} />
          <SpeakerNote record={record} />
          <RecordTexts record={record} />
          <LinkGroups record={record} />
          <RecordSources record={record} />
        </>
      );
    case 'organisation':
    case 'person':
      return (
        <>
          <RecordTexts record={record} />
          <PositionList record={record} />
          <LinkGroups record={record} />
          <LocalNetwork record={record} />
          <RecordSources record={record} />
        </>
      );
    case 'initiative': {
      const { timeline, others } = splitDossier(record.links, locale);
      return (
        <>
          <RecordTexts record={record} />
          <LinkGroups record={record} links={others} />
          <InitiativeTimeline items={timeline}>
            <DossierAxis initiative={record} events={timeline.map((item) => item.record)} />
          </InitiativeTimeline>
          <LocalNetwork record={record} />
          <RecordSources record={record} />
        </>
      );
    }
    default:
      return (
        <>
          <RecordTexts record={record} />
          <LinkGroups record={record} />
          <RecordSources record={record} />
        </>
      );
  }
}
