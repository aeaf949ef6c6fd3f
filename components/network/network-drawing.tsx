import type { AppLocale } from '@/lib/i18n/routing';
import { edgeColor, edgeDash, markerPath, typeColor } from '@/components/charts/type-style';
import type { DrawnEdge, DrawnNode } from './drawn-network';
import type { View } from './view-math';

/**
 * The network's markup, lean because a large network is hundreds of elements: what every
 * element shares (stroke, widths, fades) sits on its group, and the attributes of a lit-up
 * record and its ties are only written while one is active (in the browser, never in the HTML).
 * `nodeLabel` gives each record's accessible name; links open the records without script.
 */
export function NetworkDrawing({
  nodes,
  edges,
  view,
  active,
  adjacent,
  labels,
  nodeLabel,
  anchor,
}: {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  view: View;
  active: number | null;
  adjacent: Set<number>[];
  labels: Set<number>;
  nodeLabel: (node: DrawnNode) => string;
  anchor: (x: number) => 'start' | 'middle' | 'end';
}) {
  const lit = (index: number) => active === null || index === active || adjacent[active].has(index);
  const shrink = Math.sqrt(view.k);
  return (
    <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`} className="zoom-layer">
      <g aria-hidden="true" strokeWidth={1.2 / view.k} strokeOpacity={active === null ? 0.65 : undefined}>
        {edges.map((edge, index) => {
          const on = active !== null && (edge.s === active || edge.t === active);
          return (
            <line
              key={index}
              x1={nodes[edge.s].x}
              y1={nodes[edge.s].y}
              x2={nodes[edge.t].x}
              y2={nodes[edge.t].y}
              stroke={edgeColor[edge.kind]}
              strokeDasharray={edgeDash[edge.kind]}
              strokeWidth={on ? 2.5 / view.k : undefined}
              strokeOpacity={active === null ? undefined : on ? 1 : 0.12}
            />
          );
        })}
      </g>
      <g stroke="#fff" strokeWidth={1.5 / view.k}>
        {nodes.map((node, index) => (
          <a key={index} href={node.href} aria-label={nodeLabel(node)}>
            {node.r < 12 && <circle cx={node.x} cy={node.y} r={12 / shrink} fill="transparent" stroke="none" />}
            <path d={markerPath(node.type, node.r / shrink)} transform={`translate(${node.x} ${node.y})`} fill={typeColor[node.type]} opacity={lit(index) ? undefined : 0.2} />
          </a>
        ))}
      </g>
      <g aria-hidden="true" className="pointer-events-none" fill="#0f172a" stroke="#fff" strokeWidth={3 / view.k} paintOrder="stroke">
        {[...labels].map((index) => {
          const node = nodes[index];
          return (
            <text
              key={index}
              x={node.x}
              y={node.y - node.r / shrink - 4 / view.k}
              textAnchor={anchor(view.x + node.x * view.k)}
              fontSize={(index === active ? 13 : 11) / view.k}
              fontWeight={index === active ? 600 : undefined}
              lang={node.lang as AppLocale | undefined}
              opacity={lit(index) ? undefined : 0.3}
            >
              {index === active ? clip(node.name) : node.short}
            </text>
          );
        })}
      </g>
    </g>
  );
}

const clip = (name: string) => (name.length > 70 ? `${name.slice(0, 69).trimEnd()}…` : name);
