import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { CLIENT_NAMESPACES, clientMessages } from '@/lib/i18n/client-messages';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const clientFiles = [...files('app'), ...files('components')].filter((path) => /^\s*['"]use client['"]/.test(readFileSync(path, 'utf8')));

describe('messages sent to the browser', () => {
  it('include every namespace a client component translates with', () => {
    expect(clientFiles.length).toBeGreaterThan(0);
    const used = new Set<string>();
    for (const path of clientFiles) {
      for (const match of readFileSync(path, 'utf8').matchAll(/useTranslations\(\s*['"]([^'".]+)/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(0);
    // Without a namespace it would need every message.
    expect(clientFiles.filter((path) => /useTranslations\(\s*\)/.test(readFileSync(path, 'utf8')))).toEqual([]);
    expect([...used].filter((namespace) => !(CLIENT_NAMESPACES as readonly string[]).includes(namespace))).toEqual([]);
  });

  it('are a small part of all messages', () => {
    const sent = JSON.stringify(clientMessages(en)).length;
    expect(Object.keys(clientMessages(en))).toEqual([...CLIENT_NAMESPACES]);
    expect(sent).toBeLessThan(JSON.stringify(en).length / 3);
  });
});
