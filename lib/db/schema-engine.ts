// Loads Prisma's official schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) and
// connects it to PostgreSQL through @prisma/adapter-pg, so migrations work without the native
// engine binary (which the Prisma CLI would otherwise download). Server/CLI only.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type pg from 'pg';
import { connectAdapter, createEnginePool } from './engine-pg';

export type { SchemaEngine };
type Bg = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let loaded: Promise<Bg> | undefined;
let panicked: string | undefined;

/** Where the engine's Rust panics leave their message (it expects this global). */
const panics = ((globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { message?: string; set_message(m: string): void } })
  .PRISMA_WASM_PANIC_REGISTRY ??= {
  message: undefined as string | undefined,
  set_message(message: string) {
    this.message = message;
  },
});

/** Instantiates the wasm module once per process. */
function loadBg(): Promise<Bg> {
  loaded ??= (async () => {
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
    // The engine arms timers it never clears; unref them so they cannot keep a finished script
    // or test run alive (pending queries keep the event loop alive through their sockets).
    const imports: WebAssembly.ModuleImports = { ...(bg as unknown as WebAssembly.ModuleImports) };
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
 * A Rust panic surfaces as an uncaught WebAssembly.RuntimeError from inside a future, and the
 * engine call it belonged to never settles. While an engine runs, turn it into a rejection.
 */
function catchPanics(): { panic: Promise<never>; stop(): void } {
  let reject!: (error: Error) => void;
  const panic = new Promise<never>((_, r) => (reject = r));
  panic.catch(() => {});
  const listener = (error: unknown) => {
    if (!(error instanceof WebAssembly.RuntimeError)) {
      if (process.listenerCount('uncaughtException') === 1) {
        process.removeListener('uncaughtException', listener);
        throw error; // nobody else handles it: crash as Node would have
      }
      return;
    }
    panicked = panics.message ?? error.message;
    panics.message = undefined;
    reject(new Error(`The schema engine panicked: ${panicked}`, { cause: error }));
  };
  process.on('uncaughtException', listener);
  return { panic, stop: () => void process.removeListener('uncaughtException', listener) };
}

/** What a shadow database provider gets (see ./shadow-db.ts). */
export interface ShadowContext {
  /** The main database's pool (one connection). */
  pool: pg.Pool;
  connectionString: string;
  /** Registers cleanup that runs once the engine is done, even if it never disposes. */
  onClose(fn: () => Promise<void>): void;
}

export interface EngineOptions {
  connectionString: string;
  /** The contents of schema.prisma, and the name the engine reports it under. */
  schemaSource: string;
  schemaPath?: string;
  /**
   * The shadow database the engine asks for when it must replay a migrations directory.
   * Without it, asking for one is an error.
   */
  connectToShadowDb?: (ctx: ShadowContext) => Promise<SqlDriverAdapter>;
}

/**
 * Runs `fn` with a schema engine whose main database is `connectionString`, then frees the
 * engine, runs the shadow database's cleanup and ends the connection pool.
 */
export async function withSchemaEngine<T>(
  options: EngineOptions,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  if (panicked) throw new Error(`The schema engine panicked earlier in this process: ${panicked}`);
  const bg = await loadBg();
  const pool = await createEnginePool(options.connectionString);
  const cleanups: (() => Promise<void>)[] = [];
  const shadowContext: ShadowContext = {
    pool,
    connectionString: options.connectionString,
    onClose: (cleanup) => void cleanups.push(cleanup),
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectAdapter(pool),
    connectToShadowDb: async () => {
      if (!options.connectToShadowDb) throw new Error('No shadow database was provided.');
      return options.connectToShadowDb(shadowContext);
    },
  };
  const log = (line: string) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) console.error(line);
  };
  const datamodels: [string, string][] = [[options.schemaPath ?? 'schema.prisma', options.schemaSource]];
  const guard = catchPanics();
  let engine: SchemaEngine | undefined;
  let failed = false;
  try {
    engine = await Promise.race([
      bg.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory)),
      guard.panic,
    ]);
    return await Promise.race([fn(engine), guard.panic]);
  } catch (error) {
    failed = true;
    if (error instanceof WebAssembly.RuntimeError && !panicked) {
      panicked = panics.message ?? error.message; // a panic in a synchronous call
      panics.message = undefined;
      throw new Error(`The schema engine panicked: ${panicked}`, { cause: error });
    }
    throw error;
  } finally {
    guard.stop();
    let cleanupError: unknown;
    try {
      if (!panicked) engine?.free();
    } catch (error) {
      cleanupError = error;
    }
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => void (cleanupError ??= e));
    // After a panic a connection may stay checked out forever; do not wait for it.
    if (panicked) void pool.end().catch(() => {});
    else {
      await pool.end();
      // Give a pglite-socket server (one connection) a moment to notice the client left, so
      // whoever connects next is not refused with "Too many connections".
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // A failed cleanup (say, a shadow database left behind) must not pass silently.
    if (cleanupError !== undefined && !failed) throw cleanupError;
  }
}
