import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One record of the IANA HTTP Field Name Registry, as the XML states it. */
export interface IanaFieldRecord {
  name: string;
  status: string;
  structured?: string;
  refs: { type: string; data: string; section?: string }[];
}

const XML = fileURLToPath(new URL('../../../../../shared/reference/iana/http-fields.xml', import.meta.url));

/** Reads the registry's records (a tiny reader for this one, regular file: every record has value, status, xrefs). */
export function readIanaFields(): IanaFieldRecord[] {
  const xml = readFileSync(XML, 'utf8');
  const records: IanaFieldRecord[] = [];
  for (const m of xml.matchAll(/<record\b[^>]*>([\s\S]*?)<\/record>/g)) {
    const body = m[1] as string;
    const name = /<value>([^<]*)<\/value>/.exec(body)?.[1];
    const status = /<status>([^<]*)<\/status>/.exec(body)?.[1];
    if (name === undefined || status === undefined) throw new Error(`unreadable record: ${body}`);
    const structured = /<structured>([^<]*)<\/structured>/.exec(body)?.[1];
    // Only the record's own references, not those quoted inside <comments>.
    const own = body.replace(/<comments?>[\s\S]*?<\/comments?>/g, '');
    const refs = [...own.matchAll(/<xref type="(\w+)" data="([^"]*)"(?: section="([^"]*)")?/g)].map((r) => ({
      type: r[1] as string,
      data: (r[2] as string).trim(),
      ...(r[3] ? { section: r[3] } : {}),
    }));
    records.push({ name, status, ...(structured ? { structured } : {}), refs });
  }
  return records;
}
