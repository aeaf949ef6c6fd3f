import { getLocale, getTranslations } from 'next-intl/server';
import { edgeColor, edgeDash, markerPath, typeColor } from '@/components/charts/type-style';
import { getLocalNetwork } from '@/lib/data/network';
import type { RecordDetail } from '@/lib/data/record-shapes';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { edgeKinds, networkTypes, type NetworkType } from '@/lib/network/types';
import { drawNetwork } from './drawn-network';
import { NetworkLegend } from './network-legend';
import { NetworkTable } from './network-table';

/**
 * A record page's own network, drawn entirely on the server: plain SVG links, names always
 * shown, a table one click away. No client code, so record pages keep their JavaScript budget
 * (docs/decisions/011); the interactive explorer lives on /network.
 */
export async function LocalNetwork({ record }: { record: RecordDetail }) {
  if (!(networkTypes as readonly string[]).includes(record.type)) return null;
  const [view, locale, t, tTypes] = await Promise.all([
    getLocalNetwork(record.type, record.slug),
    getLocale() as Promise<AppLocale>,
    getTranslations('Network'),
    getTranslations('Types'),
  ]);
  if (!view) return null;
  const { nodes, edges, viewBox, focus } = drawNetwork(view, locale, 14);
  const more = view.total - nodes.length;
  const types = networkTypes.filter((type) => nodes.some((node) => node.type === type));
  const kinds = edgeKinds.filter((kind) => edges.some((edge) => edge.kind === kind));
  const counts = { nodes: nodes.length, edges: edges.length };

  return (
    <section aria-labelledby="local-network" className="space-y-3">
      <h2 id="local-network" className="text-xl font-semibold">
        {t('localTitle')}
      </h2>
      <p className="text-sm text-slate-700">{t('localIntro')}</p>
      <NetworkLegend types={types as NetworkType[]} kinds={kinds} />
      <svg
        viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
        role="group"
        aria-label={t('graphLabel', counts)}
        // Never drawn larger than its own units: labels keep the size of the text around them.
        style={{ maxWidth: viewBox.width }}
        className="h-auto w-full rounded border border-slate-200 bg-white"
      >
        <g aria-hidden="true">
          {edges.map((edge, index) => (
            <line
              key={index}
              x1={nodes[edge.s].x}
              y1={nodes[edge.s].y}
              x2={nodes[edge.t].x}
              y2={nodes[edge.t].y}
              stroke={edgeColor[edge.kind]}
              strokeDasharray={edgeDash[edge.kind]}
              strokeWidth={edge.s === focus || edge.t === focus ? 1.8 : 1.1}
              opacity={0.75}
            />
          ))}
        </g>
        {nodes.map((node, index) => (
          <a key={index} href={node.href} aria-label={t('nodeLabel', { name: node.name, type: tTypes(`one.${node.type}`), count: node.degree })} className="[&:hover>path]:stroke-slate-900">
            <title>{node.name}</title>
            <circle cx={node.x} cy={node.y} r={Math.max(node.r, 12)} fill="transparent" />
            <path
              d={markerPath(node.type, index === focus ? node.r + 3 : node.r)}
              transform={`translate(${node.x} ${node.y})`}
              fill={typeColor[node.type]}
              stroke={index === focus ? '#0f172a' : '#fff'}
              strokeWidth={index === focus ? 2.5 : 1.5}
            />
          </a>
        ))}
        <g aria-hidden="true" className="pointer-events-none">
          {nodes.map((node, index) => (
            <text
              key={index}
              x={node.x}
              y={node.y - node.r - (index === focus ? 8 : 5)}
              textAnchor="middle"
              fontSize={index === focus ? 14 : 12}
              fontWeight={index === focus ? 600 : 400}
              lang={node.lang}
              fill="#0f172a"
              stroke="#fff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {node.short}
            </text>
          ))}
        </g>
      </svg>
      {more > 0 && <p className="text-sm text-slate-700">{t('localMore', { count: more })}</p>}
      {record.type === 'initiative' && (
        <p>
          <Link href={{ pathname: '/network', query: { initiative: record.slug } }} className="text-blue-800 underline">
            {t('openFull')}
          </Link>
        </p>
      )}
      <details className="rounded border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium text-blue-800">{t('showTable')}</summary>
        <div className="mt-3">
          <NetworkTable view={view} nodes={nodes} />
        </div>
      </details>
    </section>
  );
}
