import type { NetworkView } from '@/lib/data/network';
import { recordPath } from '@/lib/data/record-types';
import { pickText } from '@/lib/data/texts';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import type { EdgeKind, NetworkType, ViewBox } from '@/lib/network/types';

/**
 * What a drawing needs of a network, in the reader's language: names (or the other language's,
 * with its `lang`), a short label, the record's address. Plain data, so it can cross to the
 * client explorer without the texts of both languages.
 */
export interface DrawnNode {
  x: number;
  y: number;
  r: number;
  type: NetworkType;
  href: string;
  name: string;
  /** Short name (acronym) where there is one: what a permanent label shows. */
  short: string;
  lang?: AppLocale;
  degree: number;
}

export interface DrawnEdge {
  s: number;
  t: number;
  kind: EdgeKind;
}

export interface DrawnNetwork {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  viewBox: ViewBox;
  focus?: number;
}

const MAX_LABEL = 28;

export function shortLabel(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name;
}

/**
 * The layout's box widened to hold the labels drawn above the markers, estimating a label's
 * width from its length (about 0.6 em a character), so no name is cut at the edge.
 */
export function fitLabels(box: ViewBox, nodes: readonly DrawnNode[], fontSize: number): ViewBox {
  let [left, right, top] = [box.x, box.x + box.width, box.y];
  for (const node of nodes) {
    const half = (node.short.length * fontSize * 0.68) / 2;
    left = Math.min(left, node.x - half - 4);
    right = Math.max(right, node.x + half + 4);
    top = Math.min(top, node.y - node.r - fontSize * 1.6);
  }
  const x = Math.floor(left);
  const y = Math.floor(top);
  return { x, y, width: Math.ceil(right) - x, height: box.y + box.height - y };
}

export function drawNetwork(view: NetworkView, locale: AppLocale, fontSize = 12): DrawnNetwork {
  const drawn = {
    nodes: view.nodes.map((node) => {
      const name = pickText(node.names, 'name', locale);
      const short = pickText(node.names, 'shortName', locale);
      return {
        x: node.x,
        y: node.y,
        r: node.r,
        type: node.type,
        href: getPathname({ href: recordPath(node.type, node.slug), locale }),
        name: name?.text ?? node.slug,
        short: shortLabel(short?.text ?? name?.text ?? node.slug),
        lang: name && name.lang !== locale ? name.lang : undefined,
        degree: node.degree,
      };
    }),
    edges: view.edges.map((edge) => ({ s: edge.source, t: edge.target, kind: edge.kind })),
    viewBox: view.viewBox,
    focus: view.focus,
  };
  return { ...drawn, viewBox: fitLabels(view.viewBox, drawn.nodes, fontSize) };
}
