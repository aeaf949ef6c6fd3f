import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function Forbidden() {
  const t = useTranslations('Admin.forbidden');
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p>{t('body')}</p>
      <Link href="/admin" className="underline">{t('back')}</Link>
    </div>
  );
}
