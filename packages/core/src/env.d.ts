// The pure packages compile with lib ES2022 and no Node or DOM types, so a Node API
// fails to compile here. These are the few web-platform globals core may use,
// available in browsers, workers, Deno and Node alike.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
