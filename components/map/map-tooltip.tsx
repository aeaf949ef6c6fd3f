'use client';

import { useRef, useState, type ReactNode } from 'react';

export interface TooltipContent {
  name: string;
  lang?: string;
  lines: string[];
}

/**
 * A tooltip for the map's countries, on hover and on keyboard focus: the name and the counts
 * per type. The map itself is server-rendered; this only listens to it. The tooltip repeats what
 * each country's label already says, so it is hidden from assistive technology.
 */
export function MapTooltip({ countries, children }: { countries: Record<string, TooltipContent>; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<{ slug: string; x: number; y: number; flip: boolean } | null>(null);

  function show(target: EventTarget | null, at?: { x: number; y: number }) {
    const element = (target as Element | null)?.closest?.('[data-country]');
    const slug = element?.getAttribute('data-country');
    if (!element || !slug || !box.current) return setShown(null);
    const frame = box.current.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    const point = at ?? { x: rect.left + rect.width / 2, y: rect.top };
    // Past the middle, the tooltip opens to the left, so it never runs off the page.
    setShown({ slug, x: point.x - frame.left, y: point.y - frame.top, flip: point.x - frame.left > frame.width / 2 });
  }

  const content = shown ? countries[shown.slug] : undefined;
  return (
    <div
      ref={box}
      className="relative"
      onPointerMove={(event) => show(event.target, { x: event.clientX, y: event.clientY })}
      onPointerLeave={() => setShown(null)}
      onFocus={(event) => show(event.target)}
      onBlur={() => setShown(null)}
      // Content shown on hover or focus can be dismissed without moving (WCAG 1.4.13).
      onKeyDown={(event) => event.key === 'Escape' && setShown(null)}
    >
      {children}
      {shown && content && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute z-10 max-w-64 rounded border border-slate-300 bg-white px-3 py-2 text-sm shadow-md"
          style={{ left: shown.x, top: shown.y, transform: `translate(${shown.flip ? 'calc(-100% - 12px)' : '12px'}, calc(-100% - 8px))` }}
        >
          <p className="font-semibold" lang={content.lang}>
            {content.name}
          </p>
          {content.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
