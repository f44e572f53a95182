// The README as `npm run package` puts it in the .vsix (vsce rewrites its relative links and images to the repository):
// every link and image must point at a file of this repository, under the folder it is in.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = resolve(import.meta.dirname, '..');
const repoRoot = resolve(here, '..');
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')) as { scripts: { package: string }; repository: { url: string } };

interface Processor {
  processFile(file: { path: string; localPath: string }, path: string): Promise<{ contents?: string | Buffer }>;
}
const { ReadmeProcessor, listFiles } = createRequire(import.meta.url)('@vscode/vsce/out/package.js') as {
  ReadmeProcessor: new (manifest: unknown, options: Record<string, string>) => Processor;
  listFiles(options: { cwd: string; dependencies: boolean }): Promise<string[]>;
};

/** `--name value` options of the vsce command of the package script. */
function vsceOptions(script: string): Record<string, string> {
  const vsce = script.slice(script.indexOf('vsce '));
  const out: Record<string, string> = {};
  for (const m of vsce.matchAll(/--([a-z]+)\s+(?!-)(\S+)/gi)) out[m[1] as string] = m[2] as string;
  return out;
}

describe('the packaged README', () => {
  it('links and images point at files of the repository', async () => {
    const options = vsceOptions(pkg.scripts.package);
    const processor = new ReadmeProcessor(pkg, options);
    const file = await processor.processFile({ path: 'extension/readme.md', localPath: join(here, 'README.md') }, 'extension/readme.md');
    const contents = String(file.contents);
    const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    const links = [...contents.matchAll(/\]\((https:\/\/github\.com\/[^)\s]+)\)/g)].map((m) => m[1] as string).filter((l) => l.startsWith(`${repo}/`));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      // https://github.com/o/r/(blob|raw)/HEAD/<path>: the browser resolves dot segments
      const match = /^\/[^/]+\/[^/]+\/(?:blob|raw)\/HEAD\/(.+)$/.exec(new URL(link).pathname);
      expect(match, link).not.toBeNull();
      expect(existsSync(join(repoRoot, decodeURIComponent(match?.[1] ?? ''))), link).toBe(true);
    }
  });

  it('ships the English README and its Simplified Chinese translation (.vscodeignore)', async () => {
    // the Marketplace shows README.md, whose first line links to README.zh-CN.md; both are in the .vsix
    const files = await listFiles({ cwd: here, dependencies: false });
    expect(files).toContain('README.md');
    expect(files).toContain('README.zh-CN.md');
  });
});
