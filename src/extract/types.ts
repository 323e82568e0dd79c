import type { Comparator } from "../model/guide.js";

/**
 * A KPI atom read from one piece of text, before it is placed in the source.
 * `start`/`end` are offsets into the string the reader was given.
 */
export interface KpiAtom {
  metric: string;
  op: Comparator;
  value: number;
  max: number | null;
  unit: string;
  text: string;
  start: number;
  end: number;
  /** What qualifies the target (（空气过量系数不大于1.8，湿度不大于30%）right after it): never a KPI of its own. */
  condition?: string;
}

/** A fact read from text with its offsets in that text (for spans). */
export interface Located<T> {
  value: T;
  text: string;
  start: number;
  end: number;
}
