export type { BodyFraming, FieldLine, HttpMessage, MessageBody, StartLineSpans } from './types.js';
export { iterateMessages, parseMessage, parseMessages, type ParseMessageOptions } from './parse.js';
export { messageFromHeaders, type HeadersLike, type MessageFromHeadersInput } from './from-headers.js';
export { parseContentLength, type ContentLengthOptions, type ContentLengthResult } from './content-length.js';
export { decodeLatin1 } from './chars.js';
