import { describe, expect, it } from 'vitest';
import { parseCurl } from '@httplens/http-file';
import { generateSnippet, pyString, toHttpText } from '../src/snippets.js';

const post = {
  method: 'post',
  url: 'https://api.example.com/items?q=a b',
  headers: [
    ['Content-Type', 'application/json'],
    ['Host', 'api.example.com'],
    ['Content-Length', '13'],
    ['X-Quote', `it's "quoted"`],
    ['Accept', 'text/html'],
    ['accept', 'application/json'],
  ] as [string, string][],
  body: '{"name":"x"}\n',
};

describe('generateSnippet', () => {
  it('curl: parses back to the same method, URL, headers and body', () => {
    const curl = generateSnippet('curl', post);
    const back = parseCurl(curl);
    expect(back.method).toBe('POST');
    expect(back.url).toBe(post.url);
    expect(back.body).toBe(post.body);
    // curl computes Content-Length itself: toCurl leaves it out
    expect(back.headers.map((h) => [h.name, h.value])).toEqual(post.headers.filter(([n]) => n !== 'Content-Length'));
  });

  it('curl for Windows cmd continues lines with ^', () => {
    expect(generateSnippet('curl-cmd', post)).toContain(' ^\n  ');
  });

  it('fetch: method, headers without computed ones, body; valid JavaScript', () => {
    const js = generateSnippet('javascript-fetch', post);
    expect(js).toContain('method: "POST"');
    expect(js).not.toMatch(/"Host"|"Content-Length"/);
    expect(js).toContain(`["X-Quote", "it's \\"quoted\\""]`);
    expect(js).toContain('body: "{\\"name\\":\\"x\\"}\\n"');
    // compiles as the body of an async function
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => unknown;
    expect(() => new AsyncFunction('fetch', 'console', js)).not.toThrow();
  });

  it('fetch without body or headers', () => {
    const js = generateSnippet('javascript-fetch', { method: 'GET', url: 'http://x/', headers: [] });
    expect(js).not.toContain('body:');
    expect(js).not.toContain('headers:');
  });

  it('python: dict with repeated fields joined, body as bytes, no redirects', () => {
    const py = generateSnippet('python-requests', post);
    expect(py).toContain('"Accept": "text/html, application/json"');
    expect(py).not.toContain('"Host"');
    expect(py).toContain('data = "{\\"name\\":\\"x\\"}\\n".encode("utf-8")');
    expect(py).toContain('requests.request("POST", "https://api.example.com/items?q=a b", headers=headers, data=data, allow_redirects=False)');
  });

  it('python joins repeated Cookie fields with "; "', () => {
    const py = generateSnippet('python-requests', { method: 'GET', url: 'http://x/', headers: [['Cookie', 'a=1'], ['cookie', 'b=2']] });
    expect(py).toContain('"Cookie": "a=1; b=2"');
  });

  it.each([
    ['plain', '"plain"'],
    ['a\\b', '"a\\\\b"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['tab\there\n', '"tab\\there\\n"'],
    ['\u0001\u007f', '"\\x01\\x7f"'],
    ['中文', '"中文"'],
  ])('pyString(%j)', (input, expected) => {
    expect(pyString(input)).toBe(expected);
  });
});

describe('toHttpText', () => {
  it('writes request line, fields and body from a parsed curl command', () => {
    const curl = parseCurl(`curl -X PUT 'http://h/x' -H 'A: 1' -H 'Content-Type: text/plain' --data-raw 'hello'`);
    expect(toHttpText(curl)).toBe('PUT http://h/x\nA: 1\nContent-Type: text/plain\n\nhello\n');
  });
  it('without body', () => {
    expect(toHttpText({ method: 'get', url: 'http://h/', headers: [['X', 'y']] })).toBe('GET http://h/\nX: y\n');
  });
});
