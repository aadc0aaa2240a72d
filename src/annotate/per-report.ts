import type { Document } from '../model/document.js';
import type { Report } from '../model/report.js';

/**
 * A reading of a document's text (`read`) made once per report: several stages ask in turn about the same
 * text (the masked spans, the caption lines). Kept per report object, weakly (a report's text never changes,
 * and a report no longer held is forgotten); a document whose text is not its report's is read each time.
 * Callers only read the value.
 */
export function perReport<T>(read: (text: string) => T): (doc: Document) => T {
  const memory = new WeakMap<Report, T>();
  return (doc) => {
    if (doc.report.text !== doc.text) return read(doc.text);
    let value = memory.get(doc.report);
    if (value === undefined) {
      value = read(doc.text);
      memory.set(doc.report, value);
    }
    return value;
  };
}
