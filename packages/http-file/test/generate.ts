/**
 * Generates `.http` files in the common dialect (what REST Client, JetBrains and httpYac read alike):
 * `###` separators, `# @name`, request lines with and without version, headers, JSON/form/text bodies,
 * file variables and references. Deterministic for a seed.
 */
export interface GeneratedRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body?: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const HOSTS = ['https://api.example.com', 'http://localhost:8080', 'https://{{host}}', '{{baseUrl}}'];
const SEGMENTS = ['users', 'orders', 'v1', 'items', 'search', 'health', '{{id}}', 'a-b_c', 'files'];
const HEADER_NAMES = ['Accept', 'Authorization', 'X-Request-Id', 'Cache-Control', 'Accept-Language', 'If-None-Match', 'X-Trace'];
const HEADER_VALUES = ['application/json', 'Bearer {{token}}', '{{$guid}}', 'no-cache', 'en-US,en;q=0.5', '"abc"', 'max-age=0, private', 'text/html; charset=utf-8'];

export function generateFile(count: number, seed: number): { text: string; requests: GeneratedRequest[] } {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const lines: string[] = ['@host = api.example.com', '@baseUrl = https://{{host}}/v2', '@id = 42', '@token = secret', ''];
  const requests: GeneratedRequest[] = [];
  for (let i = 0; i < count; i++) {
    const method = pick(METHODS);
    let url = pick(HOSTS);
    const depth = 1 + Math.floor(random() * 3);
    for (let d = 0; d < depth; d++) url += `/${pick(SEGMENTS)}`;
    if (random() < 0.4) url += `?page=${Math.floor(random() * 10)}&q=${pick(['a', 'b%20c', '{{id}}'])}`;
    const headers: [string, string][] = [];
    const hc = Math.floor(random() * 4);
    for (let h = 0; h < hc; h++) headers.push([pick(HEADER_NAMES), pick(HEADER_VALUES)]);
    let body: string | undefined;
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      const kind = Math.floor(random() * 3);
      if (kind === 0) {
        headers.push(['Content-Type', 'application/json']);
        body = `{\n  "id": ${Math.floor(random() * 1000)},\n  "name": "item {{id}}",\n  "tags": ["a", "b"]\n}`;
      } else if (kind === 1) {
        headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
        body = `name=n${i}&value=${Math.floor(random() * 100)}`;
      } else {
        headers.push(['Content-Type', 'text/plain']);
        body = `line one ${i}\nline two`;
      }
    }
    lines.push(random() < 0.5 ? `### request ${i}` : '###');
    if (random() < 0.5) lines.push(`# @name req${i}`);
    if (random() < 0.2) lines.push('# a comment');
    lines.push(random() < 0.3 ? `${method} ${url} HTTP/1.1` : `${method} ${url}`);
    for (const [n, v] of headers) lines.push(`${n}: ${v}`);
    if (body !== undefined) lines.push('', body);
    lines.push('');
    const req: GeneratedRequest = { method, url, headers };
    if (body !== undefined) req.body = body;
    requests.push(req);
  }
  return { text: lines.join('\n'), requests };
}
