import { getFormatter, getTranslations } from 'next-intl/server';
import type { AlertDeliveryReport } from '@/lib/data/alert-admin';

/** The alert e-mails that need an editor's eye: failed ones, and those waiting for a retry with the error that delayed them. */
export async function AlertDeliveries({ report }: { report: AlertDeliveryReport }) {
  const [t, format] = await Promise.all([getTranslations('AlertAdmin'), getFormatter()]);
  const time = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
  return (
    <div className="space-y-4">
      <p role="status">{t('summary', { pending: report.pending, sent: report.sentLastDay, failed: report.failed })}</p>
      {report.problems.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('caption')}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {(['to', 'kind', 'status', 'attempts', 'nextAttempt', 'lastError', 'created'] as const).map((column) => (
                  <th key={column} scope="col" className="py-2 pr-4">{t(column)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.problems.map((problem) => (
                <tr key={problem.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 break-all">{problem.to}</td>
                  <td className="py-2 pr-4">{t(`kinds.${problem.kind}`)}</td>
                  <td className={`py-2 pr-4 font-medium ${problem.status === 'failed' ? 'text-red-800' : 'text-amber-900'}`}>{t(`statuses.${problem.status}`)}</td>
                  <td className="py-2 pr-4">{problem.attempts}</td>
                  <td className="py-2 pr-4">{problem.nextAttemptAt ? time(problem.nextAttemptAt) : '—'}</td>
                  <td className="py-2 pr-4 font-mono break-words">{problem.lastError ?? '—'}</td>
                  <td className="py-2 pr-4">{time(problem.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
