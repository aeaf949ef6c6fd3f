'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { manageLinkAction, type ManageLinkState } from '@/lib/actions/alerts';

const initial: ManageLinkState = { status: 'idle' };

/** "Send me the link to my alerts": works without JavaScript; the answer is the same for every address. */
export function ManageLinkForm() {
  const t = useTranslations('Alerts');
  const [state, action, pending] = useActionState(manageLinkAction, initial);
  const id = useId();
  const invalid = state.status === 'error';
  return (
    <form action={action} noValidate className="max-w-xl space-y-3">
      <div>
        <label htmlFor={`${id}-email`} className="block font-medium">
          {t('emailLabel')}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id={`${id}-email`}
            type="email"
            name="email"
            autoComplete="email"
            required
            maxLength={254}
            defaultValue={state.status === 'idle' ? undefined : state.email}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
            className="min-w-0 flex-1 basis-56 rounded border border-slate-500 px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700"
          />
          <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-70">
            {pending ? t('sending') : t('sendLink')}
          </button>
        </div>
        {invalid && (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
            {t('errors.email')}
          </p>
        )}
      </div>
      {state.status === 'sent' && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t('linkSent', { email: state.email })}
        </p>
      )}
    </form>
  );
}
