/** Terminal output helpers for the CLI (the only place that prints). */

/** Cuts a string to `n` characters with an ellipsis. */
export function clip(text: string, n: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

/** Renders rows as an aligned plain-text table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * One line about a problem with an input: `error: PATH[:LINE]: problem`. The error code prefix
 * (`[E_...] `) is dropped, and so is the input's name when the message already starts with it.
 * @example problemLine('error', 'a.txt', null, '[E_INGEST_EMPTY] a.txt is empty') // 'error: a.txt is empty'
 */
export function problemLine(kind: 'error' | 'warning', input: string, line: number | null, message: string): string {
  const where = line ? `${input}:${line}` : input;
  const problem = message.replace(/^\[[A-Z_]+\]\s*/, '');
  return problem.startsWith(where) ? `${kind}: ${problem}` : `${kind}: ${where}: ${problem}`;
}

/** A writer pair, injectable for tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly isTTY: boolean;
}

/** The process's stdout and stderr. */
export const PROCESS_IO: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  isTTY: Boolean(process.stderr.isTTY),
};
