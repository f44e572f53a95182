import { Bench } from 'tinybench';

/**
 * A benchmark suite runs our code and the peer libraries on the same inputs in
 * one process. `verify` runs first and must throw when the contenders disagree,
 * so a ratio is only ever printed for equal answers.
 */
export interface BenchCase {
  name: string;
  /** Our implementation; the name of our contender in the report. */
  ours: { name: string; fn: () => unknown };
  /** Peer libraries on the same input. */
  peers: { name: string; fn: () => unknown }[];
  /** Throws when ours and a peer give different answers. */
  verify: () => void | Promise<void>;
  /** Units processed per call, for a derived rate column (e.g. bytes for MB/s). */
  unit?: { label: string; perCall: number; scale?: number };
  /** The ratio ours/peer we aim for, against the named peer. */
  target?: { peer: string; ratio: number };
}

/** Free-form results for suites that measure more than ops/s (latency percentiles, CPU time). */
export interface CustomResult {
  columns: string[];
  rows: (string | number)[][];
  /** Lines of prose printed under the table (ratios, targets met or not). */
  notes: string[];
}

export interface Suite {
  name: string;
  /** What the suite measures, one sentence for RESULTS.md. */
  description: string;
  cases?: () => BenchCase[] | Promise<BenchCase[]>;
  custom?: () => Promise<CustomResult>;
}

export function defineSuite(suite: Suite): Suite {
  return suite;
}

export interface CaseResult {
  name: string;
  contenders: { name: string; opsPerSec: number; rme: number; rate?: string }[];
  ratios: { peer: string; ratio: number; target?: number; met?: boolean }[];
}

export interface SuiteResult {
  name: string;
  description: string;
  cases: CaseResult[];
  custom?: CustomResult;
}

/** Assertion helper for `verify`. */
export function assertSame(label: string, ours: unknown, peer: unknown): void {
  const a = JSON.stringify(ours);
  const b = JSON.stringify(peer);
  if (a !== b) throw new Error(`${label}: answers differ\n  ours: ${a}\n  peer: ${b}`);
}

export async function runSuite(suite: Suite, options: { time: number }): Promise<SuiteResult> {
  const result: SuiteResult = { name: suite.name, description: suite.description, cases: [] };
  for (const c of suite.cases ? await suite.cases() : []) {
    await c.verify();
    const bench = new Bench({ time: options.time, warmupTime: Math.min(200, options.time / 2) });
    bench.add(c.ours.name, c.ours.fn);
    for (const peer of c.peers) bench.add(peer.name, peer.fn);
    await bench.run();
    const contenders = bench.tasks.map((task) => {
      const r = task.result;
      if (r.state !== 'completed') throw new Error(`${suite.name} / ${c.name} / ${task.name}: ${r.state === 'errored' ? r.error.message : r.state}`);
      // Calls per second over all timed calls (1000 / mean latency). Not tinybench's `throughput.mean`, the mean of
      // per-call rates, which rewards a contender whose calls are uneven (a few slow calls under garbage collection
      // among fast ones) over a steady one doing the same total work in the same time.
      const opsPerSec = 1000 / r.period;
      const entry: CaseResult['contenders'][number] = { name: task.name, opsPerSec, rme: r.latency.rme };
      if (c.unit) entry.rate = `${formatNumber((opsPerSec * c.unit.perCall) / (c.unit.scale ?? 1))} ${c.unit.label}`;
      return entry;
    });
    const ours = contenders[0];
    if (!ours) throw new Error('no result for our contender');
    const ratios = contenders.slice(1).map((peer) => {
      const ratio = ours.opsPerSec / peer.opsPerSec;
      const entry: CaseResult['ratios'][number] = { peer: peer.name, ratio };
      if (c.target?.peer === peer.name) {
        entry.target = c.target.ratio;
        entry.met = ratio >= c.target.ratio;
      }
      return entry;
    });
    result.cases.push({ name: c.name, contenders, ratios });
  }
  if (suite.custom) result.custom = await suite.custom();
  return result;
}

/** The middle value (the upper one of the two middle values of an even count). */
export function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)] as number;
}

/** How long `timeCalls` lets the event loop run before it starts. */
const SETTLE_MS = 200;

/**
 * Calls `fn` and waits for it, keeping nothing of its result. A value awaited directly in the
 * timing loop can stay reachable from the loop's suspended frame until its next `await`, so each
 * timed call would run beside the whole result of the call before it, and its collections would
 * copy that result too: work of the previous call, charged to this one.
 */
async function callDropped(fn: () => unknown): Promise<void> {
  await fn();
}

/**
 * Calls `fn` `runs` times (awaiting it), after `warmup` untimed calls: wall and process CPU time of each call (ms).
 * First the event loop runs idle for a moment, so that what the code measured before left behind (its timers and
 * promise chains, the collector's work on its garbage) is done before this code is timed: a suite that verifies
 * with another library and then times ours measured ours 3.5 to 3.9 ms a file without it and 2.3 ms with it.
 */
export async function timeCalls(fn: () => unknown, runs: number, warmup: number): Promise<{ wall: number[]; cpu: number[] }> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  for (let i = 0; i < warmup; i++) await callDropped(fn);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const u = process.cpuUsage();
    const t = performance.now();
    await callDropped(fn);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(u);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall, cpu };
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n >= 100) return Math.round(n).toLocaleString('en-US');
  if (n >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

export function renderSuite(r: SuiteResult): string {
  const lines = [`## ${r.name}`, '', r.description, ''];
  for (const c of r.cases) {
    lines.push(`### ${c.name}`, '', '| contender | ops/s | ± | rate |', '|---|---:|---:|---:|');
    for (const k of c.contenders) lines.push(`| ${k.name} | ${formatNumber(k.opsPerSec)} | ${k.rme.toFixed(1)}% | ${k.rate ?? ''} |`);
    lines.push('');
    for (const ratio of c.ratios) {
      const target = ratio.target === undefined ? '' : ` (target ≥ ${ratio.target}x: ${ratio.met ? 'met' : 'NOT met'})`;
      lines.push(`- ratio ours/${ratio.peer}: **${ratio.ratio.toFixed(2)}x**${target}`);
    }
    lines.push('');
  }
  if (r.custom) {
    lines.push(`| ${r.custom.columns.join(' | ')} |`, `|${r.custom.columns.map(() => '---').join('|')}|`);
    for (const row of r.custom.rows) lines.push(`| ${row.map((v) => (typeof v === 'number' ? formatNumber(v) : v)).join(' | ')} |`);
    lines.push('', ...r.custom.notes.map((n) => `- ${n}`), '');
  }
  return lines.join('\n');
}
