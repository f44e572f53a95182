import { parseHttpFile } from '@httplens/http-file';
import { defineSuite, median, timeCalls, type CustomResult } from '../harness.js';

// The generator and the httpYac driver of the package's differential test.
import { generateFile } from '../../packages/http-file/test/generate.js';
import { parseWithHttpyac, type Compared } from '../../packages/http-file/test/httpyac.js';

/**
 * `.http` parsing: parseHttpFile against httpYac's own parser (HttpFileStore.parse, which is async, so the
 * suite times both itself) on generated files of 1,000 and 10,000 requests of the common dialect.
 */

function ours(text: string): Compared[] {
  return parseHttpFile(text, { dialect: 'httpyac' }).requests.map((r) => {
    const headers: Record<string, string | string[]> = {};
    for (const h of r.headers) {
      const prev = headers[h.name];
      headers[h.name] = prev === undefined ? h.value : Array.isArray(prev) ? [...prev, h.value] : [prev, h.value];
    }
    const c: Compared = { method: r.method, url: r.url, headers };
    if (r.body && r.body.text !== '') c.body = r.body.text;
    return c;
  });
}

/** Throws unless both parsers find the same requests: count, methods, URLs, headers and bodies. */
async function verify(text: string, count: number): Promise<void> {
  const a = ours(text);
  const b = await parseWithHttpyac(text);
  if (a.length !== count || b.length !== count) throw new Error(`request counts differ: ours ${a.length}, httpyac ${b.length}, generated ${count}`);
  for (let i = 0; i < count; i++) {
    const x = JSON.stringify(a[i]);
    const y = JSON.stringify(b[i]);
    if (x !== y) throw new Error(`request ${i} differs\n  ours:    ${x}\n  httpyac: ${y}`);
  }
}

async function timeRuns(fn: () => unknown, runs: number, warmup: number): Promise<{ wall: number; cpu: number }> {
  const t = await timeCalls(fn, runs, warmup);
  return { wall: median(t.wall), cpu: median(t.cpu) };
}

export default defineSuite({
  name: 'http-file',
  description:
    'parseHttpFile (httpyac dialect, all spans and diagnostics) against httpYac 6 HttpFileStore.parse on generated .http files of 1,000 and 10,000 requests; requests, methods, URLs, headers and bodies verified equal first. Median wall time (and CPU time) per file.',
  custom: async (): Promise<CustomResult> => {
    const sizes = [
      { count: 1_000, oursRuns: 21, peerRuns: 5 },
      { count: 10_000, oursRuns: 11, peerRuns: 3 },
    ];
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    const measured: { count: number; ours: number; peer: number }[] = [];
    for (const size of sizes) {
      const { text } = generateFile(size.count, 7);
      await verify(text, size.count);
      // Steady state for both: ours is warmed up over as much work as one httpYac run of the same file.
      const o = await timeRuns(() => parseHttpFile(text, { dialect: 'httpyac' }), size.oursRuns, size.count === 1_000 ? 40 : 8);
      const p = await timeRuns(() => parseWithHttpyac(text), size.peerRuns, 1);
      const label = `${size.count.toLocaleString('en-US')} requests (${(text.length / 1e6).toFixed(2)} MB)`;
      rows.push([label, '@httplens/http-file parseHttpFile', o.wall, (o.wall * 1000) / size.count, o.cpu]);
      rows.push([label, 'httpyac HttpFileStore.parse', p.wall, (p.wall * 1000) / size.count, p.cpu]);
      const ratio = p.wall / o.wall;
      notes.push(
        `${label}: ours/httpyac ${ratio.toFixed(1)}x faster in wall time, ${(p.cpu / o.cpu).toFixed(1)}x in CPU time (target ≥ 50x: ${ratio >= 50 ? 'met' : 'NOT met'})`,
      );
      measured.push({ count: size.count, ours: o.wall, peer: p.wall });
    }
    const [small, large] = measured;
    if (small && large) {
      const growth = large.ours / small.ours;
      notes.push(`10,000-request file over 1,000-request file: ours ${growth.toFixed(1)}x (target ≤ 11x: ${growth <= 11 ? 'met' : 'NOT met'}), httpyac ${(large.peer / small.peer).toFixed(1)}x`);
    }
    return { columns: ['file', 'parser', 'ms per file', 'µs per request', 'CPU ms per file'], rows, notes };
  },
});
