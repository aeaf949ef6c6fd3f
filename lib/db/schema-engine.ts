// Loads Prisma's official schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) and
// connects it to PostgreSQL through @prisma/adapter-pg, so migrations work without the native
// engine binary (which the Prisma CLI would download). Server/CLI only.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type Bg = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let loaded: Promise<Bg> | undefined;

/** Instantiates the wasm module once per process. */
function loadBg(): Promise<Bg> {
  loaded ??= (async () => {
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
    // The engine arms ~10 s timers it never clears; unref them so they do not keep a finished
    // script or test run alive. Pending queries keep the event loop alive through their sockets.
    const imports: Record<string, unknown> = { ...bg };
    for (const [name, fn] of Object.entries(bg)) {
      if (name.startsWith('__wbg_setTimeout_') && typeof fn === 'function') {
        imports[name] = (...args: unknown[]) => {
          const timer = (fn as (...a: unknown[]) => unknown)(...args);
          (timer as { unref?: () => void } | undefined)?.unref?.();
          return timer;
        };
      }
    }
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': imports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return loaded;
}

/**
 * A schema engine for `schemaSource` (the contents of schema.prisma) whose main database is
 * `connectionString` and whose shadow database comes from `shadow`.
 */
export async function openSchemaEngine(options: {
  connectionString: string;
  schemaSource: string;
  schemaPath?: string;
  /** Called for the shadow database the engine needs to diff from a migrations directory. */
  connectToShadowDb?: () => Promise<SqlDriverAdapter>;
  /** Pool size for the main connection (1 for PGlite served over pglite-socket). */
  max?: number;
}): Promise<SchemaEngine> {
  const bg = await loadBg();
  const pg = new PrismaPg({ connectionString: options.connectionString, max: options.max ?? 1 });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: pg.provider,
    adapterName: pg.adapterName,
    connect: () => pg.connect(),
    connectToShadowDb: options.connectToShadowDb ?? (() => pg.connectToShadowDb()),
  };
  const log = (line: string) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) console.error(line);
  };
  const datamodels: [string, string][] = [[options.schemaPath ?? 'schema.prisma', options.schemaSource]];
  return bg.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory));
}
