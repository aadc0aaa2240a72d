/**
 * Offsets convention, fixed once for the whole project:
 * a span is a half-open interval `[start, end)` of UTF-16 code units into `doc.text`,
 * exactly what `String.prototype.slice` takes. Compare with `<` and `>=` only.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The text a span covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Throws (a bug, not bad input) when a span does not fit the text. */
export function assertSpan(text: string, span: Span, who: string): void {
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
    throw new Error(`${who} produced span [${span.start}, ${span.end}) outside a text of length ${text.length}: this is a bug`);
  }
}
