import type { Span } from '../model/span.js';
import type { Report, SourceSegment } from '../model/report.js';

/** Text assembled from copied raw runs and generated strings, with its source map. */
export interface BuiltText {
  readonly text: string;
  readonly sourceMap: SourceSegment[];
}

/**
 * Assembles report text from a raw input. `copy` appends `raw[rawStart, rawEnd)` and records a
 * segment (merged with the previous one when both are contiguous); `generate` appends text that has
 * no source position (a joining space, a paragraph break).
 */
export interface TextBuilder {
  copy(rawStart: number, rawEnd: number): void;
  generate(text: string): void;
  /** Length of the text built so far. */
  readonly length: number;
  build(): BuiltText;
}

/**
 * A builder over `raw`.
 * @example
 * const b = createTextBuilder('inter-\nnational');
 * b.copy(0, 5); b.copy(7, 15);
 * b.build(); // { text: 'international', sourceMap: [{0,5 -> 0,5}, {5,13 -> 7,15}] }
 */
export function createTextBuilder(raw: string): TextBuilder {
  const parts: string[] = [];
  const segments: SourceSegment[] = [];
  let length = 0;
  return {
    copy(rawStart, rawEnd) {
      if (!(rawStart >= 0 && rawStart <= rawEnd && rawEnd <= raw.length)) {
        throw new Error(`ingest copied raw range [${rawStart}, ${rawEnd}) outside a raw text of length ${raw.length}: this is a bug`);
      }
      if (rawStart === rawEnd) return;
      parts.push(raw.slice(rawStart, rawEnd));
      const last = segments.at(-1);
      const end = length + (rawEnd - rawStart);
      if (last !== undefined && last.end === length && last.rawEnd === rawStart) {
        segments[segments.length - 1] = { ...last, end, rawEnd };
      } else {
        segments.push({ start: length, end, rawStart, rawEnd });
      }
      length = end;
    },
    generate(text) {
      parts.push(text);
      length += text.length;
    },
    get length() {
      return length;
    },
    build() {
      return { text: parts.join(''), sourceMap: [...segments] };
    },
  };
}

/** The segment whose text range holds `offset` (`end` inclusive when `atEnd`), by binary search. */
function findSegment(map: readonly SourceSegment[], offset: number, atEnd: boolean): SourceSegment | null {
  let low = 0;
  let high = map.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const seg = map[mid]!;
    const before = atEnd ? offset <= seg.start : offset < seg.start;
    const after = atEnd ? offset > seg.end : offset >= seg.end;
    if (before) high = mid - 1;
    else if (after) low = mid + 1;
    else return seg;
  }
  return null;
}

function toRaw(seg: SourceSegment, offset: number): number {
  return seg.rawStart + Math.min(offset - seg.start, seg.rawEnd - seg.rawStart);
}

/**
 * Maps a span of `report.text` back to `report.raw`, or null when either end falls in text that
 * ingest generated (or the report has no source map).
 * @example
 * const raw = toRawSpan(report, claim.evidence);
 * if (raw) report.raw.slice(raw.start, raw.end); // the evidence as the source wrote it
 */
export function toRawSpan(report: Pick<Report, 'sourceMap'>, span: Span): Span | null {
  if (span.start === span.end) {
    const seg = findSegment(report.sourceMap, span.start, false) ?? findSegment(report.sourceMap, span.start, true);
    return seg === null ? null : { start: toRaw(seg, span.start), end: toRaw(seg, span.start) };
  }
  const first = findSegment(report.sourceMap, span.start, false);
  const last = findSegment(report.sourceMap, span.end, true);
  if (first === null || last === null) return null;
  return { start: toRaw(first, span.start), end: toRaw(last, span.end) };
}
