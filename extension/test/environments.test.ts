import { describe, expect, it } from 'vitest';
import { mergeEnvironmentSettings, selectableEnvironments } from '../src/environments.js';

describe('environment settings', () => {
  it('merges REST Client environments under ours, variable by variable', () => {
    const { environments, problems } = mergeEnvironmentSettings(
      { $shared: { version: 'v2' }, dev: { host: 'ours.local', port: 8080 } },
      { $shared: { version: 'v1', lang: 'en' }, dev: { host: 'theirs.local', token: 't' }, prod: { host: 'prod' } },
    );
    expect(problems).toEqual([]);
    expect(environments).toEqual({
      $shared: { version: 'v2', lang: 'en' },
      dev: { host: 'ours.local', token: 't', port: '8080' },
      prod: { host: 'prod' },
    });
  });

  it.each([
    [undefined, undefined, {}, []],
    ['x', undefined, {}, ['httplens.environments: expected an object of environments']],
    [{ dev: 3 }, undefined, {}, ['httplens.environments.dev: expected an object of variables']],
    [undefined, { dev: { a: { nested: 1 }, b: true } }, { dev: { b: 'true' } }, ['rest-client.environmentVariables.dev.a: expected a string']],
  ])('input %j / %j', (ours, theirs, expected, problems) => {
    const r = mergeEnvironmentSettings(ours, theirs);
    expect(r.environments).toEqual(expected);
    expect(r.problems).toEqual(problems);
  });

  it('keeps environments and variables named like members of Object (__proto__, constructor) as plain names', () => {
    // JSON (settings.json) makes `__proto__` an own key; assigned to an object literal it would set its prototype instead
    const ours = JSON.parse('{"__proto__": {"__proto__": "p", "host": "h"}, "dev": {"constructor": "c"}}') as unknown;
    const { environments, problems } = mergeEnvironmentSettings(ours, JSON.parse('{"__proto__": {"lang": "en"}}'));
    expect(problems).toEqual([]);
    expect(Object.keys(environments)).toEqual(['__proto__', 'dev']);
    expect(JSON.parse(JSON.stringify(environments))).toEqual(JSON.parse('{"__proto__": {"lang": "en", "__proto__": "p", "host": "h"}, "dev": {"constructor": "c"}}'));
  });

  it('selectable names leave $shared out, sorted without case', () => {
    expect(selectableEnvironments(['prod', '$shared', 'Dev', 'local', 'prod'])).toEqual(['Dev', 'local', 'prod']);
  });
});
