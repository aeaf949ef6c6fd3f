/**
 * The geometry of the network explorer, kept apart from React so it can be tested: a view is
 * `translate(x y) scale(k)` over the drawing's own units.
 */
export interface View {
  k: number;
  x: number;
  y: number;
}

/** Zoom by `factor` keeping the point `at` (drawing units) where it is on screen; back at 1 the view resets. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }, min: number, max: number): View {
  const k = Math.min(max, Math.max(min, view.k * factor));
  if (k === min) return { k, x: 0, y: 0 };
  const ratio = k / view.k;
  return { k, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio };
}

/**
 * The record an arrow key moves to: the nearest one within 60° of the arrow's direction,
 * distance weighted against straying off the axis. Null when there is none that way.
 */
export function nearestInDirection(points: readonly { x: number; y: number }[], from: number, [dx, dy]: [number, number]): number | null {
  const origin = points[from];
  let best: number | null = null;
  let bestScore = Infinity;
  points.forEach((point, index) => {
    if (index === from) return;
    const vx = point.x - origin.x;
    const vy = point.y - origin.y;
    const distance = Math.hypot(vx, vy);
    if (distance === 0) return;
    const along = (vx * dx + vy * dy) / distance;
    if (along < Math.cos(Math.PI / 3)) return;
    const score = distance * (2 - along);
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}
