import type { GuideDocument, Mode } from "../model/guide.js";
import { alignColumns, effectiveCap, effectiveDuration, trimNumber, truncate, type ValueSource } from "./common.js";
import { fill, type Lang } from "../i18n/index.js";

/** One row of `guide list`: a direction with the values `guide check` applies to it. */
export interface DirectionRow {
  id: string;
  title: string;
  /** 组织方式, or null when the notice does not say. */
  mode: Mode | null;
  category: string | null;
  /** Funding cap in yuan (资助上限), the direction's or the document's; null when none is stated. */
  capYuan: number | null;
  /** The cap as written. */
  capText: string | null;
  capSource: ValueSource | null;
  /** Longest duration in years, the direction's or the document's. */
  durationMaxYears: number | null;
  durationSource: ValueSource | null;
  /** Number of KPI atoms (考核指标). */
  kpiCount: number;
}

/** Filters of `guide list`; every given filter must hold. */
export interface ListFilter {
  /** Substring of the id, title, category or a keyword (NFKC, case-insensitive). */
  keyword?: string;
  /** 组织方式; "none" for directions whose mode is not stated. */
  mode?: Mode | "none";
  /** Lowest cap, in 万元; directions without a cap are left out when set. */
  capMinWan?: number;
  /** Highest cap, in 万元; directions without a cap are left out when set. */
  capMaxWan?: number;
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/** The directions of a guide as rows, in the guide's order, keeping those the filter accepts. */
export function listDirections(guide: GuideDocument, filter: ListFilter = {}): DirectionRow[] {
  const rows: DirectionRow[] = [];
  for (const d of guide.directions) {
    const cap = effectiveCap(guide, d);
    const duration = effectiveDuration(guide, d);
    if (filter.keyword) {
      const k = fold(filter.keyword);
      const hay = [d.id, d.title, d.category ?? "", ...d.keywords].map(fold);
      if (!hay.some((h) => h.includes(k))) continue;
    }
    if (filter.mode && (filter.mode === "none" ? d.mode !== null : d.mode !== filter.mode)) continue;
    if (filter.capMinWan !== undefined && (!cap || cap.value.yuan < filter.capMinWan * 10000)) continue;
    if (filter.capMaxWan !== undefined && (!cap || cap.value.yuan > filter.capMaxWan * 10000)) continue;
    rows.push({
      id: d.id,
      title: d.title,
      mode: d.mode,
      category: d.category,
      capYuan: cap?.value.yuan ?? null,
      capText: cap?.value.text ?? null,
      capSource: cap?.source ?? null,
      durationMaxYears: duration?.value ?? null,
      durationSource: duration?.source ?? null,
      kpiCount: d.kpis.length,
    });
  }
  return rows;
}

const HEAD: Record<Lang, string[]> = {
  zh: ["编号", "方向名称", "组织方式", "上限(万元)", "期限(年)", "指标数"],
  en: ["ID", "Title", "Mode", "Cap (10k CNY)", "Years", "KPIs"],
};

const FOOT: Record<Lang, { count: string; inherited: string; none: string }> = {
  zh: { count: "共 {{n}} 个方向", inherited: "* 取自文件通用要求", none: "没有符合条件的方向" },
  en: { count: "{{n}} directions", inherited: "* from the document-wide rules", none: "No direction matches" },
};

/**
 * The rows as a text table aligned by display width (Chinese titles count two columns per character),
 * titles cut at `titleWidth` columns; a value taken from the document-wide rules is marked with *.
 */
export function formatDirectionTable(rows: DirectionRow[], lang: Lang = "zh", titleWidth = 48): string {
  const f = FOOT[lang];
  if (rows.length === 0) return f.none + "\n";
  const body = rows.map((r) => [
    r.id,
    truncate(r.title, titleWidth),
    r.mode ?? "-",
    r.capYuan === null ? "-" : `${trimNumber(r.capYuan / 10000)}${r.capSource === "document" ? "*" : ""}`,
    r.durationMaxYears === null ? "-" : `${trimNumber(r.durationMaxYears)}${r.durationSource === "document" ? "*" : ""}`,
    String(r.kpiCount),
  ]);
  const lines = alignColumns([HEAD[lang], ...body], new Set([3, 4, 5]));
  const inherited = rows.some((r) => r.capSource === "document" || r.durationSource === "document");
  lines.push("", fill(f.count, { n: rows.length }) + (inherited ? (lang === "zh" ? "；" : "; ") + f.inherited : ""));
  return lines.join("\n") + "\n";
}
