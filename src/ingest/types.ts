import type { SourceFormat } from "../model/guide.js";

/**
 * What an ingest adapter hands to normalize: plain text with one paragraph or table row per line,
 * and where each page starts. Table rows are written as cells joined by " | " so that extraction still
 * sees which value belongs to which metric.
 */
export interface IngestedText {
  format: SourceFormat;
  text: string;
  /** Offset in `text` where each page starts (PDF); absent for unpaged sources. */
  pageStarts?: number[];
  /** Detected character encoding of a text source (utf-8, gb18030, utf-16le, …). */
  encoding?: string;
}
