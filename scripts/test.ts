/**
 * `npm test`: every check, in the order a failure is cheapest to find. Lint and types, unit and
 * integration tests on the embedded database, the integration tests again on PostgreSQL when
 * TEST_DATABASE_URL is set, then the browser suite against a production build.
 * Every step runs even when an earlier one failed, so one run shows all that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const bin = (name: string) => resolve('node_modules/.bin', name);
const failures: string[] = [];

function step(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  process.stdout.write(`\n━━ ${title} ━━\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) failures.push(title);
}

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

if (wanted('lint')) {
  step('Route types', bin('next'), ['typegen']);
  step('Lint (ESLint)', bin('eslint'), ['.', '--max-warnings=0']);
  step('Type check (tsc)', bin('tsc'), ['--noEmit']);
}
if (wanted('vitest')) {
  step('Unit and integration tests, embedded database (Vitest)', bin('vitest'), ['run'], { TEST_TARGET: 'embedded' });
  if (process.env.TEST_DATABASE_URL) {
    step('Integration tests, PostgreSQL (Vitest)', bin('vitest'), ['run', '--project', 'integration'], { TEST_TARGET: 'postgres' });
  } else {
    process.stdout.write('\n(TEST_DATABASE_URL is not set: the PostgreSQL run of the integration tests is skipped.)\n');
  }
}
if (wanted('e2e')) {
  rmSync('.data/e2e', { recursive: true, force: true });
  step('End-to-end tests, Chromium (Playwright)', bin('playwright'), ['test']);
}

if (failures.length) {
  process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
  process.exit(1);
}
process.stdout.write('\nAll checks passed.\n');
