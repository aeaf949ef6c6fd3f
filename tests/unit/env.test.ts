import { describe, expect, it } from 'vitest';
import { databaseTarget, EnvError, parseEnv } from '@/lib/env';

describe('environment', () => {
  it('uses the embedded database when DATABASE_URL is absent or empty', () => {
    const env = parseEnv({ DATABASE_URL: '', EMBEDDED_DATABASE_URL: 'postgresql://postgres@127.0.0.1:5555/postgres' });
    expect(databaseTarget(env)).toEqual({ url: 'postgresql://postgres@127.0.0.1:5555/postgres', kind: 'embedded' });
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

  it('explains what to do when no database is configured', () => {
    expect(() => databaseTarget(parseEnv({}))).toThrow(/npm start/);
  });

  it('takes an SMTP_URL and refuses one that is not smtp:// or smtps://', () => {
    expect(parseEnv({ SMTP_URL: 'smtp://user:secret@mail.example.org:587' }).SMTP_URL).toBe('smtp://user:secret@mail.example.org:587');
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ SMTP_URL: 'http://mail.example.org' })).toThrow(/^SMTP_URL must look like smtp:\/\//);
  });
});
