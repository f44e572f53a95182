import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Where the command writes and reads; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  /** Bytes as they are (`send --raw` into a file or a pipe); without it they are written one Latin-1 character each. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  /** Colour and progress only on a terminal. */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Asks on the terminal for a secret (a key's passphrase) without echoing it; `undefined` when the user gives up
   * (Ctrl-C, Ctrl-D, end of input). Only when there is a terminal to ask on.
   */
  readSecret?: (prompt: string) => Promise<string | undefined>;
  /**
   * Asks on the terminal for one line, echoed (a `@prompt` variable, httpYac's `$input`); `undefined` when the user gives
   * up (Ctrl-C, Ctrl-D). Only when there is a terminal to ask on.
   */
  readLine?: (prompt: string) => Promise<string | undefined>;
  /** Opens a URL in the user's browser (an OAuth 2.0 sign-in, a device code's address); failures are ignored. */
  openUrl?: (url: string) => void;
}

/**
 * Opens `url` with the desktop's handler (`open` on macOS, the URL protocol handler on Windows, which takes the URL as
 * one argument where `cmd /c start` would split it at `&`, `xdg-open` elsewhere); nothing happens where there is none.
 */
export function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    // no handler on this system: the URL printed on stderr is there to open by hand
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // as above
  }
}

/** Writes `prompt` to stderr and reads one line from a terminal, echoed; `undefined` on Ctrl-C or the end of input. */
export function readLine(input: NodeJS.ReadStream, output: NodeJS.WriteStream, prompt: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const rl = createInterface({ input, output, terminal: true });
    let answered = false;
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      if (!answered) {
        output.write('\n');
        resolve(undefined);
      }
    });
    rl.question(prompt, (answer) => {
      answered = true;
      rl.close();
      resolve(answer);
    });
  });
}

/** The part of a terminal's input stream that `readSecret` uses (`process.stdin` on a terminal). */
export interface SecretInput {
  setRawMode(raw: boolean): unknown;
  isRaw?: boolean;
  setEncoding(encoding: 'utf8'): unknown;
  on(event: 'data', listener: (chunk: string | Buffer) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  removeListener(event: 'data', listener: (chunk: string | Buffer) => void): unknown;
  removeListener(event: 'end', listener: () => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

/**
 * Writes `prompt` and reads one line from a terminal in raw mode, echoing nothing: Enter ends it, Backspace removes
 * the last character, Ctrl-U the whole line; Ctrl-C, Ctrl-D and the end of input give up (`undefined`). Escape
 * sequences (arrow keys) are ignored. The terminal's mode is restored either way.
 */
export function readSecret(input: SecretInput, write: (text: string) => void, prompt: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const wasRaw = input.isRaw === true;
    let chars: string[] = [];
    let escape: 'none' | 'start' | 'sequence' = 'none';
    const finish = (value: string | undefined) => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.setRawMode(wasRaw);
      input.pause();
      write('\n');
      resolve(value);
    };
    const onEnd = () => finish(undefined);
    const onData = (chunk: string | Buffer) => {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      for (const ch of text) {
        // an arrow or function key: ESC, then `[` or `O` and parameters up to a final character (@ to ~)
        if (escape === 'start') {
          escape = ch === '[' || ch === 'O' ? 'sequence' : 'none';
          continue;
        }
        if (escape === 'sequence') {
          if (ch >= '@' && ch <= '~') escape = 'none';
          continue;
        }
        if (ch === '\u001b') escape = 'start';
        else if (ch === '\r' || ch === '\n') return finish(chars.join(''));
        else if (ch === '\u0003' || ch === '\u0004') return finish(undefined);
        else if (ch === '\u007f' || ch === '\b') chars.pop();
        else if (ch === '\u0015') chars = [];
        else if (ch >= ' ') chars.push(ch);
      }
    };
    write(prompt);
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}

export const nodeIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stdoutBytes: (bytes) => void process.stdout.write(bytes),
  stderr: (text) => void process.stderr.write(text),
  readStdin: () => readFileSync(0, 'latin1'),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
  env: process.env,
  // asks on the terminal the user types in; prompts go to stderr so that stdout stays the command's output
  ...(process.stdin.isTTY
    ? {
        readSecret: (prompt: string) => readSecret(process.stdin, (t) => void process.stderr.write(t), prompt),
        readLine: (prompt: string) => readLine(process.stdin, process.stderr, prompt),
        openUrl: openInBrowser,
      }
    : {}),
};

export interface Colours {
  red: (s: string) => string;
  yellow: (s: string) => string;
  blue: (s: string) => string;
  grey: (s: string) => string;
  bold: (s: string) => string;
  green: (s: string) => string;
  cyan: (s: string) => string;
}

export function colours(enabled: boolean): Colours {
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), grey: wrap(90, 39), bold: wrap(1, 22), green: wrap(32, 39), cyan: wrap(36, 39) };
}

/** Colour when the stream is a terminal, unless NO_COLOR is set; FORCE_COLOR forces it. */
export function useColour(io: Io, stream: 'stdout' | 'stderr'): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY;
}

/** A spinner on stderr for work over 500 ms, only on a terminal. */
export function progress(io: Io, label: string): { stop: () => void } {
  if (!io.stderrIsTTY) return { stop: () => undefined };
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let i = 0;
  let shown = false;
  let interval: ReturnType<typeof setInterval> | undefined;
  const start = setTimeout(() => {
    shown = true;
    interval = setInterval(() => io.stderr(`\r${frames[i++ % frames.length]} ${label}`), 80);
  }, 500);
  return {
    stop() {
      clearTimeout(start);
      if (interval) clearInterval(interval);
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}

/**
 * Control characters as their one-column pictures (U+2400-U+2421), so text from a file or a server
 * cannot drive the terminal and ranges under it stay aligned. `keep` lists the ones left as they are
 * (line breaks and tabs of a body).
 */
export function visible(s: string, keep = ''): string {
  let i = 0;
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code < 0x20 || code === 0x7f) && !keep.includes(s[i] as string)) break;
  }
  if (i === s.length) return s;
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    out += keep.includes(ch) ? ch : code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : ch;
  }
  return out;
}
