import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessages } from '../../src/message/index.js';
import { generateCorpus, MUTATION_NAMES } from './corpus.js';
import { llhttpVerdict, loadHTTPParser } from './llhttp.js';

interface Disagreement {
  id: number;
  reason: string;
  rfc: string;
}

const listed = (JSON.parse(readFileSync(new URL('./differential-disagreements.json', import.meta.url), 'utf8')) as { disagreements: Disagreement[] }).disagreements;

describe("differential test against Node's llhttp (strict: true, requireHost: false)", () => {
  const HTTPParser = loadHTTPParser();
  const corpus = generateCorpus(2400);
  const results = corpus.map((c) => {
    const bytes = Uint8Array.from(c.text, (ch) => ch.charCodeAt(0));
    const node = llhttpVerdict(c.kind, bytes, HTTPParser);
    const messages = parseMessages(bytes, { strict: true, requireHost: false, expect: c.kind });
    const errors = messages.flatMap((m) => m.diagnostics.filter((d) => d.severity === 'error'));
    return { c, node, messages, errors };
  });

  it('runs on a corpus of at least 2,000 messages, at least 35% rejected and 35% accepted by Node', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(2000);
    const rejected = results.filter((r) => !r.node.ok).length / results.length;
    expect(rejected).toBeGreaterThanOrEqual(0.35);
    expect(1 - rejected).toBeGreaterThanOrEqual(0.35);
  });

  it('gives an error to every message Node rejects (so every message we pass, Node accepts), apart from the listed disagreements', () => {
    const missed = results
      .filter((r) => !r.node.ok && r.errors.length === 0)
      .map((r) => ({ id: r.c.id, nodeError: r.node.error, mutations: r.c.mutations, text: r.c.text }));
    const allowed = new Set(listed.map((d) => d.id));
    expect(missed.filter((m) => !allowed.has(m.id))).toEqual([]);
  });

  it('keeps the list of disagreements short, explained, and current', () => {
    expect(listed.length).toBeLessThanOrEqual(20);
    for (const d of listed) {
      expect(d.reason.length).toBeGreaterThan(20);
      expect(d.rfc).toMatch(/RFC \d+ §/);
      const r = results[d.id];
      expect(r && !r.node.ok && r.errors.length === 0, `listed case ${d.id} no longer disagrees`).toBe(true);
    }
  });

  it('agrees with Node on well-formed input: no error on unmutated cases, same message count and body bytes', () => {
    const clean = results.filter((r) => r.c.mutations.length === 0);
    expect(clean.length).toBeGreaterThan(500);
    for (const r of clean) {
      expect(r.node.ok, `case ${r.c.id}`).toBe(true);
      expect(r.errors, `case ${r.c.id}`).toEqual([]);
      expect(r.messages.length, `case ${r.c.id}`).toBe(r.node.messages);
      expect(r.messages.reduce((n, m) => n + (m.body?.bytes.length ?? 0), 0), `case ${r.c.id}`).toBe(r.node.bodyBytes);
    }
  });

  it('covers every mutation of the generator', () => {
    const seen = new Set(corpus.flatMap((c) => c.mutations));
    expect(MUTATION_NAMES.filter((name) => !seen.has(name))).toEqual([]);
  });
});
