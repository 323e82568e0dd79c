import { isMap, isScalar, isSeq, LineCounter, type Node, type Pair } from "yaml";
import { parseYamlDocument } from "../core/yaml-document.js";
import { readMoney } from "../extract/money.js";
import type { Money } from "../model/guide.js";
import { Proposal, UnitType } from "../model/proposal.js";
import { parseDirectionValue, type DirectionValue } from "./direction.js";
import { isUnfilledText, splitList } from "./fields.js";
import { readCell } from "./kpis.js";
import { parsePeriod, type PeriodValue } from "./period.js";
import { readDate } from "./pi.js";
import { countryOf, parseUnit, unitType } from "./parties.js";
import type { CommittedKpi, DraftUnit, Fact, FactPlace, PiValue } from "./types.js";

/** Facts stated explicitly in front matter or a sidecar; absent keys are undefined. */
export interface ExplicitFacts {
  direction?: Fact<DirectionValue>;
  projectTitle?: Fact<string>;
  leadUnit?: Fact<DraftUnit>;
  participants?: Fact<DraftUnit>[];
  participantCount?: Fact<number>;
  /** Sub-fields not stated are null; the text may fill them in. */
  pi?: Fact<PiValue>;
  period?: Fact<PeriodValue>;
  budget: { government?: Fact<Money>; selfFunded?: Fact<Money>; total?: Fact<Money> };
  kpis?: Fact<CommittedKpi>[];
  unknownKeys: Fact<string>[];
  /** Keys left empty (not filled in): the fact each would state, at the key's line. */
  unfilled: Fact<string>[];
}

type Source = "front-matter" | "sidecar";

/** Keys as drafts write them, folded (lower case, no _ - space), → the Proposal key they mean. */
const TOP: Record<string, string> = {};
const SYN = (canon: string, ...keys: string[]) => keys.forEach((k) => (TOP[fold(k)] = canon));
SYN("direction", "direction", "direction_id", "directionNo", "guide_direction", "topic", "申报方向", "指南方向", "所属方向", "方向", "方向编号", "榜单编号", "榜单", "指南方向编号");
SYN("directionTitle", "direction_title", "direction_name", "方向名称", "榜单名称", "指南方向名称", "申报方向名称");
SYN("title", "title", "project_title", "project_name", "project", "项目名称", "课题名称");
SYN("leadUnit", "leadUnit", "lead", "lead_org", "lead_organization", "applicant", "organization", "institution", "牵头单位", "承担单位", "申报单位", "项目承担单位");
SYN("participants", "participants", "partners", "participating_units", "cooperators", "参与单位", "合作单位");
SYN("participantCount", "participantCount", "unit_count", "units_count", "number_of_units", "单位数", "参与单位数", "单位总数");
SYN("pi", "pi", "principal_investigator", "leader", "project_leader", "项目负责人", "负责人");
SYN("period", "period", "duration", "执行期限", "实施期限", "执行期", "项目周期", "起止时间");
SYN("budget", "budget", "funding", "经费", "经费预算", "预算");
SYN("kpis", "kpis", "kpi", "indicators", "targets", "metrics", "考核指标", "指标");
// flat budget keys at top level (gov: 500万元)
SYN("budget.government", "government", "gov", "gov_funding", "国拨经费", "申请国拨经费", "财政经费", "申请财政经费", "省财政经费");
SYN("budget.selfFunded", "selfFunded", "self_funding", "自筹经费", "配套经费");
SYN("budget.total", "total_budget", "总经费", "总预算");
SYN("budget.unit", "budget_unit", "经费单位");
SYN("pi.name", "pi_name", "负责人姓名");
SYN("pi.birthDate", "pi_birth", "pi_birthdate", "负责人出生年月");

const SUB: Record<string, Record<string, string>> = {
  budget: keys({
    government: ["government", "gov", "national", "state", "fiscal", "国拨", "国拨经费", "申请国拨经费", "财政", "财政经费", "申请财政经费", "省财政", "省财政经费", "申请经费"],
    selfFunded: ["selfFunded", "self", "self_funding", "self_funded", "matching", "cofunding", "自筹", "自筹经费", "配套", "配套经费"],
    total: ["total", "sum", "总经费", "总预算", "合计", "总计"],
    unit: ["unit", "单位", "金额单位"],
  }),
  pi: keys({
    name: ["name", "姓名"],
    birthDate: ["birthDate", "birth", "birthday", "born", "dob", "birth_date", "出生年月", "出生日期"],
    title: ["title", "职称"],
    employedByLead: ["employedByLead", "employed", "employment", "full_time", "在职", "是否在职", "是否为牵头单位在职人员"],
  }),
  period: keys({
    start: ["start", "from", "begin", "开始", "起始", "开始时间", "起"],
    end: ["end", "to", "finish", "结束", "结束时间", "止"],
    months: ["months", "月数"],
    years: ["years", "年", "年限", "年数"],
  }),
  unit: keys({ name: ["name", "名称", "单位名称"], type: ["type", "类型", "性质", "单位性质", "单位类型"], country: ["country", "国别", "国家", "所在国"] }),
  kpi: keys({ metric: ["metric", "name", "指标", "指标名称"], value: ["value", "值", "本项目指标", "target", "指标值"], unit: ["unit", "单位"], guide: ["guide", "指南要求"] }),
  direction: keys({ id: ["id", "编号", "no"], title: ["title", "name", "名称", "方向名称"] }),
};

/** The DraftFacts path a key states, where it differs from the key's canonical name. */
const FACT_OF: Record<string, string> = { title: "projectTitle", directionTitle: "direction", "pi.name": "pi" };

/**
 * A value left empty: nothing, blank, an empty list or mapping, or only a 【…】 placeholder (as `guide template`
 * writes 【待填写】): the writer has not filled it in yet.
 */
function isUnfilled(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") return isUnfilledText(v);
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === "object" && Object.keys(v).length === 0;
}

function fold(k: string): string {
  return k.toLowerCase().replace(/[\s_\-]/g, "");
}
function keys(m: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [canon, ks] of Object.entries(m)) for (const k of ks) out[fold(k)] = canon;
  return out;
}

const SCALE: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8, yuan: 1, "10k": 1e4 };

/**
 * Read front matter or a sidecar (YAML, validated loosely against the Proposal schema). Known keys and common
 * synonyms in Chinese or English become facts placed at their key's line; other keys, values that do not
 * fit, and a YAML syntax error become `unknownKeys` entries — this never throws.
 * @param firstLine 1-based line of the file where `yaml` starts (2 for front matter after `---`).
 */
export function readExplicit(yaml: string, source: Source, firstLine: number): ExplicitFacts {
  const out: ExplicitFacts = { budget: {}, unknownKeys: [], unfilled: [] };
  const lc = new LineCounter();
  const doc = parseYamlDocument(yaml, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  const placeOf = (node: Node | null | undefined): FactPlace => {
    const off = node?.range?.[0] ?? 0;
    const p = lc.linePos(off);
    return { line: firstLine + p.line - 1, column: p.col, source };
  };
  const note = (key: string, node: Node | null | undefined, text: string) => out.unknownKeys.push({ ...placeOf(node), value: key, text });
  if (doc.errors.length) {
    const e = doc.errors[0];
    out.unknownKeys.push({ line: firstLine + lc.linePos(e.pos[0]).line - 1, source, value: source, text: `invalid ${source === "sidecar" ? "sidecar" : "front matter"}: ${e.message.split("\n")[0]}` });
    return out;
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return out;
  if (!isMap(doc.contents)) {
    note(source, doc.contents as Node, `invalid ${source === "sidecar" ? "sidecar" : "front matter"}: not a mapping of keys`);
    return out;
  }
  let budgetUnit = 1;
  const budgetPairs: [string, Pair<Node, Node>][] = [];
  for (const pair of doc.contents.items as Pair<Node, Node>[]) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const canon = TOP[fold(key)];
    const value = pair.value?.toJS?.(doc) ?? (isScalar(pair.value) ? pair.value.value : null);
    const place = placeOf(pair.key);
    const written = yaml.split("\n")[place.line - firstLine]?.trim() ?? key;
    const fact = <T>(v: T, node: Node | null | undefined = pair.key): Fact<T> => ({ ...placeOf(node), value: v, text: written });
    const invalid = (detail: string) => note(key, pair.key, `invalid value (${detail}): ${written}`);
    if (!canon) {
      note(key, pair.key, written);
      continue;
    }
    if (canon === "budget.unit") {
      budgetUnit = SCALE[String(value).trim()] ?? budgetUnit;
      continue;
    }
    const path = FACT_OF[canon] ?? canon;
    if (isUnfilled(value)) {
      out.unfilled.push(fact(path));
      continue;
    }
    // sub-keys left empty are not filled in either: noted, and read as absent
    if (isMap(pair.value) && SUB[canon === "leadUnit" ? "unit" : canon])
      for (const p of pair.value.items as Pair<Node, Node>[]) {
        const k = String(isScalar(p.key) ? p.key.value : p.key);
        const sub = SUB[canon === "leadUnit" ? "unit" : canon][fold(k)];
        if (sub && isUnfilled(p.value?.toJS?.(doc) ?? null)) {
          out.unfilled.push({ ...placeOf(p.key), value: `${path}.${sub}`, text: yaml.split("\n")[placeOf(p.key).line - firstLine]?.trim() ?? k });
          delete (value as Record<string, unknown>)[k];
        }
      }
    // a unit without its name is a unit not filled in yet, whatever else it says (country: 中国)
    if (canon === "leadUnit" && out.unfilled.some((u) => u.value === "leadUnit.name")) continue;
    if (isUnfilled(value)) continue;
    switch (canon) {
      case "direction": {
        let d: DirectionValue;
        if (typeof value === "object" && !Array.isArray(value)) {
          const o = subObject(value, "direction", key, pair, note, placeOf);
          d = { id: o.id != null ? parseDirectionValue(String(o.id)).id ?? String(o.id) : null, title: o.title != null ? String(o.title) : null };
        } else d = parseDirectionValue(String(value));
        if (!Proposal.shape.direction.safeParse(d.id ?? d.title ?? undefined).success || (!d.id && !d.title)) invalid("direction");
        else out.direction = fact({ id: d.id ?? out.direction?.value.id ?? null, title: d.title ?? out.direction?.value.title ?? null });
        break;
      }
      case "directionTitle":
        out.direction = fact({ id: out.direction?.value.id ?? null, title: String(value) }, out.direction ? undefined : pair.key);
        if (out.direction && out.direction.line !== place.line) out.direction = { ...out.direction, ...placeOf(pair.key), value: out.direction.value };
        break;
      case "title":
        if (typeof value === "object") invalid("title");
        else out.projectTitle = fact(String(value));
        break;
      case "leadUnit": {
        const u = toUnit(value);
        if (u && Proposal.shape.leadUnit.safeParse(toProposalUnit(u)).success) out.leadUnit = fact(u);
        else invalid("leadUnit");
        break;
      }
      case "participants": {
        const items: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? splitList(value, "、；;,，").map((x) => x.text) : [value];
        const nodes = isSeq(pair.value) ? (pair.value.items as Node[]) : [];
        const named = (v: unknown) =>
          !(v !== null && typeof v === "object" && !Array.isArray(v) && isUnfilled(Object.entries(v).find(([k]) => SUB.unit[fold(k)] === "name")?.[1]));
        items.forEach((v, i) => {
          if (!named(v)) out.unfilled.push({ ...placeOf(nodes[i] ?? pair.key), value: "participants.name", text: written });
        });
        const units = items.flatMap((v, i) => (named(v) ? [{ u: toUnit(v), node: nodes[i] }] : []));
        if (units.some((x) => !x.u)) invalid("participants");
        out.participants = units.filter((x) => x.u).map((x) => fact(x.u!, x.node ?? pair.key));
        break;
      }
      case "participantCount": {
        const n = typeof value === "number" ? value : Number(/\d+/.exec(String(value))?.[0]);
        const r = Proposal.shape.participantCount.safeParse(n);
        if (r.success && r.data !== undefined) out.participantCount = fact(r.data);
        else invalid("participantCount");
        break;
      }
      case "pi": {
        const pi: PiValue = { name: null, birthDate: null, title: null, employedByLead: null };
        if (typeof value === "object" && !Array.isArray(value)) {
          const o = subObject(value, "pi", key, pair, note, placeOf);
          pi.name = o.name != null ? String(o.name) : null;
          pi.birthDate = o.birthDate != null ? (readDate(String(o.birthDate))?.value ?? null) : null;
          pi.title = o.title != null ? String(o.title) : null;
          pi.employedByLead = o.employedByLead != null ? toBool(o.employedByLead) : null;
          if (o.birthDate != null && !pi.birthDate) invalid("pi.birthDate");
        } else pi.name = String(value);
        out.pi = fact(mergePi(out.pi?.value, pi));
        break;
      }
      case "pi.name":
      case "pi.birthDate": {
        const v = canon === "pi.name" ? { name: String(value) } : { birthDate: readDate(String(value))?.value ?? null };
        out.pi = { ...(out.pi ?? fact(null)), value: mergePi(out.pi?.value, v) };
        break;
      }
      case "period": {
        let p: PeriodValue | null = null;
        if (typeof value === "number") p = { start: null, end: null, months: value > 10 ? value : value * 12 };
        else if (typeof value === "string") p = parsePeriod(value)?.value ?? null;
        else if (typeof value === "object" && !Array.isArray(value)) {
          const o = subObject(value, "period", key, pair, note, placeOf);
          const start = o.start != null ? (readDate(String(o.start))?.value.slice(0, 7) ?? null) : null;
          const end = o.end != null ? (readDate(String(o.end))?.value.slice(0, 7) ?? null) : null;
          let months = o.months != null ? Number(o.months) : o.years != null ? Math.round(Number(o.years) * 12) : null;
          if (months === null && start && end) months = parsePeriod(`${start.replace("-", ".")}-${end.replace("-", ".")}`)?.value.months ?? null;
          p = { start, end, months: months !== null && Number.isFinite(months) ? months : null };
        }
        if (p && Proposal.shape.period.safeParse({ ...(p.start ? { start: p.start } : {}), ...(p.end ? { end: p.end } : {}), ...(p.months ? { months: p.months } : {}) }).success) out.period = fact(p);
        else invalid("period");
        break;
      }
      case "budget":
        if (typeof value !== "object" || Array.isArray(value)) {
          const m = readMoney(String(value))[0];
          if (m) out.budget.total = fact(m.value);
          else invalid("budget");
          break;
        }
        if (isMap(pair.value))
          for (const p of pair.value.items as Pair<Node, Node>[]) {
            const k = String(isScalar(p.key) ? p.key.value : p.key);
            const sub = SUB.budget[fold(k)];
            if (!sub) note(`${key}.${k}`, p.key, yaml.split("\n")[placeOf(p.key).line - firstLine]?.trim() ?? k);
            else if (sub === "unit") budgetUnit = SCALE[String(p.value?.toJS?.(doc)).trim()] ?? budgetUnit;
            else budgetPairs.push([sub, p]);
          }
        break;
      case "budget.government":
      case "budget.selfFunded":
      case "budget.total":
        budgetPairs.push([canon.slice(7), pair]);
        break;
      case "kpis": {
        const items: unknown[] = Array.isArray(value) ? value : [];
        const nodes = isSeq(pair.value) ? (pair.value.items as Node[]) : [];
        if (!Array.isArray(value)) {
          // kpis: { 光电转换效率: ≥21% }
          if (typeof value === "object") for (const [m, v] of Object.entries(value as object)) items.push({ metric: m, value: v });
          else invalid("kpis");
        }
        const kpis: Fact<CommittedKpi>[] = [];
        items.forEach((item, i) => {
          const k = toKpi(item);
          if (k) kpis.push(fact(k, nodes[i] ?? pair.key));
          else invalid(`kpis[${i}]`);
        });
        out.kpis = kpis;
        break;
      }
    }
  }
  for (const [sub, p] of budgetPairs) {
    const v = p.value?.toJS?.(doc);
    if (isUnfilled(v)) continue;
    const money = toMoney(v, budgetUnit);
    const written = yaml.split("\n")[placeOf(p.key).line - firstLine]?.trim() ?? String(v);
    if (money && Proposal.shape.budget.safeParse({ [sub]: v }).success)
      out.budget[sub as "government" | "selfFunded" | "total"] = { ...placeOf(p.key), value: money, text: written };
    else note(String(isScalar(p.key) ? p.key.value : p.key), p.key, `invalid value (budget.${sub}): ${written}`);
  }
  return out;
}

function subObject(
  value: object,
  kind: string,
  key: string,
  pair: Pair<Node, Node>,
  note: (key: string, node: Node | null | undefined, text: string) => void,
  placeOf: (n: Node | null | undefined) => FactPlace,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const nodes = isMap(pair.value) ? (pair.value.items as Pair<Node, Node>[]) : [];
  for (const [k, v] of Object.entries(value)) {
    const canon = SUB[kind][fold(k)];
    if (canon) out[canon] = v;
    else {
      const node = nodes.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === k)?.key;
      note(`${key}.${k}`, node, `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`);
      void placeOf;
    }
  }
  return out;
}

function mergePi(a: PiValue | undefined | null, b: Partial<PiValue>): PiValue {
  const base: PiValue = a ?? { name: null, birthDate: null, title: null, employedByLead: null };
  return {
    name: b.name ?? base.name,
    birthDate: b.birthDate ?? base.birthDate,
    title: b.title ?? base.title,
    employedByLead: b.employedByLead ?? base.employedByLead,
  };
}

function toBool(v: unknown): boolean | null {
  if (typeof v === "boolean") return v;
  const s = String(v).trim().toLowerCase();
  if (/^(?:是|yes|y|true|1|在职)$/.test(s)) return true;
  if (/^(?:否|no|n|false|0|不是)$/.test(s)) return false;
  return null;
}

function toMoney(v: unknown, scale: number): Money | null {
  if (typeof v === "number" && Number.isFinite(v)) return { yuan: Math.round(v * scale * 100) / 100, text: scale === 1 ? `${v}元` : `${v}${Object.entries(SCALE).find(([, s]) => s === scale)?.[0] ?? ""}` };
  if (typeof v !== "string") return null;
  const m = readMoney(v)[0];
  if (m) return m.value;
  if (/^\s*\d+(?:\.\d+)?\s*$/.test(v)) return toMoney(Number(v), scale);
  return null;
}

function toUnit(v: unknown): DraftUnit | null {
  if (typeof v === "string") return parseUnit(v);
  if (!v || typeof v !== "object" || Array.isArray(v)) return null;
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const c = SUB.unit[fold(k)];
    if (c) o[c] = x;
  }
  if (typeof o.name !== "string") return null;
  const base = parseUnit(o.name) ?? { name: o.name, type: null, country: null };
  const t = typeof o.type === "string" ? (UnitType.safeParse(o.type).success ? (o.type as UnitType) : unitType(o.type) ?? (/院所/.test(o.type) ? "institute" : "other")) : base.type;
  const c = typeof o.country === "string" ? countryOf(o.country) : undefined;
  return { name: base.name, type: t, country: typeof o.country === "string" ? (c === undefined ? o.country : c) : base.country };
}

function toProposalUnit(u: DraftUnit) {
  return { name: u.name, ...(u.type ? { type: u.type } : {}), ...(u.country ? { country: u.country } : {}) };
}

function toKpi(item: unknown): CommittedKpi | null {
  if (!item || typeof item !== "object") return null;
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(item)) {
    const c = SUB.kpi[fold(k)];
    if (c) o[c] = x;
  }
  if (typeof o.metric !== "string" || o.value == null) return null;
  const unit = typeof o.unit === "string" ? o.unit : "";
  let k: CommittedKpi | null = null;
  if (typeof o.value === "number") k = { metric: o.metric, op: "=", value: o.value, max: null, unit };
  else {
    const q = readCell(String(o.value));
    if (q) k = { metric: o.metric, ...q, unit: q.unit || unit };
  }
  if (k && typeof o.guide === "string") k.guideText = o.guide;
  return k;
}
