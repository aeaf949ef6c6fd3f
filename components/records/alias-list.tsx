import { getTranslations } from 'next-intl/server';
import type { RecordDetail } from '@/lib/data/record-shapes';
import { Fact } from './fact';

const kinds = ['ACRONYM', 'VARIANT', 'TRANSLITERATION'] as const;

/** Acronyms and other names, each marked with its own language for screen readers and search. */
export async function AliasList({ aliases }: { aliases: RecordDetail['aliases'] }) {
  if (aliases.length === 0) return null;
  const t = await getTranslations('Record');
  return kinds.map((kind) => {
    const ofKind = aliases.filter((alias) => alias.kind === kind);
    if (ofKind.length === 0) return null;
    return (
      <Fact key={kind} term={t(`aliases.${kind}`)}>
        {ofKind.map((alias, index) => (
          <span key={`${alias.locale}:${alias.text}`}>
            {index > 0 && ', '}
            <span lang={alias.locale}>{alias.text}</span>
          </span>
        ))}
      </Fact>
    );
  });
}
