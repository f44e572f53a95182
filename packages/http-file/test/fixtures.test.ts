import { describe, expect, it } from 'vitest';
import { parseHttpFile, type HttpFile } from '@httplens/http-file';
import { CASES, type ExpectedRequest } from './fixtures/cases.js';

function actualRequests(file: HttpFile, expected: ExpectedRequest[]): ExpectedRequest[] {
  return file.requests.map((req, i) => {
    const out: ExpectedRequest = { method: req.method, url: req.url };
    if (req.name !== undefined) out.name = req.name;
    if (req.httpVersion !== undefined) out.version = req.httpVersion;
    out.headers = req.headers.map((h) => [h.name, h.value]);
    if (req.body) out.body = req.body.text;
    if (req.protocol !== 'http') out.protocol = req.protocol;
    if (expected[i]?.metadata) out.metadata = req.metadata.map((m) => [m.key, m.value]);
    return out;
  });
}

function normalise(expected: ExpectedRequest[]): ExpectedRequest[] {
  return expected.map((e) => ({ ...e, headers: e.headers ?? [] }));
}

function within(text: string, span: { offset: number; length: number }): boolean {
  return span.offset >= 0 && span.length >= 0 && span.offset + span.length <= text.length;
}

describe('fixtures', () => {
  it('has at least 150 cases with unique ids', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(`${c.source}: ${c.id}`, () => {
      const file = parseHttpFile(c.input, {
        ...(c.dialect ? { dialect: c.dialect } : {}),
        ...(c.markdown ? { markdown: true } : {}),
        ...(c.known ? { knownVariables: c.known } : {}),
        ...(c.files ? { host: { readFile: (p: string) => c.files?.[p] } } : {}),
      });
      expect(actualRequests(file, c.requests)).toEqual(normalise(c.requests));
      expect(file.diagnostics.map((d) => d.code).sort()).toEqual([...(c.codes ?? [])].sort());
      // Every node's span is inside the input and points at what it names.
      for (const req of file.requests) {
        expect(within(c.input, req.span)).toBe(true);
        for (const h of req.headers) {
          expect(within(c.input, h.span)).toBe(true);
          if (!req.curl) expect(c.input.slice(h.nameSpan.offset, h.nameSpan.offset + h.nameSpan.length)).toBe(h.name);
        }
        if (req.methodSpan && !req.curl) expect(c.input.slice(req.methodSpan.offset, req.methodSpan.offset + req.methodSpan.length).toUpperCase()).toBe(req.method.toUpperCase());
        for (const ref of req.references) expect(c.input.slice(ref.span.offset, ref.span.offset + ref.span.length)).toMatch(/^\{\{[\s\S]*\}\}$/);
        if (req.body) expect(within(c.input, req.body.span)).toBe(true);
      }
      for (const d of file.diagnostics) expect(within(c.input, d.span)).toBe(true);
    });
  }
});
