// Writes the doc page of every diagnostic code, in English and Simplified Chinese,
// to <out>/{en,zh-CN}/HTTPxxxx.md (default: artifacts/docs/codes), plus an index per language.
// Usage: node scripts/gen-registry-docs.mjs [--out <dir>]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from './run-ts.mjs';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const out = resolve(root, outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1] : 'artifacts/docs/codes');

// One bundle holding both entry points, so the zh-CN module registers its pages
// in the same registry instance that renders them.
const entryDir = join(root, '.cache', 'run');
mkdirSync(entryDir, { recursive: true });
const entry = join(entryDir, 'gen-registry-docs.entry.ts');
writeFileSync(entry, "import '@httplens/core/locales/zh-CN';\nexport { CODES, getDiagnosticInfo, renderDiagnosticDocPage } from '@httplens/core';\n");
const core = await import(pathToFileURL(await bundle(entry, 'gen-registry-docs.entry.mjs')).href);

const titles = { en: 'Diagnostic codes', 'zh-CN': '诊断代码' };
let pages = 0;
const missing = [];
for (const locale of ['en', 'zh-CN']) {
  const dir = join(out, locale);
  mkdirSync(dir, { recursive: true });
  const index = [`# ${titles[locale]}`, '', '| code | severity | title |', '|---|---|---|'];
  for (const { code } of core.CODES) {
    const info = core.getDiagnosticInfo(code, { locale });
    if (info.docLocale !== locale) {
      missing.push(`${code} (${locale})`);
      continue;
    }
    writeFileSync(join(dir, `${code}.md`), core.renderDiagnosticDocPage(code, locale));
    index.push(`| [${code}](${code}.md) | ${info.severity} | ${info.title} |`);
    pages++;
  }
  writeFileSync(join(dir, 'README.md'), index.join('\n') + '\n');
}
console.log(`wrote ${pages} pages to ${out}`);
if (missing.length > 0) {
  console.error(`no doc page for: ${missing.join(', ')}`);
  process.exitCode = 1;
}
