/** A range of the input: UTF-16 units of the input string (raw bytes are decoded as latin1, so offsets equal byte offsets). */
export interface Span {
  offset: number;
  length: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type Locale = 'en' | 'zh-CN';

/** Arguments substituted into a message template's `{name}` placeholders. */
export type MessageArgs = Readonly<Record<string, string | number>>;

export interface RelatedInformation {
  message: string;
  span: Span;
}

export interface Diagnostic {
  /** Stable code such as `HTTP2103`; never renumbered or reused. */
  code: string;
  severity: Severity;
  /** The message rendered in the requested locale. */
  message: string;
  /** Identifies the message template, so text can be rendered again in another locale. */
  messageId: string;
  args: MessageArgs;
  span: Span;
  related?: RelatedInformation[];
}
