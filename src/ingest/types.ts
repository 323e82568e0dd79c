import type { SourceFormat } from "../model/guide.js";

/**
 * What an ingest adapter hands to normalize: plain text with one paragraph or table row per line,
 * and where each page starts. Table rows are written as cells joined by " | " so that extraction still
 * sees which value belongs to which metric.
 */
/** A place a person finds in Word: the n-th paragraph of text, or row r of the t-th table (1-based). */
export type WordPlace = { paragraph: number } | { table: number; row: number };

export interface IngestedText {
  format: SourceFormat;
  text: string;
  /** Offset in `text` where each page starts (PDF); absent for unpaged sources. */
  pageStarts?: number[];
  /** Where each line (index = line − 1) stands in a Word document: its paragraph, or its table and row. */
  wordPlaces?: (WordPlace | null)[];
  /** Detected character encoding of a text source (utf-8, gb18030, utf-16le, …). */
  encoding?: string;
}
