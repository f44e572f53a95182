// Compares the field registry with an IANA HTTP Field Name Registry XML file and
// prints what differs: records the registry lacks (as definition skeletons to fill
// in, one per family module), changed statuses and structured types, and registered
// fields that IANA no longer lists.
// Usage: node scripts/gen-registry-skeletons.mjs <http-fields.xml>
//   (the XML is published at https://www.iana.org/assignments/http-fields/http-fields.xml)
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from './run-ts.mjs';

const xmlPath = process.argv[2];
if (!xmlPath) {
  console.error('usage: node scripts/gen-registry-skeletons.mjs <http-fields.xml>');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const entryDir = join(root, '.cache', 'run');
mkdirSync(entryDir, { recursive: true });
const entry = join(entryDir, 'gen-registry-skeletons.entry.ts');
writeFileSync(entry, "export { FIELD_DEFINITIONS, getFieldDefinition } from '@httplens/core';\n");
const core = await import(pathToFileURL(await bundle(entry, 'gen-registry-skeletons.entry.mjs')).href);

const xml = readFileSync(resolve(xmlPath), 'utf8');
const records = [...xml.matchAll(/<record\b[^>]*>([\s\S]*?)<\/record>/g)].map((m) => {
  const body = m[1];
  const own = body.replace(/<comments?>[\s\S]*?<\/comments?>/g, '');
  const ref = /<xref type="(\w+)" data="([^"]*)"(?: section="([^"]*)")?/.exec(own);
  return {
    name: /<value>([^<]*)<\/value>/.exec(body)?.[1],
    status: /<status>([^<]*)<\/status>/.exec(body)?.[1]?.toLowerCase(),
    structured: /<structured>([^<]*)<\/structured>/.exec(body)?.[1],
    ref: ref ? { type: ref[1], data: ref[2].trim(), section: ref[3]?.split(':')[0]?.trim() } : undefined,
  };
});

const specUrl = (ref) => {
  if (!ref) return "'TODO'";
  if (ref.type === 'rfc') return ref.section ? `rfc(${ref.data.slice(3)}, '${ref.section}')` : `rfc(${ref.data.slice(3)})`;
  if (ref.type === 'uri') return `'${ref.data}'`;
  if (ref.type === 'draft') return `'https://datatracker.ietf.org/doc/html/${ref.data.replace(/^RFC-/, 'draft-')}${ref.section ? `#section-${ref.section}` : ''}'`;
  return "'TODO'";
};

let differences = 0;
const seen = new Set();
for (const r of records) {
  seen.add(r.name.toLowerCase());
  const def = core.getFieldDefinition(r.name);
  const structured = r.structured === 'Token' ? 'item' : r.structured?.toLowerCase();
  if (!def) {
    differences++;
    console.log(`  // new in the IANA registry: add to its family module, and its zh-CN text to locales/zh-CN/fields-<family>.ts
  {
    name: '${r.name}', status: '${r.status}', appearsIn: 'TODO', list: TODO,${structured ? ` structuredType: '${structured}',` : ''}${r.structured === 'Token' ? " itemType: 'token'," : ''}
    specUrl: ${specUrl(r.ref)},
    summary: { en: 'TODO', 'zh-CN': 'TODO' },
    docs: 'TODO',
  },`);
    continue;
  }
  if (def.name !== r.name) { differences++; console.log(`${r.name}: registered spelling changed (registry has ${def.name})`); }
  if (def.status !== r.status) { differences++; console.log(`${r.name}: status ${def.status} -> ${r.status}`); }
  if (structured && def.structuredType !== structured) { differences++; console.log(`${r.name}: structured type ${def.structuredType ?? 'none'} -> ${structured}`); }
}
for (const def of core.FIELD_DEFINITIONS) {
  if (def.status !== 'nonstandard' && !seen.has(def.name.toLowerCase())) {
    differences++;
    console.log(`${def.name}: no longer in the IANA registry (make it 'nonstandard' or remove it)`);
  }
}
console.error(`${records.length} records, ${differences} difference(s)`);
process.exitCode = differences > 0 ? 1 : 0;
