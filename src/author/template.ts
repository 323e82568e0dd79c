import type { Constraint, Direction, GuideDocument, Kpi } from "../model/guide.js";
import { effectiveConstraints } from "../check/runner.js";
import { effectiveCap, effectiveDuration, effectiveRatio, kpiRequirement, linesText, moneyText, trimNumber } from "./common.js";
import { findDirection } from "./show.js";
import { fill, type Lang } from "../i18n/index.js";
import { schemaModeline } from "../model/published.js";

/** What a body placeholder looks like: the user replaces every 【待填写…】. */
export const PLACEHOLDER = "【待填写】";
/** A body placeholder with what to write: 【待填写：研究内容】. */
export const placeholder = (what: string): string => `【待填写：${what}】`;

/** Options of templateDraft. */
export interface TemplateOptions {
  /** Language of the hint comments and headings (default zh; the KPI table headers stay Chinese, as the reader expects). */
  lang?: Lang;
}

const H: Record<Lang, Record<string, string>> = {
  zh: {
    generated: "由 guide template 生成：{{notice}} · 方向 {{id}}。把每个空值 \"\" 和正文的“待填写”处换成本项目的内容，再运行 guide check。",
    title: "项目名称",
    lead: "牵头单位全称",
    type: "enterprise | university | institute | hospital | government | other",
    participants: "参与单位（不含牵头单位）",
    participant: "参与单位全称",
    foreign: "国外合作单位全称",
    country: "国别，如 德国",
    enterprise: "企业",
    pi: "项目负责人姓名",
    birth: "出生年月 YYYY-MM",
    piTitle: "职称",
    employed: "true：项目负责人是牵头单位在职人员",
    start: "起始年月 YYYY-MM",
    end: "结束年月 YYYY-MM",
    months: "执行月数",
    government: "申请财政经费，如 500万元",
    self: "自筹（配套）经费，如 500万元",
    total: "总经费 = 财政 + 自筹",
    cap: "上限 {{cap}}",
    noCap: "指南未写明上限",
    ratio: "自筹:财政 ≥ {{r}}:1",
    govShare: "财政经费占总经费 ≤ {{p}}%",
    govShareEnt: "企业牵头时 ≤ {{p}}%",
    duration: "实施期限不超过 {{y}} 年",
    maxUnits: "单位总数（含牵头单位）不超过 {{n}} 家",
    needForeign: "至少 {{n}} 家国外合作单位",
    needCountries: "国外合作单位来自至少 {{n}} 个国家",
    needEnterprise: "须有企业参与",
    leadEnterprise: "指南要求由企业牵头申报",
    region: "申报单位：{{v}}",
    age: "项目负责人年龄不超过 {{n}} 周岁",
    employment: "项目负责人须为牵头单位在职人员",
    heading: "申报书",
    direction: "申报方向",
    keywords: "关键词",
    content: "研究内容",
    contentHint: "研究内容，对应指南方向的每项任务",
    kpis: "考核指标",
    kpiHint: "在“本项目指标”一列填写承诺值，如 ≥21%；不得低于“指南要求”。",
    noKpis: "指南未列出量化考核指标。",
    rules: "申报要求（摘自指南）",
  },
  en: {
    generated: "Written by guide template: {{notice}} · direction {{id}}. Replace every empty \"\" and each 待填写 of the body with this project's facts, then run guide check.",
    title: "project title",
    lead: "lead unit, full name",
    type: "enterprise | university | institute | hospital | government | other",
    participants: "participating units (without the lead unit)",
    participant: "participating unit, full name",
    foreign: "foreign partner, full name",
    country: "country, e.g. 德国",
    enterprise: "an enterprise",
    pi: "PI name",
    birth: "date of birth YYYY-MM",
    piTitle: "academic title",
    employed: "true: the PI is employed by the lead unit",
    start: "start YYYY-MM",
    end: "end YYYY-MM",
    months: "months",
    government: "government funding requested, e.g. 500万元",
    self: "self-raised (matching) funds, e.g. 500万元",
    total: "total = government + self-raised",
    cap: "cap {{cap}}",
    noCap: "no cap stated by the guide",
    ratio: "self-raised : government ≥ {{r}}:1",
    govShare: "government share of the total ≤ {{p}}%",
    govShareEnt: "≤ {{p}}% when an enterprise leads",
    duration: "at most {{y}} years",
    maxUnits: "at most {{n}} units, lead included",
    needForeign: "at least {{n}} foreign partner(s)",
    needCountries: "foreign partners from at least {{n}} countries",
    needEnterprise: "an enterprise must take part",
    leadEnterprise: "the guide has an enterprise lead",
    region: "applicant: {{v}}",
    age: "PI at most {{n}} years old",
    employment: "the PI must be employed by the lead unit",
    heading: "Proposal",
    direction: "申报方向",
    keywords: "关键词",
    content: "研究内容",
    contentHint: "research content, one item per task of the direction",
    kpis: "考核指标",
    kpiHint: "Write the committed value in 本项目指标, e.g. ≥21%; it must meet 指南要求.",
    noKpis: "The guide lists no numeric KPI.",
    rules: "申报要求 (from the guide)",
  },
};

/** A YAML double-quoted scalar. */
function q(s: string): string {
  return JSON.stringify(s);
}

/** A comment for the end of a YAML line (never containing a line break). */
function c(s: string): string {
  return s ? `  # ${s.replace(/\s*\n\s*/g, " ")}` : "";
}

/** A Markdown table cell: pipes escaped, line breaks joined. */
function cell(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|").trim();
}

function numberOf(cs: readonly Constraint[], kind: string): number | null {
  const v = cs.find((x) => x.kind === kind)?.value;
  return typeof v === "number" ? v : null;
}

/**
 * A Markdown draft skeleton for one direction: YAML front matter in the keys of src/model/proposal.ts
 * (first the `# yaml-language-server: $schema=…` line of the proposal schema, for editors; direction filled
 * in; title, units, PI, period and budget left as "" with hint comments naming the guide's cap, ratio,
 * duration and unit rules), the direction and its keywords, a 研究内容 placeholder, and
 * a KPI table 指标名称 | 指南要求 | 本项目指标 with the guide's thresholds and 【待填写】 where the draft's
 * values go. `guide check` reads it as written; filled with values that meet the guide it gives no
 * error or warning. Returns null when the guide has no direction with that id.
 */
export function templateDraft(guide: GuideDocument, id: string, options: TemplateOptions = {}): string | null {
  const d = findDirection(guide, id);
  if (!d) return null;
  const h = H[options.lang ?? "zh"];
  const cs = effectiveConstraints(guide, d);
  const cap = effectiveCap(guide, d);
  const duration = effectiveDuration(guide, d);
  const ratio = effectiveRatio(guide, d);
  const maxUnits = numberOf(cs, "participants_max");
  const foreign = Math.max(numberOf(cs, "foreign_partner_min") ?? 0, numberOf(cs, "foreign_partner_countries_min") ?? 0);
  const countries = numberOf(cs, "foreign_partner_countries_min");
  const enterprise = cs.some((x) => x.kind === "enterprise_partner_required" && x.value !== false);
  const leadEnterprise = cs.some((x) => x.kind === "lead_enterprise_required" && x.value !== false);
  const region = cs.find((x) => x.kind === "applicant_region");
  const age = numberOf(cs, "pi_age_max");
  const employment = cs.some((x) => x.kind === "pi_employment");
  const govShare = numberOf(cs, "gov_share_max");
  const govShareEnt = numberOf(cs, "gov_share_max_enterprise_led");

  const notice = guide.meta.title ?? guide.source.path;
  const y: string[] = ["---", schemaModeline("proposal"), `# ${fill(h.generated, { notice, id: d.id })}`];
  y.push(`direction: ${q(d.id)}${c(d.title)}`);
  y.push(`title: ""${c(h.title)}`);
  y.push("leadUnit:", `  name: ""${c([h.lead, region ? fill(h.region, { v: String(region.value ?? region.text) }) : ""].filter(Boolean).join("；"))}`);
  y.push(leadEnterprise ? `  type: enterprise${c(h.leadEnterprise)}` : `  type: ""${c(h.type)}`, `  country: 中国`);
  const unitHints = [h.participants, maxUnits !== null ? fill(h.maxUnits, { n: maxUnits }) : "", enterprise ? h.needEnterprise : "", foreign > 0 ? fill(h.needForeign, { n: foreign }) : "", countries ? fill(h.needCountries, { n: countries }) : ""];
  y.push(`participants:${c(unitHints.filter(Boolean).join("；"))}`);
  y.push(`  - name: ""${c(enterprise ? `${h.participant}（${h.enterprise}）` : h.participant)}`, `    type: ${enterprise ? "enterprise" : q("")}${enterprise ? "" : c(h.type)}`);
  for (let i = 0; i < foreign; i++) y.push(`  - name: ""${c(h.foreign)}`, `    type: ""${c(h.type)}`, `    country: ""${c(h.country)}`);
  y.push("pi:", `  name: ""${c(h.pi)}`, `  birthDate: ""${c([h.birth, age !== null ? fill(h.age, { n: age }) : ""].filter(Boolean).join("；"))}`);
  y.push(`  title: ""${c(h.piTitle)}`, `  employedByLead: ""${c([h.employed, employment ? h.employment : ""].filter(Boolean).join("；"))}`);
  const durationHint = duration ? fill(h.duration, { y: trimNumber(duration.value) }) : "";
  y.push("period:", `  start: ""${c(h.start)}`, `  end: ""${c([h.end, durationHint].filter(Boolean).join("；"))}`, `  months: ""${c(h.months)}`);
  const capHint = cap ? fill(h.cap, { cap: cap.value.text === moneyText(cap.value.yuan) ? cap.value.text : `${cap.value.text}（${moneyText(cap.value.yuan)}）` }) : h.noCap;
  const selfHints = [h.self, ratio ? fill(h.ratio, { r: trimNumber(ratio.value) }) : "", govShare !== null ? fill(h.govShare, { p: trimNumber(govShare * 100) }) : "", govShareEnt !== null ? fill(h.govShareEnt, { p: trimNumber(govShareEnt * 100) }) : ""];
  y.push("budget:", `  government: ""${c(`${h.government}；${capHint}`)}`, `  selfFunded: ""${c(selfHints.filter(Boolean).join("；"))}`, `  total: ""${c(h.total)}`);
  y.push("---", "");

  const b: string[] = [`# ${h.heading}：${d.title}`, "", `**${h.direction}**：${d.id} ${d.title}`, ""];
  if (d.keywords.length > 0) b.push(`**${h.keywords}**：${d.keywords.join("、")}`, "");
  b.push(`## ${h.content}`, "", placeholder(h.contentHint), "", `## ${h.kpis}`, "");
  if (d.kpis.length === 0) b.push(h.noKpis, "");
  else {
    b.push(`<!-- ${h.kpiHint} -->`, "", "| 序号 | 指标名称 | 指南要求 | 本项目指标 |", "|---|---|---|---|");
    d.kpis.forEach((k, i) => b.push(`| ${i + 1} | ${cell(metricCell(k))} | ${cell(kpiRequirement(k))} | ${PLACEHOLDER} |`));
    b.push("");
  }
  const rules = requirementLines(guide, d, cs);
  if (rules.length > 0) b.push(`## ${h.rules}`, "", ...rules, "");
  return y.join("\n") + "\n" + b.join("\n");
}

/**
 * The 指标名称 cell of a KPI: its metric, or its source words when the guide gives none. The draft reader takes a
 * trailing (ASCII) parenthesis of that cell as the row's unit (驻波比（VSWR）→ unit VSWR), so a unitless KPI drops it.
 */
function metricCell(k: Kpi): string {
  const m = k.metric || k.text;
  return k.unit === "" ? m.replace(/\s*[（(][A-Za-z%‰°″′μΩ/·^\d\-]+[)）]\s*$/, "") || m : m;
}

/** The guide's constraints as a quoted list under the skeleton, each with its source lines, so the writer sees the clause. */
function requirementLines(guide: GuideDocument, d: Direction, cs: readonly Constraint[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const x of cs) {
    const text = x.text.replace(/\s*\n\s*/g, " ").trim();
    // the cap, duration and ratio the checker builds from the direction's own fields are in the front matter hints
    const stated = guide.rules.includes(x) || d.constraints.includes(x);
    if (!text || seen.has(text) || !stated) continue;
    seen.add(text);
    out.push(`> - ${text}（${linesText(x.span)}）`);
  }
  return out;
}
