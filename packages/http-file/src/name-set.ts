/**
 * The set of request names of one file. A `Set<string>` finds a name by reading the hash stored in each candidate
 * string, and those strings lie all over the heap: with the thousands of names of a large file every lookup missed
 * the processor's cache, and a 10,000-request file spent about twice as long per name as a 1,000-request one.
 * This table keeps each name's hash beside its slot in typed arrays, so a lookup reads a string only when the
 * hashes are equal (open addressing, linear probing, at most half full).
 */
export class NameSet {
  private readonly names: string[] = [];
  /** The hash of `names[i]` at `i`. */
  private hashes = new Int32Array(16);
  /** Slots: the index in `names` plus one, 0 for an empty slot. */
  private slots = new Int32Array(32);

  get size(): number {
    return this.names.length;
  }

  has(name: string): boolean {
    return this.slotOf(name, hashOf(name)) < 0;
  }

  /** Adds `name`; false when it was there already. */
  add(name: string): boolean {
    const hash = hashOf(name);
    const slot = this.slotOf(name, hash);
    if (slot < 0) return false;
    const index = this.names.length;
    this.names.push(name);
    if (index === this.hashes.length) {
      const grown = new Int32Array(index * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[index] = hash;
    this.slots[slot] = index + 1;
    if ((index + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return true;
  }

  /** The empty slot where `name` would go, or -1 when it is in the set. */
  private slotOf(name: string, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const entry = slots[s] as number;
      if (entry === 0) return s;
      if (this.hashes[entry - 1] === hash && this.names[entry - 1] === name) return -1;
    }
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.names.length; i++) {
      let s = (this.hashes[i] as number) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = i + 1;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units, as a signed 32-bit integer (what the Int32Array holds). */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
