import { getLocale, getTranslations } from 'next-intl/server';
import type { NetworkView } from '@/lib/data/network';
import type { Tie } from '@/lib/network/types';
import { recordPath } from '@/lib/data/record-types';
import { Link } from '@/lib/i18n/navigation';
import type { DrawnNode } from './drawn-network';

/**
 * The network as tables: every record with its type and number of ties, and every tie read in
 * the direction it was stated. The network page shows them as its own view (`?view=table`),
 * a record page inside a closed <details>; both one click away, neither needs script.
 */
export async function NetworkTable({ view, nodes }: { view: NetworkView; nodes: DrawnNode[] }) {
  const [t, tTypes, locale] = await Promise.all([getTranslations('Network'), getTranslations('Types'), getLocale()]);
  const rows = view.edges.flatMap((edge) =>
    edge.ties.map((tie: Tie) => {
      const [from, to] = tie.reversed ? [edge.target, edge.source] : [edge.source, edge.target];
      return { from, to, tie, statements: edge.statements };
    }),
  );
  const byName = (a: number, b: number) => nodes[a].name.localeCompare(nodes[b].name, locale);
  rows.sort((a, b) => byName(a.from, b.from) || byName(a.to, b.to));
  const name = (index: number) => (
    <Link href={recordPath(view.nodes[index].type, view.nodes[index].slug)} lang={nodes[index].lang} className="text-blue-800 underline">
      {nodes[index].name}
    </Link>
  );
  // Cell styles set once on each table, not on each of possibly thousands of cells.
  const table = 'w-full text-left text-sm [&_:is(td,th)]:border-b [&_:is(td,th)]:border-slate-200 [&_:is(td,th)]:px-2 [&_:is(td,th)]:py-1 [&_:is(td,th)]:align-top';
  return (
    <div className="space-y-6 overflow-x-auto">
      <table className={table}>
        <caption className="mb-2 text-left font-semibold">{t('tableRecords')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colType')}</th>
            <th scope="col">{t('colTies')}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((node, index) => (
            <tr key={index}>
              <td>{name(index)}</td>
              <td>{tTypes(`one.${node.type}`)}</td>
              <td>{node.degree}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={table}>
        <caption className="mb-2 text-left font-semibold">{t('tableTies')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colFrom')}</th>
            <th scope="col">{t('colRelation')}</th>
            <th scope="col">{t('colTo')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td>{name(row.from)}</td>
              <td>{t(`relation.${row.tie.relation}`, { count: row.statements })}</td>
              <td>{name(row.to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
