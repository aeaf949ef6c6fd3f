'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { subscribeAction, type SubscribeState } from '@/lib/actions/alerts';
import { alertFrequencies } from '@/lib/validation/alerts';

const initial: SubscribeState = { status: 'idle' };
const input = 'w-full max-w-md rounded border border-slate-500 px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700';
const error = 'mt-1 text-sm font-medium text-red-800';

/**
 * The subscribe form: a plain form posting to a server action, so it works before (or without)
 * JavaScript; with it, the answer replaces the form in place. What is followed travels in hidden
 * fields; the reader picks the address, how often and the e-mails' language. Errors are shown
 * beside their fields (aria-invalid, aria-describedby) and typed values survive them.
 */
export function SubscribeForm({ target, language }: { target: Record<string, string>; language: 'en' | 'ru' }) {
  const t = useTranslations('Alerts');
  const tLanguages = useTranslations('Languages');
  const [state, action, pending] = useActionState(subscribeAction, initial);
  const id = useId();

  if (state.status === 'sent') {
    return (
      <p role="status" className="max-w-xl rounded border border-green-700 bg-green-50 p-4 text-green-900">
        {t('sent', { email: state.email })}
      </p>
    );
  }
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? state.values : undefined;
  const formError = state.status === 'error' ? (state.formError ?? (errors.target ? 'target' : undefined)) : undefined;
  const frequency = values?.frequency ?? 'IMMEDIATE';
  const chosenLanguage = values?.language ?? language;

  return (
    <form action={action} noValidate className="max-w-xl space-y-6">
      {Object.entries(target).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {formError && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t(`errors.${formError}`)}
        </p>
      )}
      <div>
        <label htmlFor={`${id}-email`} className="block font-medium">
          {t('emailLabel')}
        </label>
        <input
          id={`${id}-email`}
          type="email"
          name="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={values?.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? `${id}-email-error` : undefined}
          className={input}
        />
        {errors.email && (
          <p id={`${id}-email-error`} className={error}>
            {t('errors.email')}
          </p>
        )}
      </div>
      <fieldset
        role="radiogroup"
        aria-invalid={errors.frequency ? true : undefined}
        aria-describedby={errors.frequency ? `${id}-frequency-error` : undefined}
        className="space-y-2"
      >
        <legend className="font-medium">{t('frequencyLegend')}</legend>
        {alertFrequencies.map((value) => (
          <label key={value} className="flex min-h-6 items-center gap-2">
            <input type="radio" name="frequency" value={value} defaultChecked={value === frequency} />
            {t(`frequency.${value}`)}
          </label>
        ))}
        {errors.frequency && (
          <p id={`${id}-frequency-error`} className={error}>
            {t('errors.frequency')}
          </p>
        )}
      </fieldset>
      <fieldset
        role="radiogroup"
        aria-invalid={errors.language ? true : undefined}
        aria-describedby={errors.language ? `${id}-language-error` : undefined}
        className="space-y-2"
      >
        <legend className="font-medium">{t('languageLegend')}</legend>
        {(['en', 'ru'] as const).map((value) => (
          <label key={value} className="flex min-h-6 items-center gap-2">
            <input type="radio" name="language" value={value} defaultChecked={value === chosenLanguage} />
            {tLanguages(value)}
          </label>
        ))}
        {errors.language && (
          <p id={`${id}-language-error`} className={error}>
            {t('errors.language')}
          </p>
        )}
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-70">
        {pending ? t('sending') : t('submit')}
      </button>
    </form>
  );
}
