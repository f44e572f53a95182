// This package compiles with lib ES2022 and no Node or DOM types. These are the web-platform
// globals it uses, available in browsers, workers, Deno and Node alike.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
