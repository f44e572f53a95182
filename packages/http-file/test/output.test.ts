import { describe, expect, it } from 'vitest';
import { MAX_OUTPUT_SUFFIX, outputRedirectNames, parseHttpFile, resolveRequest } from '../src/index.js';

describe('outputRedirectNames', () => {
  it('lists the path, then its -n names before the extension; only the path for >>!', () => {
    const names = outputRedirectNames('./out/me.json', false);
    expect([names.next().value, names.next().value, names.next().value]).toEqual(['./out/me.json', './out/me-1.json', './out/me-2.json']);
    expect([...outputRedirectNames('./out/me.json', true)]).toEqual(['./out/me.json']);
    expect([...outputRedirectNames('me.json', false)]).toHaveLength(MAX_OUTPUT_SUFFIX + 1);
    // the extension is the last one; none after a dot of a folder or a leading dot
    const second = (path: string) => [...outputRedirectNames(path, false)][1];
    expect(second('a.tar.gz')).toBe('a.tar-1.gz');
    expect(second('./v1.2/body')).toBe('./v1.2/body-1');
    expect(second('out\\.env')).toBe('out\\.env-1');
  });
});

describe('resolveRequest: output redirects', () => {
  it('substitutes the variables of >> and >>! paths, keeps them relative, and reports an undefined one', () => {
    const text = ['@out = ./responses', 'GET https://example.com/users/{{id}}', '', '>> {{out}}/user-{{id}}.json', '>>! ./last.json', '', '###', 'GET https://example.com/', '', '>> ./{{nowhere}}.json', ''].join('\n');
    const file = parseHttpFile(text, { dialect: 'jetbrains' });
    const first = resolveRequest(file, 0, { environment: { id: '7' } });
    expect(first.redirects?.map(({ path, force }) => ({ path, force }))).toEqual([
      { path: './responses/user-7.json', force: false },
      { path: './last.json', force: true },
    ]);
    expect(text.slice(first.redirects?.[0]?.span.offset, (first.redirects?.[0]?.span.offset ?? 0) + (first.redirects?.[0]?.span.length ?? 0))).toBe('>> {{out}}/user-{{id}}.json');
    const second = resolveRequest(file, 1);
    expect(second.redirects?.[0]?.path).toBe('./{{nowhere}}.json');
    const undefinedName = second.diagnostics.find((d) => d.code === 'HTTP1006');
    expect(undefinedName && text.slice(undefinedName.span.offset, undefinedName.span.offset + undefinedName.span.length)).toBe('{{nowhere}}');
    expect(resolveRequest(parseHttpFile('GET https://example.com/\n'), 0).redirects).toBeUndefined();
  });
});
