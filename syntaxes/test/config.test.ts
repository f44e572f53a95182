// The files the extension copies: language configurations, the contribution snippet, and the
// generated grammars (which must match their build script).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNTAXES } from './textmate.js';
import { MAX_RATIO, worstGrowth } from './timing.js';

interface LanguageContribution {
  id: string;
  aliases: string[];
  extensions: string[];
  firstLine?: string;
  configuration: string;
}
interface GrammarContribution {
  language: string;
  scopeName: string;
  path: string;
  embeddedLanguages: Record<string, string>;
}
interface LanguageConfiguration {
  comments?: { lineComment?: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  folding?: { markers: { start: string; end: string } };
  wordPattern: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(SYNTAXES, file), 'utf8')) as T;
const { contributes } = readJson<{ contributes: { languages: LanguageContribution[]; grammars: GrammarContribution[] } }>(
  'contributes.json',
);
/** contribution paths are written for the extension root, where these files go to ./syntaxes/ */
const local = (path: string) => {
  expect(path.startsWith('./syntaxes/')).toBe(true);
  return path.slice('./syntaxes/'.length);
};
const language = (id: string) => contributes.languages.find((l) => l.id === id) as LanguageContribution;
const firstLine = new RegExp(language('http-message').firstLine as string);
const configuration = (id: string) => readJson<LanguageConfiguration>(local(language(id).configuration));

describe('grammar build', () => {
  it('the committed grammars are what the build script produces', () => {
    const result = spawnSync(process.execPath, [join(SYNTAXES, 'scripts/build-grammars.mjs'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('contributes.json', () => {
  it('declares the http and http-message languages with their extensions', () => {
    expect(contributes.languages.map((l) => [l.id, l.extensions])).toEqual([
      ['http', ['.http', '.rest']],
      ['http-message', ['.httpmsg']],
    ]);
  });

  it('points every language and grammar at files of this folder', () => {
    for (const l of contributes.languages) expect(existsSync(join(SYNTAXES, local(l.configuration)))).toBe(true);
    for (const g of contributes.grammars) {
      const grammar = readJson<{ scopeName: string; firstLineMatch?: string }>(local(g.path));
      expect(grammar.scopeName).toBe(g.scopeName);
      expect(contributes.languages.map((l) => l.id)).toContain(g.language);
    }
  });

  it('maps only embedded scopes that the grammar produces', () => {
    for (const g of contributes.grammars) {
      const text = readFileSync(join(SYNTAXES, local(g.path)), 'utf8');
      for (const scope of Object.keys(g.embeddedLanguages)) expect(text).toContain(`"contentName": "${scope}"`);
    }
  });

  it('gives the message grammar the same first-line rule as the language', () => {
    const grammar = readJson<{ firstLineMatch: string }>('http-message.tmLanguage.json');
    expect(language('http-message').firstLine).toBe(grammar.firstLineMatch);
  });

  it.each([
    ['HTTP/1.1 200 OK', true],
    ['HTTP/2 404 ', true],
    ['HTTP/1.0 304', true],
    ['GET /index.html HTTP/1.1', true],
    ['M-SEARCH * HTTP/1.1', true],
    ['CONNECT example.com:443 HTTP/1.1', true],
    ['GET https://example.com/', false], // a request of an .http file: no version
    ['GET https://example.com/ HTTP/1.1 extra', false],
    ['HTTP/1.1200 OK', false],
    ['### Login', false],
    ['# @name login', false],
    ['{"status": 200}', false],
    ['get /x HTTP/1.1', false],
  ])('firstLine on %j is %s', (line, expected) => {
    expect(firstLine.test(line)).toBe(expected);
  });
});

describe('language configurations', () => {
  it('http: # comments, {{ }} brackets and auto-closing', () => {
    const c = configuration('http');
    expect(c.comments?.lineComment).toBe('#');
    expect(c.brackets).toContainEqual(['{{', '}}']);
    expect(c.autoClosingPairs).toContainEqual(expect.objectContaining({ open: '{{', close: '}}' }));
    expect(c.autoClosingPairs).toContainEqual(expect.objectContaining({ open: '{%', close: ' %}' }));
  });

  it('http: region markers fold in # and // comments', () => {
    const { start, end } = configuration('http').folding?.markers ?? { start: '$^', end: '$^' };
    const [s, e] = [new RegExp(start), new RegExp(end)];
    expect(['# region Users', '// #region auth', '  #region'].map((l) => s.test(l))).toEqual([true, true, true]);
    expect(['# endregion', '// #endregion'].map((l) => e.test(l))).toEqual([true, true]);
    expect(['### Users', '# regional', 'GET /region'].map((l) => s.test(l) || e.test(l))).toEqual([false, false, false]);
  });

  it.each(['http', 'http-message'])('%s: the word pattern keeps hyphenated field names and directives whole', (id) => {
    const words = (text: string) => text.match(new RegExp(configuration(id).wordPattern, 'g'));
    expect(words('Cache-Control: max-age=60, stale-while-revalidate=30')).toEqual([
      'Cache-Control',
      'max-age',
      '60',
      'stale-while-revalidate',
      '30',
    ]);
    expect(words('X-Request-Id: {{$guid}} {{login.response.body}} q=0.5')).toEqual([
      'X-Request-Id',
      '$guid',
      'login',
      'response',
      'body',
      'q',
      '0.5',
    ]);
  });

  it('the word pattern and the first-line rule take linear time', () => {
    // these two are JavaScript expressions (VS Code runs them with RegExp)
    const words = new RegExp(configuration('http').wordPattern, 'g');
    const subjects = ['a', '-', '.', '0.', '-0.', 'HTTP/1.1 ', 'A ', 'A-', ' ', 'A-Z '];
    for (const unit of subjects) {
      const made = new Map<number, string>();
      const text = (n: number) => {
        let t = made.get(n);
        if (t === undefined) made.set(n, (t = `${unit.repeat(n)}\u0001`));
        return t;
      };
      const all = worstGrowth((n) => {
        const subject = text(n);
        words.lastIndex = 0;
        while (words.test(subject));
      }, 2_000);
      expect(all, `word pattern on ${JSON.stringify(unit)}`).toBeLessThanOrEqual(MAX_RATIO);
      const first = worstGrowth((n) => firstLine.test(text(n)), 2_000);
      expect(first, `firstLine on ${JSON.stringify(unit)}`).toBeLessThanOrEqual(MAX_RATIO);
    }
  }, 60_000);
});
