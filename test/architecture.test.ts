import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackage, LAYERS } from './arch.js';

const root = join(import.meta.dirname, '..');
const PACKAGES: Record<string, string> = {
  '@httplens/core': 'packages/core',
  '@httplens/http-file': 'packages/http-file',
  '@httplens/language-service': 'packages/language-service',
  '@httplens/transport': 'packages/transport',
  '@httplens/cli': 'packages/cli',
  '@httplens/server': 'server',
  httplens: 'extension',
};

describe('layers follow the arrows of DESIGN.md', () => {
  for (const [name, dir] of Object.entries(PACKAGES)) {
    it(`${name} imports only what its layer allows`, () => {
      expect(checkPackage(join(root, dir, 'src'), name, root)).toEqual([]);
    });
    it(`${name} declares only dependencies its layer allows`, () => {
      const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string> };
      expect(pkg.name).toBe(name);
      const allowed = LAYERS[name]?.allowed ?? [];
      for (const dep of Object.keys(pkg.dependencies ?? {})) expect(allowed, `${name} depends on ${dep}`).toContain(dep);
    });
  }

  it('rejects the bad fixture, rule by rule', () => {
    const fixture = join(root, 'test/fixtures/bad-imports/src');
    const core = checkPackage(fixture, '@httplens/core', root).map((v) => `${v.line}:${v.rule}`);
    expect(core).toEqual([
      '2:builtin', // fs, bare
      '3:builtin', // node:http
      '4:layer', // core may not import transport
      '5:layer', // nor the language server
      '6:layer', // nor the extension (a re-export counts)
      '7:layer', // dynamic import()
      '9:unresolvable', // computed import()
      '10:builtin', // require('node:path')
      '10:global', // require itself is a Node global
      '11:global', // process
      '12:global', // Buffer
      '13:builtin', // import('node:net') in a type position
    ]);
    const transport = checkPackage(fixture, '@httplens/transport', root).map((v) => `${v.line}:${v.rule}`);
    // In a Node layer, fs and path are fine, node:http is not, and globals are allowed.
    expect(transport).toEqual(['3:builtin', '5:layer', '6:layer', '7:layer', '9:unresolvable']);
  });
});
