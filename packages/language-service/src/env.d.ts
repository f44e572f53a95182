// The language service runs anywhere (lib ES2022, no Node or DOM types).
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
