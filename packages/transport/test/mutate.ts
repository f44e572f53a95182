import fc from 'fast-check';

/** The bytes that matter to a response reader: the ones that end lines, separate fields and frame bodies. */
export const interestingByte = fc.constantFrom(...[...'\r\n:;  \t0123456789aAfFHTP/.,-=xX'].map((c) => c.charCodeAt(0)), 0x00, 0x7f, 0x80, 0xff);

/** Replacing, removing or inserting one byte at a position (taken modulo the length). */
export type Edit = ['replace' | 'delete' | 'insert', number, number];

export const edits = (maxLength: number, minLength = 0): fc.Arbitrary<Edit[]> =>
  fc.array(fc.tuple(fc.constantFrom('replace' as const, 'delete' as const, 'insert' as const), fc.nat(), interestingByte), { minLength, maxLength });

/** `text` (latin1) with the edits applied in order. */
export function applyEdits(text: string, list: readonly Edit[]): Buffer {
  const bytes = [...Buffer.from(text, 'latin1')];
  for (const [kind, at, byte] of list) {
    const i = at % (bytes.length + 1);
    if (kind === 'insert') bytes.splice(i, 0, byte);
    else if (i < bytes.length) {
      if (kind === 'delete') bytes.splice(i, 1);
      else bytes[i] = byte;
    }
  }
  return Buffer.from(bytes);
}

/** Cuts `bytes` at the given positions (taken modulo the length; any order, repeats allowed). */
export function cut(bytes: Buffer, at: readonly number[]): Buffer[] {
  const points = [...new Set(at.map((a) => a % (bytes.length + 1)))].sort((x, y) => x - y);
  const pieces: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(bytes.subarray(from, p));
    from = p;
  }
  pieces.push(bytes.subarray(from));
  return pieces;
}
