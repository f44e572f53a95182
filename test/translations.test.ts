import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** The English documents that users read first, each with its Simplified Chinese translation beside it. */
const REQUIRED: string[] = [
  'README.md',
  'examples/README.md',
  'extension/README.md',
  'server/README.md',
  'packages/cli/README.md',
  'packages/core/README.md',
  'packages/http-file/README.md',
  'packages/language-service/README.md',
  'packages/transport/README.md',
];

/** Every tracked or new `README.zh-CN.md` of the repository. */
function translations(): string[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\n');
  return files.filter((f) => basename(f) === 'README.zh-CN.md' && existsSync(join(root, f)));
}

/** The parts of a Markdown text a translation keeps: fenced code blocks verbatim, and how many headings and table rows. */
function skeleton(text: string): { code: string[]; headings: number[]; tableRows: number } {
  const code: string[] = [];
  const headings: number[] = [];
  let tableRows = 0;
  let fence: string[] | undefined;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) {
      if (fence) {
        code.push(fence.join('\n'));
        fence = undefined;
      } else fence = [];
      continue;
    }
    if (fence) {
      fence.push(line);
      continue;
    }
    const heading = /^(#{1,6}) /.exec(line);
    if (heading) headings.push((heading[1] as string).length);
    if (/^\s*\|.*\|\s*$/.test(line)) tableRows++;
  }
  return { code, headings, tableRows };
}

const cjk = (text: string) => (text.match(/[\u4e00-\u9fff]/g) ?? []).length;

describe('Simplified Chinese documentation', () => {
  it('has a translation beside each of the documents users read first', () => {
    for (const en of REQUIRED) expect(existsSync(join(root, dirname(en), 'README.zh-CN.md')), `${en} has README.zh-CN.md beside it`).toBe(true);
  });

  it.each(translations().map((zh) => [zh]))('%s keeps the English document in step: the same code, headings and tables, links both ways', (zh) => {
    const en = join(dirname(zh), 'README.md');
    const enText = readFileSync(join(root, en), 'utf8');
    const zhText = readFileSync(join(root, zh), 'utf8');
    const a = skeleton(enText);
    const b = skeleton(zhText);
    // commands and examples are the same in both languages, block for block
    expect(b.code).toEqual(a.code);
    expect(b.headings).toEqual(a.headings);
    expect(b.tableRows).toBe(a.tableRows);
    expect(enText).toContain('(README.zh-CN.md)');
    expect(zhText).toContain('(README.md)');
    // a translation, not a copy: most of its prose is Chinese
    expect(cjk(zhText)).toBeGreaterThan(enText.replace(/```[\s\S]*?```/g, '').split(/\s+/).length / 2);
  });
});
