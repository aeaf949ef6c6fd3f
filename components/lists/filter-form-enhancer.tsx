'use client';

import type { FormEvent, ReactNode } from 'react';
import { useRouter } from '@/lib/i18n/navigation';

/**
 * The filter form works as a plain GET form without JavaScript. With it, submitting leaves out
 * empty choices and the default order, so the address keeps only the filters in force, and the
 * list changes without a full page load (history entries stay, so Back restores the last filter).
 */
export function FilterFormEnhancer({
  action,
  pathname,
  defaultSort,
  labelledBy,
  children,
}: {
  action: string;
  pathname: `/${string}`;
  defaultSort: string;
  /** The id of the form's visible heading, which names the search landmark. */
  labelledBy: string;
  children: ReactNode;
}) {
  const router = useRouter();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query: Record<string, string> = {};
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value !== 'string' || value === '' || key in query) continue;
      if (key === 'sort' && value === defaultSort) continue;
      query[key] = value;
    }
    router.push({ pathname, query });
  }

  return (
    <form method="get" action={action} autoComplete="off" onSubmit={onSubmit} role="search" aria-labelledby={labelledBy} className="rounded border border-slate-200 bg-slate-50 p-4">
      {children}
    </form>
  );
}
