'use client';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle } from '@/lib/actions/action-state';
import { signInAction } from '@/lib/actions/auth';
import { FormStatus } from '../form/form-status';
import { SubmitButton } from '../form/submit-button';
import { TextField } from '../form/text-field';

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('Admin.signIn');
  const locale = useLocale();
  const [state, action] = useActionState(signInAction, idle);
  return (
    <form action={action} key={state.stamp ?? 'initial'} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next ?? ''} />
      <FormStatus state={state} labels={{ email: t('email'), password: t('password') }} />
      <TextField name="email" type="email" label={t('email')} value={state.values?.email?.[0]} errors={state.fieldErrors?.email} autoComplete="username" required />
      <TextField name="password" type="password" label={t('password')} errors={state.fieldErrors?.password} autoComplete="current-password" required />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}
