import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, normalizeLocale } from '@httplens/core';

describe('formatMessage', () => {
  it('substitutes placeholders and keeps unknown ones', () => {
    expect(formatMessage('{name} is {n} long, {missing}', { name: 'Age', n: 3 })).toBe('Age is 3 long, {missing}');
  });

  it('agrees with a regular-expression substitution on arbitrary templates', () => {
    const byRegExp = (template: string, args: Record<string, string | number>): string =>
      template.replace(/\{(\w+)\}/g, (whole, name: string) => (args[name] === undefined ? whole : String(args[name])));
    const piece = fc.constantFrom('{', '}', '{a}', '{n}', '{x_1}', '{}', '{ a}', '{é}', 'a', ' ', '{{a}}', '{a{n}');
    const template = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));
    const args = fc.dictionary(fc.constantFrom('a', 'n', 'x_1', 'b'), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()));
    fc.assert(
      fc.property(template, args, (t, a) => {
        // twice: the second call reads the compiled template
        expect(formatMessage(t, a)).toBe(byRegExp(t, a));
        expect(formatMessage(t, a)).toBe(byRegExp(t, a));
      }),
      { numRuns: 2000 },
    );
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
