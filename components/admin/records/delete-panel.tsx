'use client';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle } from '@/lib/actions/action-state';
import { deleteRecordAction } from '@/lib/actions/workflow';
import { SubmitButton } from '../form/submit-button';

/**
 * Delete (soft, restorable). When other records link here, the first press lists them and asks
 * whether to go on; their pages stop showing the link until the record is restored.
 */
export function DeletePanel({ id }: { id: string }) {
  const t = useTranslations('Admin.delete');
  const locale = useLocale();
  const [state, action] = useActionState(deleteRecordAction, idle);
  return (
    <section aria-labelledby="delete-title" className="rounded border border-red-300 p-3">
      <h2 id="delete-title" className="font-semibold">{t('title')}</h2>
      <p className="text-sm">{t('intro')}</p>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={id} />
        {state.referrers && (
          <div role="alert" className="rounded bg-red-50 p-2 text-sm">
            <p>{t('referrers', { count: state.referrers.length })}</p>
            <ul className="list-disc pl-5">
              {state.referrers.map((referrer) => (
                <li key={`${referrer.type}:${referrer.slug}:${referrer.role}`}>
                  {(referrer.names.find((name) => name.locale === locale) ?? referrer.names[0])?.text ?? referrer.slug} ({referrer.type})
                </li>
              ))}
            </ul>
            <input type="hidden" name="confirmed" value="yes" />
            <p>{t('confirmQuestion')}</p>
          </div>
        )}
        {state.status === 'error' && !state.referrers && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
        <SubmitButton tone="danger">{state.referrers ? t('confirm') : t('submit')}</SubmitButton>
      </form>
    </section>
  );
}
