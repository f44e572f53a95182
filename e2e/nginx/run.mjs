// @httplens/transport against a real nginx (Debian's), compared with curl (Debian's) on the same
// URLs: same status, same decoded body, same header names (per-response fields such as Date aside).
// nginx runs on a loopback port with a configuration generated in a temporary folder (pid, logs and
// temp paths inside it), started with `nginx -c <conf> -p <prefix>` and stopped with `-s stop`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..', '..');
const CI = process.env.CI === 'true';

/** The program's path, or undefined (nginx lives in /usr/sbin, often not on a user's PATH). */
function which(name) {
  for (const candidate of [name, `/usr/sbin/${name}`, `/usr/bin/${name}`]) {
    const r = spawnSync(candidate, [name === 'nginx' ? '-v' : '--version'], { encoding: 'utf8' });
    if (!r.error) return candidate;
  }
  return undefined;
}

const nginx = which('nginx');
const curl = which('curl');
if (!nginx || !curl) {
  const missing = [!nginx && 'nginx', !curl && 'curl'].filter(Boolean).join(' and ');
  if (CI) {
    console.error(`✗ ${missing} not installed (CI requires them: apt-get install nginx curl)`);
    process.exit(1);
  }
  console.log(`- ${missing} not installed: skipped`);
  console.log('0 passed, 0 failed, 1 skipped');
  process.exit(0);
}

const dist = join(root, 'packages', 'transport', 'dist', 'index.js');
{
  // tsc -b is incremental: a fresh build when sources changed, a quick check otherwise.
  const build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(root, 'packages', 'transport')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const { send, Pool, createClient } = await import(pathToFileURL(dist).href);

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePort(port));
    });
  });
}

// --- the site -------------------------------------------------------------------------------
const prefix = mkdtempSync(join(tmpdir(), 'httplens-nginx-'));
const www = join(prefix, 'www');
mkdirSync(www);
const lines = [];
for (let i = 0; i < 400; i++) lines.push(`line ${i}: the quick brown fox jumps over the lazy dog`);
writeFileSync(join(www, 'index.html'), `<!doctype html><title>httplens</title><p>${'hello nginx '.repeat(200)}</p>\n`);
writeFileSync(join(www, 'big.txt'), `${lines.join('\n')}\n`);
writeFileSync(join(www, 'data.json'), JSON.stringify({ items: lines.slice(0, 50) }));
writeFileSync(join(www, 'blob.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)));
writeFileSync(join(www, 'pre.txt.gz'), gzipSync('precompressed\n'));
// Running as root, nginx workers drop to an unprivileged user: everything must be readable.
for (const p of [prefix, www]) chmodSync(p, 0o755);

const port = await freePort();
const conf = join(prefix, 'nginx.conf');
writeFileSync(
  conf,
  `worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  types { text/html html; text/plain txt; application/json json; application/octet-stream bin; }
  default_type application/octet-stream;
  sendfile on;
  keepalive_timeout 30s;
  keepalive_requests 100;
  gzip on;
  gzip_types text/plain application/json;
  gzip_min_length 64;
  gzip_vary on;
  etag on;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${www};
    location /redirect { return 301 /index.html; }
    location = /login { add_header Set-Cookie "sid=s3cret; Path=/; HttpOnly"; return 302 /whoami; }
    location = /whoami { default_type text/plain; return 200 "cookie=$http_cookie method=$request_method\n"; }
    location = /post-redirect { return 303 /whoami; }
  }
}
`,
);
chmodSync(conf, 0o644);

// In the foreground (daemon off), as a child of this process: its exit is awaited after -s stop.
const child = spawn(nginx, ['-e', join(prefix, 'error.log'), '-c', conf, '-p', prefix], { stdio: ['ignore', 'inherit', 'inherit'] });
const exited = once(child, 'exit');
async function listening() {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) return false;
    const ok = await new Promise((done) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        done(true);
      });
      s.on('error', () => done(false));
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
if (!(await listening())) {
  console.error(`✗ nginx did not start: ${existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''}`);
  child.kill();
  process.exit(1);
}
async function stop() {
  spawnSync(nginx, ['-e', join(prefix, 'error.log'), '-c', conf, '-p', prefix, '-s', 'stop'], { encoding: 'utf8' });
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

const base = `http://127.0.0.1:${port}`;
const COMMON = [
  ['Accept', '*/*'],
  ['User-Agent', 'httplens-e2e'],
];
/** Fields that differ per response, not per resource. */
const IGNORED = new Set(['date']);

function curlGet(method, url, headers) {
  const dir = mkdtempSync(join(prefix, 'curl-'));
  const args = ['-s', '-S', '--http1.1', '-D', join(dir, 'head'), '-o', join(dir, 'body'), '-H', 'Accept:', '-H', 'User-Agent:'];
  if (method === 'HEAD') args.push('-I');
  else if (method !== 'GET') args.push('-X', method);
  for (const [n, v] of [...COMMON, ...headers]) args.push('-H', `${n}: ${v}`);
  if (headers.some(([n, v]) => n.toLowerCase() === 'accept-encoding' && v.includes('gzip'))) args.push('--compressed');
  args.push(url);
  execFileSync(curl, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const head = readFileSync(join(dir, 'head'), 'latin1');
  // With -I, curl writes the head to the output file: a HEAD response has no body.
  const body = method !== 'HEAD' && existsSync(join(dir, 'body')) ? readFileSync(join(dir, 'body')) : Buffer.alloc(0);
  // The last response head (after any 1xx).
  const blocks = head.split('\r\n\r\n').filter((b) => b.startsWith('HTTP/'));
  const last = blocks.at(-1) ?? '';
  const [statusLine, ...fieldLines] = last.split('\r\n');
  const status = Number(statusLine.split(' ')[1]);
  const fields = fieldLines.filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]);
  return { status, headers: fields, body };
}

function names(headers) {
  return headers
    .map(([n]) => n.toLowerCase())
    .filter((n) => !IGNORED.has(n))
    .sort();
}

function fieldOf(headers, name) {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

/** A multipart/byteranges boundary is a counter in nginx: the same position, another number. */
function normalizeBody(headers, body) {
  const type = fieldOf(headers, 'content-type') ?? '';
  const m = /boundary=([^;\s]+)/.exec(type);
  if (!m) return Buffer.from(body);
  return Buffer.from(Buffer.from(body).toString('latin1').split(m[1]).join('BOUNDARY'), 'latin1');
}

const pool = new Pool();
let passed = 0;
let failed = 0;

async function compare(name, method, path, headers = [], check) {
  const url = `${base}${path}`;
  try {
    const theirs = curlGet(method, url, headers);
    const ours = await send({ method, url, headers: [...COMMON, ...headers] }, { pool });
    const problems = [];
    if (ours.status !== theirs.status) problems.push(`status ${ours.status} vs curl ${theirs.status}`);
    const a = normalizeBody(ours.headers, ours.body);
    const b = normalizeBody(theirs.headers, theirs.body);
    if (!a.equals(b)) problems.push(`body differs (${a.length} bytes vs curl ${b.length})`);
    const na = names(ours.headers).join(', ');
    const nb = names(theirs.headers).join(', ');
    if (na !== nb) problems.push(`header names [${na}] vs curl [${nb}]`);
    if (check) {
      const more = check(ours, theirs);
      if (more) problems.push(more);
    }
    if (problems.length === 0) {
      passed++;
      console.log(`✓ ${name}`);
    } else {
      failed++;
      console.log(`✗ ${name}: ${problems.join('; ')}`);
    }
    return ours;
  } catch (error) {
    failed++;
    console.log(`✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function expectTrue(name, condition, detail) {
  if (condition) {
    passed++;
    console.log(`✓ ${name}`);
  } else {
    failed++;
    console.log(`✗ ${name}: ${detail}`);
  }
}

try {
  const index = await compare('GET /index.html (identity)', 'GET', '/index.html', [], (o) => (o.decoded.length === 0 ? undefined : 'decoded without Accept-Encoding'));
  await compare('GET /index.html with gzip', 'GET', '/index.html', [['Accept-Encoding', 'gzip']], (o) => (o.decoded.join() === 'gzip' ? undefined : `decoded ${o.decoded.join()}`));
  await compare('GET /big.txt with gzip (chunked)', 'GET', '/big.txt', [['Accept-Encoding', 'gzip']], (o) => (fieldOf(o.headers, 'transfer-encoding') === 'chunked' ? undefined : 'not chunked'));
  await compare('GET /data.json with gzip', 'GET', '/data.json', [['Accept-Encoding', 'gzip, br']]);
  await compare('GET /blob.bin (binary, not compressed)', 'GET', '/blob.bin', [['Accept-Encoding', 'gzip']]);
  await compare('HEAD /big.txt', 'HEAD', '/big.txt');
  await compare('GET /missing (404)', 'GET', '/missing');
  await compare('GET /redirect (301, not followed)', 'GET', '/redirect');
  await compare('Range bytes=0-99', 'GET', '/big.txt', [['Range', 'bytes=0-99']], (o) => (o.status === 206 && fieldOf(o.headers, 'content-range')?.startsWith('bytes 0-99/') ? undefined : 'no 206 with Content-Range'));
  await compare('Range bytes=-50 (suffix)', 'GET', '/big.txt', [['Range', 'bytes=-50']]);
  await compare('Range bytes=0-9,100-109 (multipart/byteranges)', 'GET', '/big.txt', [['Range', 'bytes=0-9,100-109']], (o) => (fieldOf(o.headers, 'content-type')?.startsWith('multipart/byteranges') ? undefined : 'not multipart'));
  await compare('Range not satisfiable (416)', 'GET', '/big.txt', [['Range', 'bytes=999999-']]);
  const etag = index ? fieldOf(index.headers, 'etag') : undefined;
  const lastModified = index ? fieldOf(index.headers, 'last-modified') : undefined;
  if (etag && lastModified) {
    await compare('If-None-Match with the ETag (304)', 'GET', '/index.html', [['If-None-Match', etag]], (o) => (o.status === 304 && o.body.length === 0 ? undefined : `status ${o.status}`));
    await compare('If-None-Match with another ETag (200)', 'GET', '/index.html', [['If-None-Match', '"other"']]);
    await compare('If-Modified-Since Last-Modified (304)', 'GET', '/index.html', [['If-Modified-Since', lastModified]]);
    await compare('If-Range with the ETag and a Range (206)', 'GET', '/index.html', [['If-Range', etag], ['Range', 'bytes=0-15']]);
    await compare('If-Range with another ETag (200, whole file)', 'GET', '/index.html', [['If-Range', '"other"'], ['Range', 'bytes=0-15']]);
    await compare('If-Match with another ETag (412)', 'GET', '/index.html', [['If-Match', '"other"']]);
  } else {
    failed++;
    console.log('✗ no ETag or Last-Modified on /index.html');
  }

  // The client: redirects and cookies, compared with curl -L and its cookie engine (-b '').
  for (const [name, method, path, curlArgs] of [
    ['client: 302 with Set-Cookie, followed, the cookie sent on the next hop (curl -L -b "")', 'GET', '/login', ['-L', '-b', '']],
    ['client: 303 after POST is followed with GET (curl -L)', 'POST', '/post-redirect', ['-L', '-d', 'x=1']],
    ['client: 301 followed to a gzip file (curl -L --compressed)', 'GET', '/redirect', ['-L', '--compressed', '-H', 'Accept-Encoding: gzip']],
  ]) {
    try {
      const client = createClient({ followRedirects: true, proxy: false });
      const headers = [...COMMON];
      if (curlArgs.includes('--compressed')) headers.push(['Accept-Encoding', 'gzip']);
      const r = await client.send({ method, url: `${base}${path}`, headers, ...(method === 'POST' ? { body: 'x=1', headers: [...headers, ['Content-Type', 'application/x-www-form-urlencoded']] } : {}) });
      client.close();
      const out = execFileSync(curl, ['-s', '-S', '--http1.1', '-H', 'Accept:', '-H', 'User-Agent:', ...COMMON.flatMap(([n, v]) => ['-H', `${n}: ${v}`]), '-w', '\n%{http_code} %{num_redirects}', ...curlArgs, `${base}${path}`]);
      const text = out.toString('latin1');
      const cut = text.lastIndexOf('\n');
      const [code, hops] = text.slice(cut + 1).split(' ').map(Number);
      const body = Buffer.from(text.slice(0, cut), 'latin1');
      const cookieSent = path !== '/login' || Buffer.from(r.body).toString().startsWith('cookie=sid=s3cret method=GET');
      expectTrue(name, cookieSent && r.status === code && r.redirects.length === hops && Buffer.from(r.body).equals(body), `ours ${r.status}/${r.redirects.length} ${JSON.stringify(Buffer.from(r.body).toString().slice(0, 60))} vs curl ${code}/${hops} ${JSON.stringify(body.toString().slice(0, 60))}`);
    } catch (error) {
      failed++;
      console.log(`✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // httplens check (the built command) against nginx's own conditional, range, HEAD and gzip handling.
  try {
    const cli = join(root, 'packages', 'cli', 'dist', 'bin.js');
    const run = spawnSync(process.execPath, [cli, 'check', '--json', `${base}/big.txt`], { encoding: 'utf8', timeout: 60_000 });
    const report = JSON.parse(run.stdout);
    const results = Object.fromEntries(report.checks.map((c) => [c.id, c.result]));
    const findings = report.checks.filter((c) => c.result === 'fail').map((c) => `${c.code} ${c.message}`);
    // nginx weakens the ETag of a gzip-coded response (W/"..."), so the two codings do not share a strong tag
    const expected = { validators: 'pass', etag: 'pass', 'last-modified': 'pass', vary: 'pass', compression: 'pass', head: 'pass' };
    const wrong = Object.entries(expected).filter(([id, result]) => results[id] !== result);
    // and its gzip filter adds Vary only to the responses it compresses: a 304 goes without it (RFC 9110 §15.4.5 asks
    // for it), which is the one finding expected
    const unexpected = findings.filter((f) => !/^HTTP0708 .* no Vary,/.test(f));
    expectTrue('httplens check: nginx honours If-None-Match and If-Modified-Since, varies gzip, agrees on HEAD; its 304s lack Vary', run.status === 0 && wrong.length === 0 && unexpected.length === 0 && findings.length > 0, `exit ${run.status}; ${JSON.stringify(results)}; findings ${JSON.stringify(findings)} ${run.stderr}`);
  } catch (error) {
    failed++;
    console.log(`✗ httplens check against nginx: ${error instanceof Error ? error.message : String(error)}`);
  }

  // Keep-alive: curl reuses its connection for a second URL; so does the transport's pool.
  const kaPool = new Pool();
  const first = await send({ method: 'GET', url: `${base}/index.html`, headers: COMMON }, { pool: kaPool });
  const second = await send({ method: 'GET', url: `${base}/data.json`, headers: COMMON }, { pool: kaPool });
  kaPool.close();
  const connects = execFileSync(curl, ['-s', '--http1.1', '-o', '/dev/null', '-o', '/dev/null', '-w', '%{num_connects}\n', `${base}/index.html`, `${base}/data.json`], { encoding: 'utf8' });
  expectTrue('keep-alive: the second request reuses the connection, as curl does', !first.reused && second.reused && connects === '1\n0\n', `reused ${first.reused}/${second.reused}, curl connects ${JSON.stringify(connects)}`);
  expectTrue('keep-alive: nginx answers HTTP/1.1 with Connection: keep-alive', second.version === 'HTTP/1.1' && fieldOf(second.headers, 'connection') === 'keep-alive', `${second.version} ${fieldOf(second.headers, 'connection')}`);
} finally {
  pool.close();
  await stop();
  const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
  if (failed > 0 && log.trim() !== '') console.log(`nginx error.log:\n${log}`);
  rmSync(prefix, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
