export type { BodyFraming, FieldLine, HttpMessage, MessageBody, StartLineSpans } from './types.js';
