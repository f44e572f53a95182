import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { parseHttpFile, resolveRequest, toHttpMessage } from '@httplens/http-file';
import { toLspDiagnostic } from '@httplens/language-service';
import { cursor, doc, service } from './helpers.js';

const ls = service();

/** Applies the preferred quick fix at the cursor and returns the whole text. */
function fixAt(marked: string, languageId = 'http'): string {
  const { text, offset } = cursor(marked);
  const d = doc(text, languageId);
  const pos = d.positionAt(offset);
  const diagnostics = ls.doValidation(d).filter((x) => d.offsetAt(x.range.start) <= offset && offset <= d.offsetAt(x.range.end));
  const fix = ls.doCodeActions(d, { start: pos, end: pos }, diagnostics).find((a) => a.isPreferred);
  const edits = fix?.edit?.changes?.[d.uri] as TextEdit[] | undefined;
  if (!edits) throw new Error(`no preferred fix among ${diagnostics.map((x) => x.code).join(', ')}`);
  return TextDocument.applyEdits(d, edits);
}

const MISSPELLINGS: [string, string][] = [
  ['Content-Lenght', 'Content-Length'],
  ['Authorizaiton', 'Authorization'],
  ['Max-Forward', 'Max-Forwards'],
  ['Accept-Range', 'Accept-Ranges'],
  ['Update', 'Upgrade'],
  ['Cache-Controll', 'Cache-Control'],
  ['Content-Tyep', 'Content-Type'],
  ['If-None-Mach', 'If-None-Match'],
  ['User-Agnet', 'User-Agent'],
  ['Accept-Encodings', 'Accept-Encoding'],
];

describe('the preferred fix for a misspelled field name', () => {
  it.each(MISSPELLINGS)('%s -> %s', (wrong, right) => {
    expect(fixAt(`GET https://a.example/\n${wrong.slice(0, 2)}|${wrong.slice(2)}: 1\n`)).toBe(`GET https://a.example/\n${right}: 1\n`);
  });
});

const METHOD_PREFIXES: [string, string][] = [
  ['G', 'GET'], ['PO', 'POST'], ['PU', 'PUT'], ['PA', 'PATCH'], ['DE', 'DELETE'], ['HE', 'HEAD'], ['OP', 'OPTIONS'], ['TR', 'TRACE'], ['QU', 'QUERY'], ['PROPF', 'PROPFIND'],
];

describe('method completion at the start of a request', () => {
  it.each(METHOD_PREFIXES)('%s offers %s', (typed, method) => {
    const { text, offset } = cursor(`### a\n${typed}|\n`);
    const d = doc(text);
    const item = ls.doComplete(d, d.positionAt(offset)).items.find((i) => i.label === method);
    expect(item).toBeDefined();
    expect(TextDocument.applyEdits(d, [item!.textEdit as TextEdit])).toBe(`### a\n${method} \n`);
  });
});

describe('lines ended by CR LF or a lone CR', () => {
  it.each([
    ['CR LF', '\r\n'],
    ['a lone CR', '\r'],
  ])('the suppression comment goes on its own line before the flagged one (%s)', (_label, eol) => {
    const text = ['GET https://a.example/', 'Accept: */*', 'Content-Lenght: 2', ''].join(eol);
    const d = doc(text);
    const diagnostic = ls.doValidation(d).find((x) => x.code === 'HTTP3001');
    expect(diagnostic).toBeDefined();
    const suppress = ls.doCodeActions(d, diagnostic!.range, [diagnostic!]).find((a) => a.title.startsWith('Ignore'));
    const fixed = TextDocument.applyEdits(d, suppress?.edit?.changes?.[d.uri] ?? []);
    expect(fixed).toBe(['GET https://a.example/', 'Accept: */*', '# httplens-disable-next-line HTTP3001', 'Content-Lenght: 2', ''].join(eol));
    expect(ls.doValidation(doc(fixed)).filter((x) => x.code === 'HTTP3001')).toEqual([]);
  });

  it('completes field names on a line after a lone CR', () => {
    const { text, offset } = cursor('GET https://a.example/\rAccept: */*\rCache-Con|');
    const d = doc(text);
    const item = ls.doComplete(d, d.positionAt(offset)).items.find((i) => i.label === 'Cache-Control');
    expect(item).toBeDefined();
    expect(TextDocument.applyEdits(d, [item!.textEdit as TextEdit])).toBe('GET https://a.example/\rAccept: */*\rCache-Control: ');
  });
});

describe('quick fixes for diagnostics the client sends back after an edit', () => {
  it('rewrite nothing outside the flagged text when its range no longer holds it', () => {
    const d = doc('GET https://a.example/\nCache-Control: max-age=1, max-age=1\nAccept: */*\n');
    const whole = { start: { line: 0, character: 0 }, end: d.positionAt(d.getText().length) };
    const stale = [
      { range: whole, message: '', code: 'HTTP3103' },
      { range: whole, message: '', code: 'HTTP3001', data: { args: { suggestion: 'Accept' } } },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, message: '', code: 'HTTP3102', data: { args: { name: 'max-age', suggestion: 's-maxage' } } },
    ];
    const edits = ls.doCodeActions(d, whole, stale).filter((a) => !a.title.startsWith('Ignore')).flatMap((a) => a.edit?.changes?.[d.uri] ?? []);
    expect(edits).toEqual([]);
  });
});

/** Broken files, each with diagnostics that have quick fixes. */
const BROKEN: [languageId: string, text: string][] = [
  ['http', 'POST https://a.example/\nContent-Lenght: 2\nAuthorizaiton: Bearer x\n\nhi\n'],
  ['http', 'GET https://a.example/\r\nAccept-Encodings: gzip\r\nUser-Agnet: x\r\n'],
  ['http', 'POST https://a.example/\nContent-Type: text/plain\n\nhi\n'],
  ['http', 'POST https://a.example/\n\n{"a": 1}\n'],
  ['http', 'POST https://a.example/\nAccept: */*\n\n<a/>\n'],
  ['http', 'POST https://a.example/\n\na=1&b=2\n'],
  ['http', 'GET https://a.example/\nCache-Control: max-age=1, max-age=1\n'],
  ['http', 'GET https://a.example/\nCache-Control: no-cache, no-cache\n'],
  ['http', 'GET https://a.example/\nCache-Control: maxage=5\n'],
  ['http', 'GET https://a.example/\nPragma: no-cache\n'],
  ['http', 'GET https://a.example/\nX-Forwarded-For: 1.2.3.4\n'],
  ['http', 'GET https://a.example/\nContent-MD5: Q2hlY2sgSW50ZWdyaXR5IQ==\n'],
  ['http', '@host = a.example\nGET https://{{hots}}/\n'],
  ['http', 'GET https://a.example/\nAccept: text/html;q=2\n'],
  ['http', 'get https://a.example/\n'],
  ['http-message', 'HTTP/1.1 200 OK\r\nContent-Lenght: 2\r\nCache-Control: max-age=1, max-age=2\r\n\r\nhi'],
  ['http-message', 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nhi'],
  ['http-message', 'HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{"a":1}'],
  ['http-message', 'HTTP/1.1 200 OK\r\nCache-Control: public, private, no-store, max-age=5\r\nExpires: 0\r\nPragma: no-cache\r\nContent-Length: 0\r\n\r\n'],
  ['http-message', 'HTTP/1.1 200 OK\r\nX-Frame-Options: DENY\r\nX-XSS-Protection: 1\r\nContent-Length: 0\r\n\r\n'],
  ['http-message', 'HTTP/1.1 200 OK\r\ncache-control: max-age=60, must-revalidate, must-revalidate\r\ncontent-length: 0\r\n\r\n'],
  ['http-message', 'HTTP/1.1 200 OK\r\nEtag: "a"\r\nCONTENT-LENGTH: 0\r\n\r\n'],
  ['http-message', 'HTTP/1.1 200 OK\r\nCache-Control: no-store, max-age=60, s-maxage=60, must-revalidate\r\nContent-Length: 0\r\n\r\n'],
  ['http-message', 'HTTP/1.1 200 OK\r\nCache-Control: public, no-cache="set-cookie", private\r\nContent-Length: 0\r\n\r\n'],
  ['http', 'GET https://a.example/\nUSER-AGENT: x\nX-Frame-Options: DENY\n'],
  ['http', 'POST https://a.example/\r\nAccept: */*\r\n\r\n{"a": "{{$guid x}}"}\r\n'],
  ['http-message', 'HTTP/1.1 200 OK\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nAccess-Control-Allow-Origin: HTTPS://App.Example:443\r\nContent-Length: 0\r\n\r\n'],
  ['http-message', "HTTP/1.1 200 OK\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nContent-Security-Policy: script-src 'none' https://cdn.example; object-src 'none'\r\nContent-Length: 0\r\n\r\n"],
  ['http', "GET https://a.example/\nContent-Security-Policy: script-src https://cdn.example 'none'\n"],
];

describe('every quick fix offered on a corpus of broken files', () => {
  it.each(BROKEN)('removes its diagnostic and adds none (%s) %j', (languageId, text) => {
    const d = doc(text, languageId);
    const before = ls.doValidation(d);
    let fixes = 0;
    for (const diagnostic of before) {
      const code = String(diagnostic.code);
      for (const action of ls.doCodeActions(d, diagnostic.range, [diagnostic]).filter((a) => a.kind === 'quickfix' && a.edit)) {
        fixes++;
        const fixed = TextDocument.applyEdits(d, action.edit?.changes?.[d.uri] ?? []);
        const after = ls.doValidation(doc(fixed, languageId)).map((x) => String(x.code));
        const remaining = before.map((x) => String(x.code));
        const added: string[] = [];
        for (const c of after) {
          const i = remaining.indexOf(c);
          if (i >= 0) remaining.splice(i, 1);
          else added.push(c);
        }
        const label = `${code} "${action.title}" -> ${JSON.stringify(fixed)}`;
        expect(after.filter((c) => c === code).length, label).toBeLessThan(before.filter((x) => String(x.code) === code).length);
        // a misspelled name that becomes a known field (HTTP3001) brings that field's own rules: Content-Length on GET...
        if (code !== 'HTTP3001') expect(added, label).toEqual([]);
        // the rest of the file stays byte-identical: only the flagged line (or a line inserted next to it, or a
        // Content-Type line added to the head for HTTP0561) changes
        let prefix = 0;
        while (prefix < text.length && text[prefix] === fixed[prefix]) prefix++;
        let suffix = 0;
        while (suffix < text.length - prefix && text[text.length - 1 - suffix] === fixed[fixed.length - 1 - suffix]) suffix++;
        const lineOf = (offset: number) => d.positionAt(offset).line;
        const changedFrom = lineOf(prefix);
        const changedTo = lineOf(text.length - suffix);
        const edits = action.edit?.changes?.[d.uri] ?? [];
        const fileComment = edits.some((e) => e.newText.startsWith('# httplens-disable-file'));
        const flaggedFrom = code === 'HTTP0561' || fileComment ? 0 : diagnostic.range.start.line - 1;
        expect(changedFrom, label).toBeGreaterThanOrEqual(flaggedFrom);
        expect(changedTo, label).toBeLessThanOrEqual(diagnostic.range.end.line + 1);
      }
    }
    expect(fixes).toBeGreaterThan(0);
  });
});

describe('ignoring a diagnostic inside a body', () => {
  it.each(['rest-client', 'jetbrains', 'httpyac'] as const)('puts a file comment on top instead of a comment line in the body (%s)', (dialect) => {
    const s = service({ settings: { dialect } });
    const text = 'POST https://a.example/\nContent-Type: application/json\n\n{\n  "id": "{{$guid x}}"\n}\n';
    const d = doc(text);
    const diagnostic = s.doValidation(d).find((x) => x.code === 'HTTP1011');
    expect(diagnostic).toBeDefined();
    const ignore = s.doCodeActions(d, diagnostic!.range, [diagnostic!]).filter((a) => a.title.startsWith('Ignore'));
    expect(ignore.map((a) => a.title)).toEqual(['Ignore HTTP1011 in this file']);
    const fixed = TextDocument.applyEdits(d, ignore[0]?.edit?.changes?.[d.uri] ?? []);
    expect(fixed).toBe(`# httplens-disable-file HTTP1011\n${text}`);
    const after = doc(fixed);
    expect(s.doValidation(after).map((x) => x.code)).not.toContain('HTTP1011');
    const body = (p: ReturnType<typeof s.parse>) => (p.kind === 'http' ? p.file.requests[0]?.body?.text : undefined);
    expect(body(s.parse(after))).toBe(body(s.parse(d)));
  });
});

/**
 * The diagnostics of building the first request's message (`toHttpMessage` notes, as `httplens/requestAt` returns
 * them), as LSP diagnostics: HTTP1051 with the values of variables (the editor notes only credentials written out).
 */
function messageNotes(d: TextDocument, dialect?: 'httpyac') {
  const file = parseHttpFile(d.getText(), dialect ? { dialect } : {});
  const message = toHttpMessage(resolveRequest(file, 0, { environment: { user: 'ann', pass: 'p w' } }));
  return { message, diagnostics: message.notes.map((n) => toLspDiagnostic(d, n, 'en')) };
}

/** The text after the preferred fix for the first diagnostic of `code`; undefined when there is none. */
function preferredFix(d: TextDocument, diagnostics: Diagnostic[], code: string, l = ls): { text: string; title: string } | undefined {
  const diagnostic = diagnostics.find((x) => x.code === code);
  if (!diagnostic) throw new Error(`no ${code} among ${diagnostics.map((x) => x.code).join(', ')}`);
  const fix = l.doCodeActions(d, diagnostic.range, [diagnostic]).find((a) => a.isPreferred);
  const edits = fix?.edit?.changes?.[d.uri];
  return fix && edits ? { text: TextDocument.applyEdits(d, edits), title: fix.title } : undefined;
}

describe('HTTP1051: credentials in the URL move to Authorization: Basic user password', () => {
  it.each([
    ['GET https://ann:s3cret@api.example/items?x=1\nAccept: */*\n', 'GET https://api.example/items?x=1\nAuthorization: Basic ann s3cret\nAccept: */*\n'],
    // percent-decoded as the sender decodes them; a password with a colon or a space inside
    ['GET https://ann%40corp:a%3Ab%20c@api.example/\n', 'GET https://api.example/\nAuthorization: Basic ann@corp a:b c\n'],
    // no password: the colon form; no scheme; the line breaks of the document; an HTTP version
    ['GET http://ann@api.example/ HTTP/1.1\r\nAccept: */*\r\n', 'GET http://api.example/ HTTP/1.1\r\nAuthorization: Basic ann:\r\nAccept: */*\r\n'],
    ['GET ann:pw@api.example/\n', 'GET api.example/\nAuthorization: Basic ann pw\n'],
    // under the lines that continue the URL; variables kept as they are
    ['GET https://{{user}}:{{pass}}@api.example/items\n    ?a=1\n    &b=2\nAccept: */*\n', 'GET https://api.example/items\n    ?a=1\n    &b=2\nAuthorization: Basic {{user}} {{pass}}\nAccept: */*\n'],
  ])('%j', (before, after) => {
    const d = doc(before);
    const { message, diagnostics } = messageNotes(d);
    const fixed = preferredFix(d, diagnostics, 'HTTP1051');
    expect(fixed?.title).toBe('Move the credentials from the URL to an Authorization field');
    expect(fixed?.text).toBe(after);
    // the fixed request sends the same credentials, now without a note about the URL
    const again = messageNotes(doc(fixed?.text ?? ''));
    expect(again.diagnostics.map((x) => x.code)).not.toContain('HTTP1051');
    const sent = (m: typeof message) => m.fields.find((f) => f.name === 'Authorization')?.value;
    expect(sent(again.message)).toBe(sent(message));
  });

  it('offers nothing when the request has Authorization already, the credentials come from a variable, or the shorthand cannot carry them', () => {
    const stale = doc('GET https://ann:pw@api.example/\n');
    const { diagnostics } = messageNotes(stale);
    // the client sends the diagnostic back after an Authorization line was typed
    const withAuth = doc('GET https://ann:pw@api.example/\nauthorization: Bearer t\n');
    expect(preferredFix(withAuth, diagnostics, 'HTTP1051')).toBeUndefined();
    const fromVariable = doc('@base = https://ann:pw@api.example\nGET {{base}}/\n');
    const notes = toHttpMessage(resolveRequest(parseHttpFile(fromVariable.getText()), 0)).notes.map((n) => toLspDiagnostic(fromVariable, n, 'en'));
    expect(preferredFix(fromVariable, notes, 'HTTP1051')).toBeUndefined();
    for (const url of ['https://a%3Ab:pw@api.example/', 'https://ann:%20pw@api.example/', 'https://ann:p%0Aw@api.example/', 'https://{{credentials}}@api.example/']) {
      const d = doc(`GET ${url}\n`);
      expect(preferredFix(d, messageNotes(d).diagnostics, 'HTTP1051'), url).toBeUndefined();
    }
  });

  it('is among the diagnostics of the editor for credentials written in the URL, and its fix applies there', () => {
    const d = doc('GET https://ann:pw@api.example/\n');
    const note = ls.doValidation(d).find((x) => x.code === 'HTTP1051');
    expect(note && preferredFix(d, [note], 'HTTP1051')?.text).toBe('GET https://api.example/\nAuthorization: Basic ann pw\n');
  });
});

describe('HTTP1050: a timeout value rewritten in the unit the dialect reads', () => {
  const httpyac = service({ settings: { dialect: 'httpyac' } });
  const jetbrains = service({ settings: { dialect: 'jetbrains' } });

  it.each([
    ['httpyac', '2 s', '2000', 'Change to 2000 (milliseconds)'],
    ['httpyac', '1.5m', '90000', 'Change to 90000 (milliseconds)'],
    ['httpyac', '1 h', '3600000', 'Change to 3600000 (milliseconds)'],
    ['httpyac', '0.5 sec', '500', 'Change to 500 (milliseconds)'],
    ['jetbrains', '2 sec', '2', 'Change to 2 (seconds)'],
    ['jetbrains', '1 h', '3600', 'Change to 3600 (seconds)'],
    ['jetbrains', '2.5 seconds', '2500 ms', 'Change to 2500 ms'],
  ] as const)('%s: %s -> %s', (dialect, value, rewritten, title) => {
    const l = dialect === 'httpyac' ? httpyac : jetbrains;
    const d = doc(`# @timeout ${value}\nGET https://a.example/\n`);
    const fixed = preferredFix(d, l.doValidation(d), 'HTTP1050', l);
    expect(fixed).toEqual({ text: `# @timeout ${rewritten}\nGET https://a.example/\n`, title });
    expect(l.doValidation(doc(fixed?.text ?? '')).map((x) => x.code)).not.toContain('HTTP1050');
  });

  it('rewrites a JetBrains @connection-timeout too, in a file of the auto dialect', () => {
    const d = doc('### a\n// @connection-timeout 1 min\nGET https://a.example/\n');
    expect(preferredFix(d, ls.doValidation(d), 'HTTP1050')?.text).toBe('### a\n// @connection-timeout 60\nGET https://a.example/\n');
  });

  it('offers nothing for a value without a number and a known unit, or for a range that no longer holds the value', () => {
    for (const value of ['soon', '2 fortnights', 's 2', '']) {
      const d = doc(`# @timeout ${value}\nGET https://a.example/\n`);
      expect(preferredFix(d, httpyac.doValidation(d), 'HTTP1050', httpyac), value).toBeUndefined();
    }
    const d = doc('# @timeout 2 s\nGET https://a.example/\n');
    const [diagnostic] = httpyac.doValidation(d).filter((x) => x.code === 'HTTP1050');
    const edited = doc('# @note   2 s\nGET https://a.example/\n');
    expect(httpyac.doCodeActions(edited, diagnostic!.range, [diagnostic!]).find((a) => a.isPreferred)).toBeUndefined();
  });
});

describe('HTTP1053: a body right under the headers gets the blank line before it', () => {
  it.each([
    ['POST https://a.example/\nContent-Type: application/json\n{\n  "a": 1,\n  "b": [1, 2]\n}\n', 'POST https://a.example/\nContent-Type: application/json\n\n{\n  "a": 1,\n  "b": [1, 2]\n}\n'],
    ['POST https://a.example/\r\nContent-Type: application/xml\r\n  <a><b/></a>\r\n', 'POST https://a.example/\r\nContent-Type: application/xml\r\n\r\n  <a><b/></a>\r\n'],
    ['POST https://a.example/\nContent-Type: application/json\n[1, 2]\n', 'POST https://a.example/\nContent-Type: application/json\n\n[1, 2]\n'],
  ])('%j', (before, after) => {
    for (const dialect of ['auto', 'rest-client', 'jetbrains', 'httpyac'] as const) {
      const l = service({ settings: { dialect } });
      const d = doc(before);
      const diagnostics = l.doValidation(d);
      // one diagnostic for the body, none for each of its lines (a note where httpYac reads it as the body)
      const code = dialect === 'httpyac' ? 'HTTP5022' : 'HTTP1053';
      expect(diagnostics.map((x) => x.code), dialect).toEqual([code]);
      const fixed = preferredFix(d, diagnostics, code, l);
      expect(fixed?.title).toBe('Insert a blank line before the body');
      expect(fixed?.text).toBe(after);
      const body = parseHttpFile(fixed?.text ?? '', { dialect }).requests[0]?.body?.text;
      expect(body, dialect).toBe(after.split(/\r?\n\r?\n/)[1]?.replace(/\r?\n$/, ''));
      expect(l.doValidation(doc(fixed?.text ?? '')), dialect).toEqual([]);
    }
  });
});

describe('HTTP1004: a registered field name without its colon gets one', () => {
  it('Accept text/html -> Accept: text/html', () => {
    const d = doc('GET https://a.example/\nAccept text/html\nX-Trace: 1\n');
    const fixed = preferredFix(d, ls.doValidation(d), 'HTTP1004');
    expect(fixed).toEqual({ title: 'Add ":" after Accept', text: 'GET https://a.example/\nAccept: text/html\nX-Trace: 1\n' });
  });

  it('offers no colon after a word that names no field', () => {
    const d = doc('GET https://a.example/\nhello world\n');
    expect(preferredFix(d, ls.doValidation(d), 'HTTP1004')).toBeUndefined();
  });
});
