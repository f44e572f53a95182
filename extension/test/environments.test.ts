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

  it('selectable names leave $shared out, sorted without case', () => {
    expect(selectableEnvironments(['prod', '$shared', 'Dev', 'local', 'prod'])).toEqual(['Dev', 'local', 'prod']);
  });
});
