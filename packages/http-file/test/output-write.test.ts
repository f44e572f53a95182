import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_OUTPUT_SUFFIX, writeOutputRedirects, type OutputFiles } from '../src/index.js';

// A real folder on disk, through the three calls the command line makes with node:fs and the editor with vscode.workspace.fs.
const root = mkdtempSync(join(tmpdir(), 'httplens-output-'));
const files: OutputFiles = {
  exists: (p) => stat(p).then(() => true, () => false),
  createDirectory: async (p) => void (await mkdir(p, { recursive: true })),
  writeFile: (p, bytes) => writeFile(p, bytes),
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeOutputRedirects', () => {
  const body = new TextEncoder().encode('{"id":7}');

  it('writes >> to a new file, then to the first free -n name, and >>! over the file, making folders', async () => {
    const folder = join(root, 'a');
    mkdirSync(folder);
    const redirects = [
      { path: './out/me.json', force: false },
      { path: './last.json', force: true },
    ];
    expect(await writeOutputRedirects(redirects, body, folder, files)).toEqual([{ path: './out/me.json' }, { path: './last.json' }]);
    expect(readFileSync(join(folder, 'out', 'me.json'), 'utf8')).toBe('{"id":7}');
    const second = new TextEncoder().encode('{"id":8}');
    expect(await writeOutputRedirects(redirects, second, folder, files)).toEqual([{ path: './out/me-1.json' }, { path: './last.json' }]);
    // the first response is kept
    expect(readFileSync(join(folder, 'out', 'me.json'), 'utf8')).toBe('{"id":7}');
    expect(readFileSync(join(folder, 'out', 'me-1.json'), 'utf8')).toBe('{"id":8}');
    expect(readFileSync(join(folder, 'last.json'), 'utf8')).toBe('{"id":8}');
  });

  it('says why a body is not written: a variable without a value, a folder in the way', async () => {
    const folder = join(root, 'b');
    mkdirSync(join(folder, 'taken.json'), { recursive: true });
    writeFileSync(join(folder, 'file'), 'x');
    const result = await writeOutputRedirects(
      [
        { path: './{{id}}.json', force: false },
        { path: './taken.json', force: true },
        { path: './file/under.json', force: false },
      ],
      body,
      folder,
      files,
    );
    expect(result[0]).toEqual({ path: './{{id}}.json', problem: 'a variable of the path has no value' });
    expect(result[1]).toMatchObject({ path: './taken.json', problem: expect.stringMatching(/EISDIR/) });
    expect(result[2]).toMatchObject({ path: './file/under.json', problem: expect.stringMatching(/EEXIST|ENOTDIR/) });
    expect(statSync(join(folder, 'taken.json')).isDirectory()).toBe(true);
  });

  it('says so in Chinese, and gives up when every -n name is taken', async () => {
    const everywhere: OutputFiles = { ...files, exists: () => Promise.resolve(true) };
    let asked = 0;
    const counting: OutputFiles = { ...everywhere, exists: () => Promise.resolve(++asked > 0) };
    expect(await writeOutputRedirects([{ path: 'me.json', force: false }], body, root, counting, 'zh-CN')).toEqual([{ path: 'me.json', problem: '该文件名加 -n 后缀的名称都已被占用' }]);
    expect(asked).toBe(MAX_OUTPUT_SUFFIX + 1);
    expect(await writeOutputRedirects([{ path: '{{x}}.json', force: false }], body, root, everywhere, 'zh-CN')).toEqual([{ path: '{{x}}.json', problem: '路径中有变量没有值' }]);
  });
});
