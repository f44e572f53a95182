import { fork } from 'node:child_process';
import { once } from 'node:events';
import { Agent, get } from 'node:http';
import { join } from 'node:path';
import { Pool as UndiciPool } from 'undici';
import { Pool, send } from '@httplens/transport';
import { defineSuite, type CustomResult } from '../harness.js';

/**
 * Requests per second, latency percentiles and client CPU time per request for
 * @httplens/transport's `send` (raw bytes and timings always captured), undici's Pool
 * (pipelining 1) and node:http with a keep-alive Agent, all with the same number of
 * connections, against a raw net server in another process answering 100 bytes.
 */

type Contender = { name: string; request: () => Promise<string>; close: () => Promise<void> | void };

const ROUNDS = 6;
const ROUND_MS = 500;
const WARMUP_MS = 400;

function contenders(origin: string, connections: number): Contender[] {
  const ours = new Pool({ maxSocketsPerOrigin: connections, idleTimeout: 60_000 });
  const url = `${origin}/`;
  const undici = new UndiciPool(origin, { connections, pipelining: 1 });
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  return [
    {
      name: '@httplens/transport send',
      request: async () => {
        const r = await send({ method: 'GET', url, headers: [] }, { pool: ours });
        if (r.raw.received.length !== 100 || r.timings.total <= 0) throw new Error('raw bytes or timings missing');
        return Buffer.from(r.body.buffer, r.body.byteOffset, r.body.byteLength).toString('latin1');
      },
      close: () => ours.close(),
    },
    {
      name: 'undici Pool',
      request: async () => {
        const { body } = await undici.request({ path: '/', method: 'GET' });
        return body.text();
      },
      close: () => undici.close(),
    },
    {
      name: 'node:http keep-alive Agent',
      request: () =>
        new Promise<string>((resolve, reject) => {
          get(url, { agent }, (res) => {
            const parts: Buffer[] = [];
            res.on('data', (d: Buffer) => parts.push(d));
            res.on('end', () => resolve(Buffer.concat(parts).toString('latin1')));
            res.on('error', reject);
          }).on('error', reject);
        }),
      close: () => agent.destroy(),
    },
  ];
}

interface Sample {
  /** Requests per second of each round, for ratios between rounds run side by side. */
  rounds: number[];
  count: number;
  ms: number;
  cpuMicros: number;
  latencies: number[];
}

async function measure(c: Contender, concurrency: number, ms: number, sample?: Sample): Promise<void> {
  const end = performance.now() + ms;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let count = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const t = performance.now();
      await c.request();
      sample?.latencies.push(performance.now() - t);
      count++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (sample) {
    sample.rounds.push((count * 1000) / elapsed);
    sample.count += count;
    sample.ms += elapsed;
    sample.cpuMicros += used.user + used.system;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export default defineSuite({
  name: 'transport',
  description:
    'HTTP/1.1 keep-alive GET of a fixed 100-byte response from a raw net server in another process: @httplens/transport `send` (raw bytes and timings captured) vs undici Pool (pipelining 1) and node:http keep-alive Agent, same connection count, every body read.',
  custom: async (): Promise<CustomResult> => {
    const script = join(process.env.HTTPLENS_REPO_ROOT ?? process.cwd(), 'bench', 'transport-server.mjs');
    const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const [hello] = (await once(child, 'message')) as [{ port: number; body: string }];
    const origin = `http://127.0.0.1:${hello.port}`;
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    try {
      for (const concurrency of [1, 16]) {
        const list = contenders(origin, concurrency);
        // verify: every contender reads the same body.
        for (const c of list) {
          const body = await c.request();
          if (body !== hello.body) throw new Error(`${c.name}: body differs: ${JSON.stringify(body)}`);
        }
        for (const c of list) await measure(c, concurrency, WARMUP_MS);
        const samples = list.map((): Sample => ({ rounds: [], count: 0, ms: 0, cpuMicros: 0, latencies: [] }));
        // Interleaved rounds, rotating the order, so drift hits every contender alike.
        for (let round = 0; round < ROUNDS; round++) {
          for (let k = 0; k < list.length; k++) {
            const i = (k + round) % list.length;
            await measure(list[i] as Contender, concurrency, ROUND_MS, samples[i]);
          }
        }
        const rps = samples.map((s) => (s.count * 1000) / s.ms);
        list.forEach((c, i) => {
          const s = samples[i] as Sample;
          const sorted = s.latencies.sort((a, b) => a - b);
          rows.push([c.name, concurrency, rps[i] as number, percentile(sorted, 50) * 1000, percentile(sorted, 99) * 1000, s.cpuMicros / s.count]);
        });
        // The ratio is the median of per-round ratios: each round of ours ran next to one of
        // the peer's, so load from outside the benchmark affects both sides of a ratio alike.
        const paired = (peer: number): number => median((samples[0] as Sample).rounds.map((r, i) => r / ((samples[peer] as Sample).rounds[i] ?? NaN)));
        const ratio = paired(1);
        const cpuRatio = (samples[1] as Sample).cpuMicros / (samples[1] as Sample).count / ((samples[0] as Sample).cpuMicros / (samples[0] as Sample).count);
        notes.push(
          `concurrency ${concurrency}: ours/undici **${ratio.toFixed(2)}x** requests/s (median of ${ROUNDS} paired rounds; target ≥ 1.2x: ${ratio >= 1.2 ? 'met' : 'NOT met'}), ` +
            `undici/ours client CPU per request ${cpuRatio.toFixed(2)}x; ours/node:http **${paired(2).toFixed(2)}x** requests/s`,
        );
        for (const c of list) await c.close();
      }
    } finally {
      child.disconnect();
      child.kill();
    }
    return { columns: ['contender', 'concurrency', 'requests/s', 'p50 µs', 'p99 µs', 'client CPU µs/request'], rows, notes };
  },
});
