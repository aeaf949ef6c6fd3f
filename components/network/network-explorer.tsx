'use client';

import { useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import { useTranslations } from 'next-intl';
import { edgeColor, edgeDash, markerPath, typeColor } from '@/components/charts/type-style';
import type { DrawnNetwork } from './drawn-network';
import { nearestInDirection, zoomAt, type View } from './view-math';

/**
 * The network page's drawing, made interactive: hover or focus a record to light up its ties
 * and see its name, arrow keys to walk between records, zoom and pan. The layout arrives
 * computed (docs/decisions/008); this file only draws and reacts. Records are SVG links, so
 * Enter or a click opens them, with or without JavaScript.
 */
const LABELLED = 12;
const MIN_ZOOM = 1;
const MAX_ZOOM = 8;
const noSubscription = () => () => {};
const clip = (name: string) => (name.length > 70 ? `${name.slice(0, 69).trimEnd()}…` : name);

export function NetworkExplorer({ network, label }: { network: DrawnNetwork; label: string }) {
  const t = useTranslations('Network');
  const types = useTranslations('Types');
  const { nodes, edges, viewBox } = network;
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; id: number } | null>(null);
  // False while rendered on the server and during hydration, true once the script runs: the
  // zoom buttons only appear when they can work.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [active, setActive] = useState<number | null>(null);
  const [view, setView] = useState<View>({ k: 1, x: 0, y: 0 });

  const adjacent = useMemo(() => {
    const map = nodes.map(() => new Set<number>());
    for (const edge of edges) {
      map[edge.s].add(edge.t);
      map[edge.t].add(edge.s);
    }
    return map;
  }, [nodes, edges]);

  const lit = (index: number) => active === null || index === active || adjacent[active].has(index);
  const centre = { x: viewBox.x + viewBox.width / 2, y: viewBox.y + viewBox.height / 2 };

  /** A pointer's position in the drawing's own units. */
  function toDrawing(clientX: number, clientY: number) {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return centre;
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  const zoomBy = (factor: number, at = centre) => setView((current) => zoomAt(current, factor, at, MIN_ZOOM, MAX_ZOOM));

  /** Bring a record into view when the keyboard reaches it outside the zoomed area. */
  function reveal(index: number) {
    setView((current) => {
      const x = current.x + nodes[index].x * current.k;
      const y = current.y + nodes[index].y * current.k;
      const inside = x > viewBox.x && x < viewBox.x + viewBox.width && y > viewBox.y && y < viewBox.y + viewBox.height;
      return inside ? current : { ...current, x: centre.x - nodes[index].x * current.k, y: centre.y - nodes[index].y * current.k };
    });
  }

  function onNodeKey(event: KeyboardEvent<Element>, index: number) {
    const direction = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[event.key];
    if (!direction) return;
    event.preventDefault();
    const next = nearestInDirection(nodes, index, direction as [number, number]);
    if (next !== null) svg.current?.querySelector<SVGAElement>(`[data-node="${next}"]`)?.focus();
  }

  function onKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === '+' || event.key === '=') zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / 1.5);
    else if (event.key === '0') setView({ k: 1, x: 0, y: 0 });
    else if (event.key === 'Escape') setActive(null);
  }

  function onWheel(event: WheelEvent<SVGSVGElement>) {
    // Only with Ctrl (or a trackpad pinch, which sends it): a plain wheel keeps scrolling the page.
    if (!event.ctrlKey) return;
    event.preventDefault();
    zoomBy(event.deltaY < 0 ? 1.25 : 0.8, toDrawing(event.clientX, event.clientY));
  }

  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    if (view.k === 1 || (event.target as Element).closest('a')) return;
    drag.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    if (!drag.current || drag.current.id !== event.pointerId) return;
    const from = toDrawing(drag.current.x, drag.current.y);
    const to = toDrawing(event.clientX, event.clientY);
    drag.current = { ...drag.current, x: event.clientX, y: event.clientY };
    setView((current) => ({ ...current, x: current.x + to.x - from.x, y: current.y + to.y - from.y }));
  }

  const labels = new Set<number>(nodes.slice(0, LABELLED).map((_, index) => index));
  if (network.focus !== undefined) labels.add(network.focus);
  if (active !== null) {
    labels.add(active);
    if (adjacent[active].size <= LABELLED) adjacent[active].forEach((index) => labels.add(index));
  }
  // Names near an edge run inwards, so a long one is not cut off by the frame.
  const anchor = (x: number) => (x < viewBox.x + viewBox.width * 0.2 ? 'start' : x > viewBox.x + viewBox.width * 0.8 ? 'end' : 'middle');
  const button = 'min-h-9 min-w-9 rounded border border-slate-400 bg-white px-2 text-slate-900 hover:bg-slate-100';

  return (
    <div className="space-y-2" data-ready={ready ? 'true' : undefined} onKeyDown={onKey}>
      <div className="flex min-h-9 flex-wrap items-center gap-2">
        {ready && (
          <>
            <button type="button" className={button} onClick={() => zoomBy(1.5)} aria-label={t('zoomIn')} disabled={view.k >= MAX_ZOOM}>
              +
            </button>
            <button type="button" className={button} onClick={() => zoomBy(1 / 1.5)} aria-label={t('zoomOut')} disabled={view.k <= MIN_ZOOM}>
              −
            </button>
            <button type="button" className={button} onClick={() => setView({ k: 1, x: 0, y: 0 })}>
              {t('zoomReset')}
            </button>
          </>
        )}
        <p className="text-sm text-slate-700">{t('hint')}</p>
      </div>
      <svg
        ref={svg}
        viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
        role="group"
        aria-label={label}
        style={{ maxWidth: viewBox.width }}
        className={`h-auto w-full rounded border border-slate-200 bg-white ${view.k > 1 ? 'cursor-grab touch-none' : ''}`}
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        onMouseLeave={() => setActive(null)}
      >
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`} className="motion-safe:transition-transform motion-safe:duration-200">
          <g aria-hidden="true">
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
                  strokeWidth={(on ? 2.5 : 1.2) / view.k}
                  opacity={active === null ? 0.65 : on ? 1 : 0.12}
                  className="motion-safe:transition-opacity"
                />
              );
            })}
          </g>
          {nodes.map((node, index) => (
            <a
              key={index}
              href={node.href}
              data-node={index}
              aria-label={t('nodeLabel', { name: node.name, type: types(`one.${node.type}`), count: node.degree })}
              onMouseEnter={() => setActive(index)}
              onFocus={() => {
                setActive(index);
                reveal(index);
              }}
              onBlur={() => setActive((current) => (current === index ? null : current))}
              onKeyDown={(event) => onNodeKey(event, index)}
              className="outline-none [&:focus-visible>path]:stroke-[3px] [&:focus-visible>path]:stroke-blue-700"
            >
              <circle cx={node.x} cy={node.y} r={Math.max(node.r, 12) / Math.sqrt(view.k)} fill="transparent" />
              <path
                d={markerPath(node.type, node.r / Math.sqrt(view.k))}
                transform={`translate(${node.x} ${node.y})`}
                fill={typeColor[node.type]}
                stroke="#fff"
                strokeWidth={1.5 / view.k}
                opacity={lit(index) ? 1 : 0.2}
                className="motion-safe:transition-opacity"
              />
            </a>
          ))}
          <g aria-hidden="true" className="pointer-events-none">
            {[...labels].map((index) => {
              const node = nodes[index];
              const size = (index === active ? 13 : 11) / view.k;
              return (
                <text
                  key={index}
                  x={node.x}
                  y={node.y - node.r / Math.sqrt(view.k) - 4 / view.k}
                  textAnchor={anchor(view.x + node.x * view.k)}
                  fontSize={size}
                  fontWeight={index === active ? 600 : 400}
                  lang={node.lang}
                  fill="#0f172a"
                  opacity={lit(index) ? 1 : 0.3}
                  stroke="#fff"
                  strokeWidth={3 / view.k}
                  paintOrder="stroke"
                >
                  {index === active ? clip(node.name) : node.short}
                </text>
              );
            })}
          </g>
        </g>
      </svg>
    </div>
  );
}
