/**
 * `npm run bench:profile -- <file.cpuprofile>`: where a V8 CPU profile (from `npm run bench --
 * --profile`) spent its time, as self time per function and per package, without a browser.
 */
import { readFileSync } from 'node:fs';
import { fail } from '../cli';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const file = process.argv[2];
if (!file) fail('give the .cpuprofile file to summarize.', 'npm run bench:profile -- .data/bench/profiles/<run>/<file>.cpuprofile');
let profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
try {
  profile = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}

const selfTime = new Map<number, number>();
profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
const total = [...selfTime.values()].reduce((sum, ms) => sum + ms, 0);

/** node_modules/<package> or the project-relative file, so costs group by who owns them. */
function owner(url: string): string {
  if (!url) return '(native / V8)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    const detail = name === 'next' ? `/${rest.slice(1, 4).join('/')}` : '';
    return `${name}${detail}`;
  }
  if (url.startsWith('node:')) return url;
  const chunks = url.indexOf('/.next/');
  return chunks >= 0 ? `.next${url.slice(chunks + 6).replace(/\/[^/]*$/, '')}` : url.replace(/^.*\/(app|lib|components|scripts)\//, '$1/');
}

const byFunction = new Map<string, number>();
const byOwner = new Map<string, number>();
for (const node of profile.nodes) {
  const ms = selfTime.get(node.id) ?? 0;
  if (!ms) continue;
  const name = `${node.callFrame.functionName || '(anonymous)'} ${owner(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  const who = owner(node.callFrame.url);
  byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
}

const top = (map: Map<string, number>, count: number) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${((ms / total) * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(7)} ms  ${name}`);

process.stdout.write(`${file}: ${(total / 1000).toFixed(1)} s sampled\n\nBy package or file:\n${top(byOwner, 25).join('\n')}\n\nBy function (self time):\n${top(byFunction, 30).join('\n')}\n`);
