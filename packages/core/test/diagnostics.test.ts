import { describe, expect, it } from 'vitest';
import { formatMessage, normalizeLocale } from '@httplens/core';

describe('formatMessage', () => {
  it('substitutes placeholders and keeps unknown ones', () => {
    expect(formatMessage('{name} is {n} long, {missing}', { name: 'Age', n: 3 })).toBe('Age is 3 long, {missing}');
  });
});

describe('normalizeLocale', () => {
  it.each([
    ['zh-cn', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['en-US', 'en'],
    [undefined, 'en'],
    ['fr', 'en'],
  ] as const)('%s -> %s', (input, expected) => {
    expect(normalizeLocale(input)).toBe(expected);
  });
});
