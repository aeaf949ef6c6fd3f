import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const BENCHMARKS_PATH = 'docs/benchmarks.md';

/**
 * Replaces the section between `<!-- marker:start -->` and `<!-- marker:end -->` in
 * docs/benchmarks.md, or appends it: each benchmark rewrites only its own runs.
 */
export function writeSection(marker: string, body: string, path = BENCHMARKS_PATH) {
  const section = `<!-- ${marker}:start -->\n${body.trim()}\n<!-- ${marker}:end -->`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const existing = new RegExp(`<!-- ${marker}:start -->[\\s\\S]*<!-- ${marker}:end -->`);
  const next = existing.test(current) ? current.replace(existing, () => section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
