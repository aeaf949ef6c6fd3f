'use client';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle } from '@/lib/actions/action-state';
import { createUserAction, updateUserAction } from '@/lib/actions/users';
import { changePasswordAction } from '@/lib/actions/auth';
import type { UserRow } from '@/lib/data/admin/users';
import { FormStatus } from '../form/form-status';
import { SelectField } from '../form/select-field';
import { SubmitButton } from '../form/submit-button';
import { TextField } from '../form/text-field';

function useRoleOptions() {
  const t = useTranslations('Admin.roleNames');
  return (['editor', 'reviewer', 'admin'] as const).map((value) => ({ value, label: t(value) }));
}

export function NewUserForm() {
  const t = useTranslations('Admin.users');
  const locale = useLocale();
  const roles = useRoleOptions();
  const [state, action] = useActionState(createUserAction, idle);
  const value = (name: string) => state.values?.[name]?.[0];
  return (
    <form action={action} key={state.stamp ?? 'initial'} className="grid gap-3 md:grid-cols-2">
      <input type="hidden" name="locale" value={locale} />
      <div className="md:col-span-2"><FormStatus state={state} labels={{ email: t('email'), name: t('name'), role: t('role'), password: t('password') }} /></div>
      <TextField name="email" type="email" label={t('email')} value={value('email')} errors={state.fieldErrors?.email} required />
      <TextField name="name" label={t('name')} value={value('name')} errors={state.fieldErrors?.name} required />
      <SelectField name="role" label={t('role')} value={value('role') ?? 'editor'} options={roles} errors={state.fieldErrors?.role} />
      <TextField name="password" type="password" label={t('password')} hint={t('passwordHint')} errors={state.fieldErrors?.password} autoComplete="new-password" required />
      <div><SubmitButton>{t('create')}</SubmitButton></div>
    </form>
  );
}

export function UserRowForm({ user, self }: { user: UserRow; self: boolean }) {
  const t = useTranslations('Admin.users');
  const locale = useLocale();
  const roles = useRoleOptions();
  const [state, action] = useActionState(updateUserAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 border-b border-slate-200 py-2 text-sm">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={user.id} />
      <span className="min-w-60">{user.name} &lt;{user.email}&gt;{self && ` (${t('you')})`}</span>
      <SelectField name="role" label={t('role')} value={user.role} options={roles} />
      <label className="flex items-center gap-1"><input type="checkbox" name="disabled" defaultChecked={user.disabled} />{t('disabled')}</label>
      <SubmitButton tone="secondary">{t('update')}</SubmitButton>
      {state.status === 'error' && <p role="alert" className="text-red-700">{state.message}</p>}
    </form>
  );
}

export function PasswordForm() {
  const t = useTranslations('Admin.account');
  const locale = useLocale();
  const [state, action] = useActionState(changePasswordAction, idle);
  return (
    <form action={action} key={state.stamp ?? 'initial'} className="max-w-sm space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <FormStatus state={state} labels={{ currentPassword: t('current'), newPassword: t('new'), confirmPassword: t('confirm') }} />
      <TextField name="currentPassword" type="password" label={t('current')} errors={state.fieldErrors?.currentPassword} autoComplete="current-password" required />
      <TextField name="newPassword" type="password" label={t('new')} hint={t('hint')} errors={state.fieldErrors?.newPassword} autoComplete="new-password" required />
      <TextField name="confirmPassword" type="password" label={t('confirm')} errors={state.fieldErrors?.confirmPassword} autoComplete="new-password" required />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}
