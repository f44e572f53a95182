// Every runtime string has a zh-CN translation with the same placeholders; every %key% in package.json has an
// English and a zh-CN description.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('localisation', () => {
  it('every vscode.l10n.t string is in the zh-CN bundle with the same placeholders', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json')) as Record<string, string>;
    const used = new Set<string>();
    for (const f of readdirSync(join(root, 'src'))) {
      for (const m of read(`src/${f}`).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add((m[1] as string).replace(/\\(.)/g, '$1'));
    }
    expect(used.size).toBeGreaterThan(30);
    for (const key of used) {
      expect(bundle[key], key).toBeTypeOf('string');
      expect(placeholders(bundle[key] as string), key).toEqual(placeholders(key));
    }
    expect(Object.keys(bundle).filter((k) => !used.has(k))).toEqual([]);
  });

  it('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] as string);
    const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const zh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;
    expect(keys.length).toBeGreaterThan(20);
    for (const k of keys) {
      expect(en[k], k).toBeTypeOf('string');
      expect(zh[k], k).toBeTypeOf('string');
    }
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('package.json: activation events, engines, trust, keybindings', () => {
    const pkg = JSON.parse(read('package.json')) as {
      engines: { vscode: string };
      activationEvents: string[];
      capabilities: { untrustedWorkspaces: { supported: string } };
      contributes: { commands: { command: string }[]; keybindings: { command: string; key: string; mac?: string }[] };
    };
    expect(pkg.engines.vscode).toBe('^1.100.0');
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe('limited');
    const commands = pkg.contributes.commands.map((c) => c.command);
    expect(pkg.activationEvents.sort()).toEqual(['onLanguage:http', 'onLanguage:http-message', ...commands.map((c) => `onCommand:${c}`)].sort());
    expect(pkg.contributes.keybindings).toContainEqual(expect.objectContaining({ command: 'httplens.send', key: 'ctrl+alt+r', mac: 'cmd+alt+r' }));
    expect(pkg.contributes.keybindings).toContainEqual(expect.objectContaining({ command: 'httplens.cancel', key: 'ctrl+alt+k' }));
    // every command registered in the source is declared
    const registered = [...read('src/extension.ts').matchAll(/register\('([^']+)'/g)].map((m) => m[1]);
    expect(registered.sort()).toEqual([...commands].sort());
  });
});

describe('bundle layout', () => {
  it('the extension starts the server file that the build writes, and main is the built extension', () => {
    const build = read('scripts/build.mjs');
    const pkg = JSON.parse(read('package.json')) as { main: string };
    const server = /asAbsolutePath\('([^']+)'\)/.exec(read('src/extension.ts'))?.[1];
    expect(server).toBe('dist/server.cjs');
    expect(build).toContain("outfile: join(here, 'dist/server.cjs')");
    expect(pkg.main).toBe('./dist/extension.cjs');
    expect(build).toContain("outfile: join(here, 'dist/extension.cjs')");
    expect(read('.vscodeignore')).toContain('!dist/server.cjs');
  });
});
