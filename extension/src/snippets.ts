// Code snippets for a resolved request: curl (through @httplens/http-file's toCurl), JavaScript fetch, Python requests.
// Pure: no 'vscode' import, so the unit tests run under Node alone.
import { toCurl } from '@httplens/http-file';

export interface SnippetRequest {
  method: string;
  url: string;
  headers: readonly (readonly [string, string])[];
  body?: string | null;
}

export type SnippetLanguage = 'curl' | 'curl-cmd' | 'javascript-fetch' | 'python-requests';

export const SNIPPET_LANGUAGES: readonly { id: SnippetLanguage; label: string; languageId: string }[] = [
  { id: 'curl', label: 'curl (sh)', languageId: 'shellscript' },
  { id: 'curl-cmd', label: 'curl (Windows cmd)', languageId: 'bat' },
  { id: 'javascript-fetch', label: 'JavaScript (fetch)', languageId: 'javascript' },
  { id: 'python-requests', label: 'Python (requests)', languageId: 'python' },
];

/** Headers that fetch and requests compute themselves (forbidden in fetch, or derived from the body and URL). */
const COMPUTED = new Set(['host', 'content-length', 'connection', 'transfer-encoding']);

function jsString(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A Python string literal: double quotes, escapes for backslash, quote and control characters. */
export function pyString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function sendableHeaders(request: SnippetRequest): [string, string][] {
  return request.headers.filter(([name]) => !COMPUTED.has(name.toLowerCase())).map(([n, v]) => [n, v]);
}

function hasBody(request: SnippetRequest): request is SnippetRequest & { body: string } {
  return typeof request.body === 'string' && request.body !== '';
}

function fetchSnippet(request: SnippetRequest): string {
  const headers = sendableHeaders(request);
  const lines: string[] = [`const response = await fetch(${jsString(request.url)}, {`, `  method: ${jsString(request.method.toUpperCase())},`];
  if (headers.length > 0) {
    lines.push('  headers: [');
    for (const [n, v] of headers) lines.push(`    [${jsString(n)}, ${jsString(v)}],`);
    lines.push('  ],');
  }
  if (hasBody(request)) lines.push(`  body: ${jsString(request.body)},`);
  lines.push('});', 'console.log(response.status, response.statusText);', 'console.log(await response.text());');
  return lines.join('\n');
}

function pythonSnippet(request: SnippetRequest): string {
  const headers = sendableHeaders(request);
  const lines: string[] = ['import requests', ''];
  // requests takes a dict: a repeated field name is joined with ", " (RFC 9110 §5.3), except Cookie ("; ").
  const merged = new Map<string, { name: string; values: string[] }>();
  for (const [n, v] of headers) {
    const key = n.toLowerCase();
    const entry = merged.get(key);
    if (entry) entry.values.push(v);
    else merged.set(key, { name: n, values: [v] });
  }
  if (merged.size > 0) {
    lines.push('headers = {');
    for (const [key, { name, values }] of merged) lines.push(`    ${pyString(name)}: ${pyString(values.join(key === 'cookie' ? '; ' : ', '))},`);
    lines.push('}');
  }
  if (hasBody(request)) lines.push(`data = ${pyString(request.body)}.encode("utf-8")`);
  const args = [pyString(request.method.toUpperCase()), pyString(request.url)];
  if (merged.size > 0) args.push('headers=headers');
  if (hasBody(request)) args.push('data=data');
  args.push('allow_redirects=False');
  lines.push(`response = requests.request(${args.join(', ')})`, 'print(response.status_code, response.reason)', 'print(response.text)');
  return lines.join('\n');
}

/** Writes `request` as a snippet in `language`. */
export function generateSnippet(language: SnippetLanguage, request: SnippetRequest): string {
  const input = {
    method: request.method,
    url: request.url,
    headers: request.headers.map(([n, v]) => [n, v] as [string, string]),
    ...(hasBody(request) ? { body: request.body } : {}),
  };
  switch (language) {
    case 'curl':
      return toCurl(input, { multiline: true });
    case 'curl-cmd':
      return toCurl(input, { shell: 'cmd', multiline: true });
    case 'javascript-fetch':
      return fetchSnippet(request);
    case 'python-requests':
      return pythonSnippet(request);
  }
}

/** A request in `.http` syntax (for Paste cURL as Request). */
export function toHttpText(request: { method: string; url: string; headers: readonly ({ name: string; value: string } | readonly [string, string])[]; body?: string | undefined }): string {
  const lines = [`${request.method.toUpperCase()} ${request.url}`];
  for (const h of request.headers) {
    const [name, value] = Array.isArray(h) ? (h as readonly [string, string]) : [(h as { name: string }).name, (h as { value: string }).value];
    lines.push(`${name}: ${value}`);
  }
  let text = lines.join('\n');
  if (request.body !== undefined && request.body !== '') text += `\n\n${request.body}`;
  return `${text}\n`;
}
