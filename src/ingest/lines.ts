/** One line of a text: `[start, end)` excludes the line feed. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Splits a newline-normalised text into lines with their offsets. A final line feed does not
 * open an empty last line.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const feed = text.indexOf('\n', start);
    const end = feed === -1 ? text.length : feed;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** True when a line holds only white space (spaces, tabs, no-break spaces). */
export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** The line's offsets without leading and trailing white space (`start === end` for a blank line). */
export function trimLine(line: Line): { start: number; end: number } {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  const start = line.start + lead;
  return { start, end: Math.max(start, line.end - trail) };
}
