import { getTranslations } from 'next-intl/server';

const tones: Record<string, string> = {
  DRAFT: 'bg-slate-200 text-slate-900',
  IN_REVIEW: 'bg-amber-100 text-amber-900',
  PUBLISHED: 'bg-green-100 text-green-900',
  ARCHIVED: 'bg-slate-300 text-slate-800',
  DELETED: 'bg-red-100 text-red-900',
};

export async function StateBadge({ state }: { state: string }) {
  const t = await getTranslations('Admin.states');
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs ${tones[state] ?? ''}`}>{t(state as 'DRAFT')}</span>;
}
