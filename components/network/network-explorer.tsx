'use client';

import { useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { DrawnNetwork } from './drawn-network';
import { NetworkDrawing } from './network-drawing';
import { nearestInDirection, zoomAt, type View } from './view-math';

/**
 * The network page's drawing, made interactive: hover or focus a record to light up its ties
 * and see its name, arrow keys to walk between records, zoom and pan. The layout arrives
 * computed (docs/decisions/011); this file only draws and reacts. Records are SVG links, so
 * Enter or a click opens them, with or without JavaScript.
 */
const LABELLED = 12;
const MIN_ZOOM = 1;
const MAX_ZOOM = 8;
const noSubscription = () => () => {};

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

  /** Which record an event came from: its link's place among the drawing's links. */
  function nodeIndex(target: EventTarget): number | null {
    const link = (target as Element).closest?.('a');
    if (!link || !svg.current) return null;
    const index = [...svg.current.querySelectorAll<Element>('a')].indexOf(link);
    return index >= 0 ? index : null;
  }

  function onNodeKey(event: KeyboardEvent<SVGSVGElement>) {
    const direction = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[event.key];
    const index = direction ? nodeIndex(event.target) : null;
    if (!direction || index === null) return;
    event.preventDefault();
    const next = nearestInDirection(nodes, index, direction as [number, number]);
    if (next !== null) svg.current?.querySelectorAll<SVGAElement>('a')[next]?.focus();
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
        className={`network-drawing h-auto w-full rounded border border-slate-200 bg-white ${view.k > 1 ? 'cursor-grab touch-none' : ''}`}
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        onMouseLeave={() => setActive(null)}
        onMouseOver={(event) => setActive(nodeIndex(event.target))}
        onFocus={(event) => {
          const index = nodeIndex(event.target);
          if (index === null) return;
          setActive(index);
          reveal(index);
        }}
        onBlur={() => setActive(null)}
        onKeyDown={onNodeKey}
      >
        <NetworkDrawing
          nodes={nodes}
          edges={edges}
          view={view}
          active={active}
          adjacent={adjacent}
          labels={labels}
          anchor={anchor}
          nodeLabel={(node) => t('nodeLabel', { name: node.name, type: types(`one.${node.type}`), count: node.degree })}
        />
      </svg>
    </div>
  );
}
