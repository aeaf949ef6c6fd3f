'use client';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle } from '@/lib/actions/action-state';
import { signOutAction } from '@/lib/actions/auth';

export function SignOutButton() {
  const t = useTranslations('Admin.nav');
  const locale = useLocale();
  const [, action] = useActionState(signOutAction, idle);
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="rounded px-2 py-1 underline hover:bg-slate-200">
        {t('signOut')}
      </button>
    </form>
  );
}
