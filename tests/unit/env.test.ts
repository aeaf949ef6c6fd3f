import { describe, expect, it } from 'vitest';
import { databaseTarget, EnvError, parseEnv } from '@/lib/env';

describe('environment', () => {
  it('uses the embedded database when DATABASE_URL is absent or empty', () => {
    const env = parseEnv({ DATABASE_URL: '', EMBEDDED_DATABASE_URL: 'postgresql://postgres@127.0.0.1:5555/postgres' });
    expect(databaseTarget(env)).toEqual({ url: 'postgresql://postgres@127.0.0.1:5555/postgres', kind: 'embedded', replicas: [] });
    expect(env.PORT).toBe(3000);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const env = parseEnv({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/kb' });
    expect(databaseTarget(env).kind).toBe('postgres');
  });

  it.each(['nonsense', 'mysql://x@y/z', 'postgresql://'])('rejects DATABASE_URL=%s with a readable line', (value) => {
    expect(() => parseEnv({ DATABASE_URL: value })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: value })).toThrow(/DATABASE_URL must look like postgresql:\/\//);
  });

  it.each(['0', '70000', 'abc'])('rejects PORT=%s', (value) => {
    expect(() => parseEnv({ PORT: value })).toThrow(/^PORT /);
  });

  it('reads replicas from DATABASE_REPLICA_URLS, separated by commas', () => {
    const env = parseEnv({
      DATABASE_URL: 'postgresql://postgres@db:5432/kb',
      DATABASE_REPLICA_URLS: 'postgresql://postgres@replica1:5432/kb, postgresql://postgres@replica2:5432/kb',
    });
    expect(databaseTarget(env).replicas).toEqual(['postgresql://postgres@replica1:5432/kb', 'postgresql://postgres@replica2:5432/kb']);
    expect(databaseTarget(parseEnv({ DATABASE_URL: 'postgresql://postgres@db:5432/kb' })).replicas).toEqual([]);
  });

  it('names the bad replica in a list', () => {
    expect(() => parseEnv({ DATABASE_URL: 'postgresql://x@db/kb', DATABASE_REPLICA_URLS: 'postgresql://x@r1/kb,mysql://x@r2/kb' })).toThrow(
      /^DATABASE_REPLICA_URLS \(2nd\) must look like postgresql:\/\//,
    );
    expect(() => parseEnv({ DATABASE_URL: 'postgresql://x@db/kb', DATABASE_REPLICA_URLS: 'postgresql://x@r1/kb,,' })).toThrow(/\(2nd\)/);
  });

  it('refuses replicas without a PostgreSQL primary', () => {
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: 'postgresql://x@r1/kb' })).toThrow(/DATABASE_REPLICA_URLS needs DATABASE_URL/);
  });

  it('explains what to do when no database is configured', () => {
    expect(() => databaseTarget(parseEnv({}))).toThrow(/npm start/);
  });

  it('takes an SMTP_URL and refuses one that is not smtp:// or smtps://', () => {
    expect(parseEnv({ SMTP_URL: 'smtp://user:secret@mail.example.org:587' }).SMTP_URL).toBe('smtp://user:secret@mail.example.org:587');
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ SMTP_URL: 'http://mail.example.org' })).toThrow(/^SMTP_URL must look like smtp:\/\//);
  });

  it('turns the response cache off only when asked, and names a bad value', () => {
    expect(parseEnv({}).RESPONSE_CACHE).toBe('on');
    expect(parseEnv({ RESPONSE_CACHE: 'off' }).RESPONSE_CACHE).toBe('off');
    expect(() => parseEnv({ RESPONSE_CACHE: 'no' })).toThrow(/RESPONSE_CACHE/);
  });
});
