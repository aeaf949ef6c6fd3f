import { getLocale, getTranslations } from 'next-intl/server';
import type { NetworkView } from '@/lib/data/network';
import type { Tie } from '@/lib/network/types';
import { recordPath } from '@/lib/data/record-types';
import { Link } from '@/lib/i18n/navigation';
import type { DrawnNode } from './drawn-network';

/**
 * The network as tables, one click away (a closed <details>, no JavaScript): every record with
 * its type and number of ties, and every tie read in the direction it was stated.
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
  const cell = 'border-b border-slate-200 px-2 py-1 align-top';
  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium text-blue-800">{t('showTable')}</summary>
      <div className="mt-3 space-y-6 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t('tableRecords')}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>{t('colName')}</th>
              <th scope="col" className={cell}>{t('colType')}</th>
              <th scope="col" className={cell}>{t('colTies')}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((node, index) => (
              <tr key={index}>
                <td className={cell}>{name(index)}</td>
                <td className={cell}>{tTypes(`one.${node.type}`)}</td>
                <td className={cell}>{node.degree}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t('tableTies')}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>{t('colFrom')}</th>
              <th scope="col" className={cell}>{t('colRelation')}</th>
              <th scope="col" className={cell}>{t('colTo')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className={cell}>{name(row.from)}</td>
                <td className={cell}>{t(`relation.${row.tie.relation}`, { count: row.statements })}</td>
                <td className={cell}>{name(row.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
