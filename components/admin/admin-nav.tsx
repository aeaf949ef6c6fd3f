import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session';
import { segments } from '@/lib/data/record-types';
import { Link } from '@/lib/i18n/navigation';
import { recordTypeNames } from '@/lib/validation/records';
import { SignOutButton } from './auth/sign-out-button';

/** The editors' menu: what this role may open, and who is signed in. */
export async function AdminNav({ user }: { user: SessionUser }) {
  const t = await getTranslations('Admin');
  const types = await getTranslations('Types.many');
  const link = 'rounded px-2 py-1 hover:bg-slate-200 focus-visible:outline-2';
  return (
    <nav aria-label={t('nav.label')} className="mb-6 rounded border border-slate-300 bg-slate-50 p-3 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ul className="flex flex-wrap gap-1">
          <li><Link href="/admin" className={link}>{t('nav.dashboard')}</Link></li>
          {recordTypeNames.map((type) => (
            <li key={type}><Link href={`/admin/${segments[type]}`} className={link}>{types(type)}</Link></li>
          ))}
          <li><Link href="/admin/translations" className={link}>{t('nav.translations')}</Link></li>
          {can(user.role, 'audit.read') && <li><Link href="/admin/audit" className={link}>{t('nav.audit')}</Link></li>}
          {can(user.role, 'alerts.read') && <li><Link href="/admin/alerts" className={link}>{t('nav.alerts')}</Link></li>}
          {can(user.role, 'users.manage') && <li><Link href="/admin/users" className={link}>{t('nav.users')}</Link></li>}
        </ul>
        <div className="flex items-center gap-2">
          <Link href="/admin/account" className={link}>
            {user.name} · {t(`roleNames.${user.role}`)}
          </Link>
          <SignOutButton />
        </div>
      </div>
    </nav>
  );
}
