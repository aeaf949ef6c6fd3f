import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { ADMIN_CLIENT_NAMESPACES, CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/client-messages';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const clientFiles = [...files('app'), ...files('components')].filter((path) => /^\s*['"]use client['"]/.test(readFileSync(path, 'utf8')));
const isAdmin = (path: string) => path.startsWith(join('components', 'admin')) || path.startsWith(join('app', '[locale]', 'admin'));

function namespacesUsed(paths: string[]): string[] {
  const used = new Set<string>();
  for (const path of paths) {
    for (const match of readFileSync(path, 'utf8').matchAll(/useTranslations\(\s*['"]([^'".]+)/g)) used.add(match[1]);
  }
  return [...used];
}

describe('messages sent to the browser', () => {
  it("include every namespace a reader's page's client components translate with", () => {
    const used = namespacesUsed(clientFiles.filter((path) => !isAdmin(path)));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((namespace) => !(CLIENT_NAMESPACES as readonly string[]).includes(namespace))).toEqual([]);
  });

  it("and in the editors' area, every namespace its client components translate with", () => {
    const used = namespacesUsed(clientFiles.filter(isAdmin));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((namespace) => !(ADMIN_CLIENT_NAMESPACES as readonly string[]).includes(namespace))).toEqual([]);
  });

  it('never all of them (a client component translating without a namespace would need every message)', () => {
    expect(clientFiles.filter((path) => /useTranslations\(\s*\)/.test(readFileSync(path, 'utf8')))).toEqual([]);
  });

  it("are a small part of all messages on readers' pages", () => {
    const sent = pickMessages(en, CLIENT_NAMESPACES);
    expect(Object.keys(sent)).toEqual([...CLIENT_NAMESPACES]);
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(en).length / 3);
  });
});
