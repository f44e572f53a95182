import { describe, expect, it } from 'vitest';
import { lintMessage, messageFromHeaders, parseMessage, suggestFieldName } from '@httplens/core';

// Names that every JavaScript object has (constructor, toString, __proto__, ...) written where a field name, a
// directive or a Structured Field key goes: they are unknown names like any other, never a member of Object.
const MEMBERS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', '__defineGetter__'];

describe('names that are members of Object.prototype', () => {
  it('are unknown field names without a suggestion of a function', () => {
    for (const name of MEMBERS) {
      expect(suggestFieldName(name)).toBeUndefined();
      const message = messageFromHeaders({ method: 'GET', target: '/', headers: [['Host', 'a.example'], [name, '1']] });
      const found = lintMessage(message).filter((d) => d.code === 'HTTP3000' || d.code === 'HTTP3001');
      expect(found.map((d) => d.code)).toEqual(['HTTP3000']);
      expect(found[0]?.message).toBe(`Unknown field ${name}: it is neither registered with IANA nor a widely used nonstandard field.`);
    }
  });

  it('are unknown digest algorithms (RFC 9530)', () => {
    // `constructor` is the one such member a Dictionary key may be (lowercase, not starting with `_`)
    for (const key of ['constructor']) {
      const message = parseMessage(`HTTP/1.1 200 OK\r\nRepr-Digest: ${key}=:AAAA:\r\nWant-Repr-Digest: ${key}=1\r\nContent-Length: 0\r\n\r\n`);
      const codes = lintMessage(message).map((d) => d.code);
      expect(codes.filter((c) => c === 'HTTP3833')).toHaveLength(2);
      expect(codes).not.toContain('HTTP3835');
    }
  });
});
