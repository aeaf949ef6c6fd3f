import type { ReactNode } from 'react';

/** One term and its value in a record's list of facts (inside a <dl>). */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-medium text-slate-700">{term}:</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}
