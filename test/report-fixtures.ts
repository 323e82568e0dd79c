import type { RuleMeta } from "../src/check/rule.js";
import type { CheckResult, Finding, KpiCheck } from "../src/model/check.js";
import type { Kpi } from "../src/model/guide.js";
import { buildResult } from "../src/report/result.js";

/** The working directory formatters see in tests (paths below are relative to it). */
export const CWD = "/repo";

const URL_BASE = "https://example.invalid/guide/0.1.0/rules";

/** Rule meta as the engine's RULES would give it, for SARIF driver rules. */
export const RULE_META: Record<string, RuleMeta & { url: string }> = {
  "kpi-threshold-not-met": {
    id: "kpi-threshold-not-met",
    category: "kpi",
    defaultSeverity: "error",
    description: {
      zh: "申报书承诺的考核指标未达到指南要求。比较前换算单位。",
      en: "A committed KPI does not meet the guide's threshold. Units are converted first.",
    },
    requires: { guide: ["kpis"], draft: ["kpis"] },
    messages: { notMet: { zh: "{{metric}} 未达到 {{expected}}", en: "{{metric}} below {{expected}}" } },
    url: `${URL_BASE}/kpi-threshold-not-met`,
  },
  "duration-too-long": {
    id: "duration-too-long",
    category: "duration",
    defaultSeverity: "warning",
    description: { zh: "执行期限超过指南上限。", en: "The project period is longer than the guide allows." },
    requires: { guide: ["duration_max_years"], draft: ["period"] },
    messages: { tooLong: { zh: "执行期限 {{months}} 个月", en: "{{months}} months" } },
    url: `${URL_BASE}/duration-too-long`,
  },
};

const kpiFinding: Finding = {
  ruleId: "kpi-threshold-not-met",
  severity: "error",
  message: "考核指标“光电转换效率”承诺 20%，未达到指南要求 ≥21%",
  directionId: "1.1",
  kpi: {
    metric: "光电转换效率",
    op: ">=",
    value: 21,
    max: null,
    unit: "%",
    text: "光电转换效率≥21%",
    span: { startLine: 45, endLine: 45 },
  },
  found: { value: 20, unit: "%" },
  location: { path: "drafts/a b.md", line: 12, column: 5, endLine: 12, endColumn: 9 },
  messageId: "notMet",
  data: { metric: "光电转换效率", expected: "≥21%", actual: "20%" },
  expected: "≥21%",
  actual: "20%",
  related: [{ path: "guides/sichuan.yaml", line: 45, note: "光电转换效率≥21%" }],
  url: `${URL_BASE}/kpi-threshold-not-met`,
};

// Keys deliberately out of the model's order: the json formatter must restore it.
const durationFinding = {
  url: `${URL_BASE}/duration-too-long`,
  data: { months: 48 },
  messageId: "tooLong",
  location: { page: 2, line: 3, path: "drafts/a b.md" },
  directionId: "1.1",
  message: 'Period 48 months, guide allows 36: "x" <y> & 100%, a:b\nsecond line',
  severity: "warning",
  ruleId: "duration-too-long",
} as Finding;

const infoFinding: Finding = {
  ruleId: "field-missing",
  severity: "info",
  message: "front matter key 申报单位 is not known; read from the text",
  directionId: "1.1",
  location: { path: "drafts/a b.md", line: 1 },
  messageId: "unknownKey",
  data: { key: "申报单位" },
  url: `${URL_BASE}/field-missing`,
};

const fatalFinding: Finding = {
  ruleId: "draft-unreadable",
  severity: "error",
  message: "文件已损坏或不完整，无法读取：drafts/broken.docx（no central directory）。请重新下载或导出。",
  directionId: null,
  location: { path: "drafts/broken.docx", line: 1 },
  messageId: "corrupt-file",
  data: { code: "corrupt-file" },
  url: `${URL_BASE}/draft-unreadable`,
  fatal: true,
};

/** The guide of the sample drafts. */
export const SAMPLE_GUIDE = { path: "guides/sichuan.yaml", title: "四川省重点研发计划项目申报指南", notice: "notices/sichuan.txt" };

const kpi = (metric: string, op: Kpi["op"], value: number, unit: string, line: number): Kpi => ({
  metric,
  op,
  value,
  max: null,
  unit,
  text: `${metric}${op === ">=" ? "不低于" : "约"}${value}${unit}`,
  span: { startLine: line, endLine: line },
});

/**
 * KPI checklist of draft "a b.md": the shortfall its finding reports, a KPI met, one not stated whose
 * kpi-missing finding was waived, one not required (an alternative to another).
 */
const checklistA: KpiCheck[] = [
  { kpi: kpiFinding.kpi!, required: "≥21%", status: "not-met", stated: "20%", location: { path: "drafts/a b.md", line: 12, column: 5 }, ruleId: "kpi-threshold-not-met" },
  { kpi: kpi("组件功率", ">=", 600, "W", 46), required: "≥600W", status: "met", stated: "610W", location: { path: "drafts/a b.md", line: 13, page: 2 } },
  { kpi: kpi("发明专利", ">=", 5, "件", 47), required: "≥5件", status: "not-stated", ruleId: "kpi-missing", waived: true },
  { kpi: kpi("销售收入", ">=", 1, "亿元", 48), required: "≥1亿元", status: "not-required" },
];

/** Three drafts: one with an error, a warning and an info; a clean one; an unreadable one. */
export function sampleResult(): CheckResult {
  return buildResult([
    {
      path: "drafts/a b.md",
      directionId: "1.1",
      directionTitle: "高效晶硅光伏电池",
      guide: SAMPLE_GUIDE,
      findings: [durationFinding, kpiFinding, infoFinding],
      kpiChecklist: checklistA,
    },
    {
      path: "drafts/clean.txt",
      directionId: "2.3",
      directionTitle: "钙钛矿叠层电池",
      guide: SAMPLE_GUIDE,
      findings: [],
      kpiChecklist: [{ kpi: kpi("叠层效率", ">=", 28, "%", 80), required: "≥28%", status: "met", stated: "≥28.6%", location: { path: "drafts/clean.txt", line: 20 } }],
    },
    { path: "drafts/broken.docx", directionId: null, guide: SAMPLE_GUIDE, findings: [fatalFinding] },
  ]);
}

/** A result with one clean draft. */
export function cleanResult(): CheckResult {
  return buildResult([{ path: "drafts/clean.txt", directionId: "2.3", findings: [] }]);
}
