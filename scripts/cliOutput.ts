/**
 * How the CLI writes: every message escaped for the terminal, and the exit
 * status set with process.exitCode, never process.exit() — exiting right after
 * a write to a pipe cuts the output at 64 KiB.
 */

/**
 * C0 and C1 control characters (but tab and newline), DEL, bidirectional
 * overrides and isolates, and line/paragraph separators: an id holding ESC
 * sequences, BEL or U+202E must show as text, not act on the terminal.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_LINE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text safe to print: unsafe characters shown as \uXXXX. */
export function escapeTerminal(s: string): string {
  return s.replace(UNSAFE, hex);
}

/** One message per line: newlines inside a message are escaped too, so each stays one line. */
export function terminalLines(lines: readonly string[]): string {
  return lines.length ? `${lines.map((l) => l.replace(UNSAFE_IN_LINE, hex)).join('\n')}\n` : '';
}

/**
 * JSON for a terminal or a pipe: JSON.stringify escapes C0 controls itself;
 * DEL, C1 and bidi characters are escaped as well (the same JSON value).
 */
export function terminalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(UNSAFE, hex)}\n`;
}

export function printLines(stream: NodeJS.WriteStream, lines: readonly string[]): void {
  stream.write(terminalLines(lines));
}

export function printJson(value: unknown): void {
  process.stdout.write(terminalJson(value));
}

/** Thrown to stop a CLI with a message and a status; `runCli` turns it into process.exitCode. */
export class CliExit extends Error {
  constructor(
    readonly status: number,
    message = '',
  ) {
    super(message);
  }
}

/** Stops the CLI: the message goes to stderr (escaped), the status to process.exitCode. */
export function exitWith(status: number, message?: string): never {
  throw new CliExit(status, message);
}

/** Runs a CLI's main function; its return value (or a CliExit) becomes the exit status. */
export async function runCli(main: () => Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (e) {
    const status = e instanceof CliExit ? e.status : 2;
    const message = e instanceof Error ? e.message : String(e);
    if (message) printLines(process.stderr, [message]);
    process.exitCode = status;
  }
}
