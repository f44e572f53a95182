/**
 * Differential test against httpYac's own parser (npm package `httpyac`): on every fixture and on 1,000
 * generated files of the common dialect, method, URL, headers and body must agree with our `httpyac`
 * dialect, except for the disagreements listed below, each with its reason.
 */
import { describe, expect, it } from 'vitest';
import { parseHttpFile, type HttpFile } from '@httplens/http-file';
import { CASES } from './fixtures/cases.js';
import { generateFile } from './generate.js';
import { normaliseBody, parseWithHttpyac, type Compared } from './httpyac.js';

/** Fixture ids where httpYac reads the file differently, and why. At most 20. */
const DISAGREEMENTS: Record<string, string> = {
  'method without URL': 'httplens reports the missing URL (HTTP1001); httpYac takes the lone word "GET" for the URL.',
  'method and version without URL': 'httplens reports the missing URL (HTTP1001); httpYac takes "HTTP/1.1" for the URL.',
  WEBSOCKET: 'httpYac normalises the WEBSOCKET keyword to WS; httplens keeps the keyword as written.',
  AMQP: 'httpYac replaces the AMQP keyword by its default operation "consume"; httplens keeps the keyword.',
  'GRAPHQL method (JetBrains)': 'httpYac keeps a GraphQL query apart from the body (it builds the JSON when sending); httplens keeps the query as the body and builds the JSON in toHttpMessage.',
  'REST Client GraphQL': 'httpYac keeps the GraphQL query apart and shows only the variables as the body; httplens keeps query and variables as the body.',
  'GraphQL variables that are not JSON': 'httpYac keeps the GraphQL query apart and shows only the variables as the body; httplens keeps query and variables as the body.',
  'httpYac GraphQL body': 'httpYac keeps a GraphQL query apart from the body; httplens keeps it as the body.',
  'httpYac GraphQL fragment before the request line': 'httpYac keeps a GraphQL query apart from the body (and adds the fragment when sending); httplens keeps the query as the body and adds the fragment in toHttpMessage.',
  'httpYac GraphQL query read from a file': 'httpYac keeps a query read with "gql ... < file" apart from the body (it reads the file when sending); httplens keeps the line in the body and reads the file as an include when it resolves the request.',
  'unterminated handler': 'httplens reads an unclosed "> {%" as a handler running to the separator (HTTP1021); httpYac sends it as body text.',
  'unterminated httpYac script': 'httplens reads an unclosed "{{" block as a script (HTTP1021); httpYac reads its lines as a request with URL "{{".',
  'unclosed Markdown fence': 'httplens parses an unclosed ```http fence to the end of the file (HTTP1037); httpYac ignores it.',
  'Markdown fence with four backticks': 'httplens accepts fences of more than three backticks (CommonMark); httpYac only three.',
};

function ours(file: HttpFile): Compared[] {
  return file.requests.map((r) => {
    const headers: Record<string, string | string[]> = {};
    for (const h of r.headers) {
      const prev = headers[h.name];
      headers[h.name] = prev === undefined ? h.value : Array.isArray(prev) ? [...prev, h.value] : [prev, h.value];
    }
    const c: Compared = { method: r.method, url: r.url, headers };
    const body = r.body ? (r.body.includes.length > 0 ? '<include>' : normaliseBody(r.body.text)) : undefined;
    if (body !== undefined) c.body = body;
    return c;
  });
}

describe('differential: httplens (httpyac dialect) vs the httpyac package', () => {
  it('lists at most 20 disagreements, each with a reason', () => {
    expect(Object.keys(DISAGREEMENTS).length).toBeLessThanOrEqual(20);
    for (const reason of Object.values(DISAGREEMENTS)) expect(reason.length).toBeGreaterThan(20);
    for (const id of Object.keys(DISAGREEMENTS)) expect(CASES.some((c) => c.id === id), id).toBe(true);
  });

  it('agrees on every fixture except the listed ones', async () => {
    const differing: string[] = [];
    for (const c of CASES) {
      const mine = ours(parseHttpFile(c.input, { dialect: 'httpyac', markdown: c.markdown ?? false }));
      const theirs = await parseWithHttpyac(c.input, c.markdown ? '/tmp/httplens-differential.md' : '/tmp/httplens-differential.http');
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) differing.push(c.id);
      else if (c.id in DISAGREEMENTS) differing.push(`${c.id} (listed but agrees)`);
    }
    expect(differing.sort()).toEqual(Object.keys(DISAGREEMENTS).sort());
  }, 120_000);

  it('agrees on 1,000 generated files of the common dialect', async () => {
    let requests = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const { text, requests: expected } = generateFile(1 + (seed % 7), seed);
      const mine = ours(parseHttpFile(text, { dialect: 'httpyac' }));
      const theirs = await parseWithHttpyac(text);
      expect(mine, `generated file ${seed}`).toEqual(theirs);
      // Both also match what the generator wrote.
      expect(mine.map((r) => [r.method, r.url, r.body])).toEqual(expected.map((r) => [r.method, r.url, r.body]));
      requests += mine.length;
    }
    expect(requests).toBeGreaterThan(3000);
  }, 300_000);
});
