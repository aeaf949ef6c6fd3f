import { getTranslations } from 'next-intl/server';
import { cancelAction } from '@/lib/actions/alerts';
import type { AlertView } from '@/lib/data/alert-links';
import { Link } from '@/lib/i18n/navigation';

const button = 'rounded border border-blue-800 px-3 py-1.5 text-sm font-medium text-blue-900 hover:bg-blue-50';

/** A reader's alerts, each with what it follows, how, and a Cancel button (a plain form: no JavaScript needed). */
export async function AlertList({ alerts, token }: { alerts: AlertView[]; token: string }) {
  const [t, tLanguages] = await Promise.all([getTranslations('Alerts'), getTranslations('Languages')]);
  return (
    <div className="space-y-6">
      <ul className="divide-y divide-slate-200 border-y border-slate-200">
        {alerts.map((alert) => (
          <li key={alert.id} className="flex flex-wrap items-start justify-between gap-3 py-4">
            <div className="min-w-0 space-y-1">
              <p className="font-medium break-words">
                <Link href={alert.what.path} className="text-blue-800 underline">
                  {alert.what.text}
                </Link>
              </p>
              <dl className="flex flex-wrap gap-x-4 text-sm text-slate-700">
                <div className="flex gap-1">
                  <dt>{t('how')}:</dt>
                  <dd>{t(`frequency.${alert.frequency}`)}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>{t('language')}:</dt>
                  <dd>{tLanguages(alert.language)}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>{t('status')}:</dt>
                  <dd>{alert.confirmed ? t('active') : t('pending')}</dd>
                </div>
              </dl>
            </div>
            <form action={cancelAction}>
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="alert" value={alert.id} />
              <button type="submit" aria-label={t('cancelLabel', { what: alert.what.text })} className={button}>
                {t('cancel')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {alerts.length > 1 && (
        <form action={cancelAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="alert" value="all" />
          <button type="submit" className={button}>
            {t('cancelAll')}
          </button>
        </form>
      )}
    </div>
  );
}
