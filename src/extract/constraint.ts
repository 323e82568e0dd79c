import type { ConstraintKind } from "../model/guide.js";
import { readDurationMaxYears } from "./duration.js";
import { readFundingCap } from "./money.js";
import { parseNumberToken } from "./number.js";
import { readMatchingRatio } from "./ratio.js";
import {
  ACTIVE_PROJECT_STATES,
  APPLICANTS,
  APPLICATION_LIMITS,
  AT_MOST as AT_MOST_WORDS,
  BUDGET_TOTALS,
  FOREIGN_MARKERS,
  GOVERNMENT_FUNDS,
  LEAD_UNIT_LABELS,
  PARTNER_UNITS,
  PRINCIPAL_INVESTIGATORS,
  PROHIBITIONS,
  REGION_INSIDE,
  REGION_WORDS,
  REQUIREMENTS,
  NOTES_LABELS,
  alternation,
} from "../lexicon/index.js";

/** A constraint (申报要求) read from text, with offsets into that text; the caller adds the span. */
export interface ConstraintFact {
  /** One of the SPEC's constraint kinds; `other` keeps the text of a rule no kind fits. */
  kind: ConstraintKind;
  /** The limit: fractions for shares (50% → 0.5), yuan for funding_cap, true for yes/no rules, null when only the text says it. */
  value: number | string | boolean | null;
  /** The clause(s) of the sentence that state it, without list markers and 其他要求： labels. */
  text: string;
  /** The clause that limits it to part of the notice (青年科学家项目的, 事业单位牵头的项目), if any. */
  condition?: string;
  start: number;
  end: number;
}

/** Options of {@link readConstraints}. */
export interface ReadConstraintsOptions {
  /** Also return `other` for requirement sentences (须/必须/不得/应当 …) that no kind fits. Default false. */
  other?: boolean;
  /**
   * Who the text binds when its list's lead-in says it (项目负责人应当 for （一）为申报单位在职人员 under 项目负责人应当符合
   * 下列条件：): read in front of each sentence, never quoted. See {@link listSubjects}.
   */
  subject?: string;
}

// 项目负责人应当符合下列条件：, 企业牵头申报的，应当同时具备以下条件：: a lead-in naming whom the items under it bind
const LEAD_IN = /^(.{2,30}?)(?:同时)?(?:符合|满足|具备|具有|遵守)(?:以下|下列|如下)[^：:。；;]{0,6}[：:]\s*$/;
const ITEM = /^\s*(?:[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}\s*[.、．)）](?!\d)|[①-⑳]|[一二三四五六七八九十]{1,3}\s*[、.．])/;

/**
 * For each text of a run of paragraphs, in order, the subject its list's lead-in gives it (项目负责人应当 for the items
 * after 项目负责人应当符合下列条件：), or "": the items of such a list state their rules without naming whom they bind.
 */
export function listSubjects(texts: readonly string[]): string[] {
  let subject = "";
  return texts.map((t) => {
    const lead = LEAD_IN.exec(t.trim());
    if (lead) {
      subject = lead[1];
      return "";
    }
    if (!ITEM.test(t)) subject = "";
    return subject;
  });
}

type Value = number | string | boolean | null;

interface Rule {
  kind: ConstraintKind;
  /** A cheap test that must pass before `re` runs: most sentences state no rule. */
  hint: RegExp;
  /**
   * A second cheap test every match of `re` implies, for rules whose `re` is large: a large expression costs
   * milliseconds to compile the first time it runs (issue 14), which sentences it cannot match need not pay.
   */
  need?: RegExp;
  re: RegExp;
  /** Value from the match; undefined drops the match. */
  value: (m: RegExpExecArray, sentence: string) => Value | undefined;
}

const N = String.raw`(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})`;
// A share: 50%, 百分之四十, 三分之一 (one capture: the whole written share, read by share()).
// (三成: tenths, as people say a share)
const PCT = String.raw`(\d+(?:\.\d+)?\s*[%％]|百分之[零〇一二两三四五六七八九十百点]+|[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+|[一二两三四五六七八九]成(?![员果本立功熟为]))`;
const NO_BREAK = String.raw`[^。；;，,]`;

const num = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const n = parseNumberToken(s);
  return n === null ? undefined : n;
};
/** A written share as a fraction: 50% → 0.5, 百分之四十 → 0.4, 百分之九十九点八 → 0.998, 三分之一 → 1/3, 三成 → 0.3. */
const pct = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const tenths = /^(.)成$/.exec(s);
  if (tenths) return (num(tenths[1]) ?? 0) / 10 || undefined;
  const frac = /^(.+)分之(.+)$/.exec(s);
  if (frac && !s.startsWith("百分之")) {
    const [d, n] = [num(frac[1]), num(frac[2])];
    return d && n !== undefined ? Math.round((n / d) * 1e10) / 1e10 : undefined;
  }
  const cn = /^百分之(.+)$/.exec(s);
  const [int, dec] = cn ? cn[1].split("点") : [s.replace(/\s*[%％]$/, "")];
  const whole = num(int);
  if (whole === undefined) return undefined;
  const digits = dec ? [...dec].map((c) => num(c) ?? 0).join("") : "";
  const n = digits ? Number(`${whole}.${digits}`) : whole;
  return Math.round(n * 1e4) / 1e6;
};
const re = (source: string): RegExp => new RegExp(source, "g");

// Government-side share of the budget: 省财政资助经费不超过项目总预算的50%.
const GOV = alternation([...GOVERNMENT_FUNDS, "政府"]);
const AT_MOST = alternation(AT_MOST_WORDS.filter((w) => w !== "限" && w !== "最多"));
const TOTAL = alternation(BUDGET_TOTALS);
// 企业牵头, 企业作为揭榜单位的, 企业为牵头单位
const ENTERPRISE_LED = /企业(?:为|作为)?(?:牵头|揭榜)|企业主导/;
const APPLICANT = alternation(APPLICANTS);
const PI = alternation(PRINCIPAL_INVESTIGATORS);
const PI_HINT = new RegExp(PI);
const PROHIBIT = alternation(PROHIBITIONS);
const REQUIRE = alternation(REQUIREMENTS);
const STATE = alternation(ACTIVE_PROJECT_STATES);
// A region: a named place (四川省, 深圳市, 宝安区), or one named by its kind (本市, 省内, 中华人民共和国境内).
const FOREIGN = alternation(FOREIGN_MARKERS);
const REGION = String.raw`(?:[^\s在于为是的，。；、\d]{1,10}?(?:省|市|自治区|特别行政区|区|县)|${alternation(REGION_WORDS)})(?:[（(][^）)。；;]{1,20}[）)])?${alternation(REGION_INSIDE)}?`;
// 2项及以上: the count from which a rule applies
// How a rule says the PI works for the applicant (在职人员, 在岗职工, 在编人员, 全职…).
const EMPLOYED = "在职|在岗|在编|正式职工|全职|正式员工|正式聘用";
// the contract that employs a PI (劳动合同, 聘用合同, 聘任合同)
const CONTRACT = "(?:劳动|聘用|聘任)合同";
const N_OR_MORE = String.raw`\s*(?:项|个)\s*(?:及以上|或以上|以上|\(含\)以上|（含）以上)`;
const COUNTED = new RegExp(`${N}${N_OR_MORE}`);

const RULES: Rule[] = [
  {
    kind: "gov_share_max",
    hint: /[%％]|分之|成/,
    re: re(String.raw`${GOV}${NO_BREAK}{0,24}?${AT_MOST}${NO_BREAK}{0,12}?${TOTAL}[^。；;，,\d]{0,4}${PCT}`),
    value: (m) => pct(m[1]),
  },
  {
    kind: "gov_share_max",
    hint: /[%％]|分之/,
    re: re(String.raw`${GOV}${NO_BREAK}{0,12}?占${NO_BREAK}{0,16}?(?:比例|比重)?\s*${AT_MOST}\s*${PCT}`),
    value: (m) => pct(m[1]),
  },
  {
    kind: "participants_max",
    hint: /单位/,
    need: /[家个]/,
    // (参与项目的单位（包括牵头单位）合计不超过4家, 联合申报的单位数量（含牵头单位）不得超过5家: the units named by
    // what they do, counted as a sum, the remark on the lead before or after the count)
    re: re(String.raw`(?<!${FOREIGN})(?:${alternation(PARTNER_UNITS)}|(?:参与|参加|承担|联合申报|共同申报)本?(?:项目)?的单位)(?:[（(][^（）()]{0,10}[）)]|(?:连同|含|包括)[^，,。；;（(]{0,8}?(?:在内)?)?(?:总数|数量|总数量|数|合计|共计|总计)?(?:[（(][^（）()]{0,10}[）)])?(?:原则上|一般|应|须)?${alternation(AT_MOST_WORDS)}\s*${N}\s*(?:家|个)|(?:含|包括)${alternation(LEAD_UNIT_LABELS)}(?:在内)?[，,]?\s*(?:原则上|一般)?${alternation(AT_MOST_WORDS)}\s*${N}\s*家(?:单位)?`),
    value: (m) => num(m[1] ?? m[2]),
  },
  {
    kind: "foreign_partner_min",
    hint: /外/,
    re: re(String.raw`(?:${REQUIRE}|至少)(?:有|包含|包括|联合)\s*(?:(?:至少|不少于)\s*)?(?:${N}\s*(?:个|家)\s*(?:[（(]或以上[）)]|或以上|以上|及以上)?\s*)?的?${FOREIGN}的?(?:合作)?(?:单位|机构|伙伴)`),
    value: (m) => num(m[1]) ?? 1,
  },
  {
    kind: "foreign_partner_countries_min",
    hint: /国家/,
    need: /个/,
    re: re(String.raw`${N}\s*个(?:或以上|以上|及以上)?(?:（含）)?(?:不同)?国家(?:和地区|或地区|\/地区)?的?(?:合作)?(?:单位|机构|伙伴)`),
    value: (m, s) => (/须|必须|应|需|至少|不少于/.test(s) ? num(m[1]) : undefined),
  },
  {
    kind: "foreign_partner_countries_min",
    hint: /国家/,
    need: /(?:来自|覆盖|涉及)(?:不少于|至少)/,
    re: re(String.raw`(?:来自|覆盖|涉及)(?:不少于|至少)\s*${N}\s*个(?:以上)?国家`),
    value: (m) => num(m[1]),
  },
  {
    kind: "applicant_region",
    hint: /注册|登记|设立/,
    need: /[省市区县]/,
    // 申请单位应当在深圳市（含深汕特别合作区）依法注册: a parenthesis may qualify the region
    re: re(String.raw`${APPLICANT}${NO_BREAK}{0,8}?(?:为|是|在)${NO_BREAK}{0,4}?(?![在于])([\u4e00-\u9fa5]{1,10}?(?:省|市|自治区|特别行政区|区|县)(?:[（(][^）)。；;]{1,20}[）)])?(?:境内|内|行政区域内|辖区内|范围内)?(?:依法)?(?:注册|登记|设立)(?:登记)?)`),
    value: (m) => m[1],
  },
  {
    kind: "applicant_region",
    hint: /注册地/,
    re: re(String.raw`注册地(?:址)?(?:须|应|必须)?(?:为|在)\s*([\u4e00-\u9fa5]{2,12}?(?:省|市|自治区|区|县)(?:境内|内)?)`),
    value: (m) => m[1],
  },
  {
    // 应为中国大陆境内注册的科研院所; 申报主体为在中华人民共和国境内注册; 应当是注册在本市的法人; 须为本县行政区划内
    // 依法设立的企业; 应为厦门市企事业单位: a region the applicant must be registered in or belong to.
    kind: "applicant_region",
    hint: new RegExp(`注册|登记|设立|区域内|区划内|辖区|${alternation(REGION_WORDS)}|[省市区县](?:企|事业|单位|法人|高等|科研)`),
    need: new RegExp(`${APPLICANT}|(?:注册|登记)[在于]`),
    re: re(String.raw`${APPLICANT}${NO_BREAK}{0,10}?(?:${REQUIRE}|为|是)?(?:为|是|在|属于)?(?:注册|登记)?(?:在|于)?(${REGION})(?:依法)?(?:注册|登记|设立|成立)?(?:[^。；;，,]{0,6}?的)?[^。；;，,]{0,6}?(?:企事业单位|企业|单位|法人|机构|高等院校|高校|科研院所|组织)|(?:注册|登记)(?:在|于)(${REGION})`),
    value: (m) => {
      const region = m[1] ?? m[2];
      const bare = region.replace(/(?:境内|行政区[域划]内|辖区内|范围内|内)$/, "");
      return bare.length >= 2 ? bare : region;
    },
  },
  {
    kind: "applicant_legal_person",
    hint: /法人|民事/,
    re: re(String.raw`独立法人|法人资格|具有法人|独立承担民事责任`),
    value: () => true,
  },
  {
    kind: "enterprise_partner_required",
    hint: /企业/,
    // (应当有至少1家企业作为合作单位共同参与: what the enterprise does may follow a few words later)
    re: re(String.raw`(?:必须|须|应当|应|需)(?:至少)?(?:有|与|联合|吸纳|吸收)(?:至少)?${NO_BREAK}{0,8}?企业(?:[（(][^（）()]{0,8}[）)])?[^。；;，,]{0,8}?(?:联合|参与|参加|合作|共同)|(?:必须|须)有${NO_BREAK}{0,6}?企业|(?:合作|参与|参加|联合)单位中?(?:必须|须|应当|应|需)(?:包括|包含|含有|有)(?:至少)?${NO_BREAK}{0,6}?企业`),
    value: () => true,
  },
  {
    kind: "pi_employment",
    hint: PI_HINT,
    need: new RegExp(`${EMPLOYED}|签订[^，,。；;]{0,8}?${CONTRACT}|(?:聘用|劳动|雇佣)关系`),
    // (项目负责人为牵头单位正式聘用…的人员: a requirement stated as a fact)
    // (项目负责人应在申报单位在职在岗, 应与牵头单位存在正式聘用关系: a requirement on the PI that names employment)
    re: re(String.raw`${PI}${NO_BREAK}{0,8}?(?:须|必须|应|应当|需)?(?:为|是|系|限于)${NO_BREAK}{0,30}?(?:${EMPLOYED})|${PI}${NO_BREAK}{0,10}?(?:须|必须|应)(?:与${APPLICANT})?签订[^，,。；;]{0,8}?${CONTRACT}|${PI}${NO_BREAK}{0,8}?(?:须|必须|应当|应|需)${NO_BREAK}{0,20}?(?:${EMPLOYED}|(?:聘用|劳动|雇佣)关系)`),
    value: () => true,
  },
  {
    // 项目负责人年龄不超过50周岁，须为申请单位全职在职人员: the subject 负责人 stands in an earlier clause
    kind: "pi_employment",
    hint: PI_HINT,
    need: new RegExp(EMPLOYED),
    re: re(String.raw`(?<=^|[，,]\s*)(?:且|并且|并|同时)?(?:须|必须|应|应当|需)(?:为|是|系)${APPLICANT}?${NO_BREAK}{0,10}?(?:${EMPLOYED})`),
    value: (m, s) => (PI_HINT.test(s.slice(0, m.index)) ? true : undefined),
  },
  {
    // (before the yes/no form: "在研2项及以上项目的负责人不得…" states a number)
    // 已作为项目负责人承担…项目在研2项及以上者，不得作为项目负责人申报; 项目负责人不得同时主持2项及以上在研…项目.
    // The value is the count as written; the check reads from the wording whether it bars or allows (allowedActive).
    kind: "pi_active_project_limit",
    hint: /在研|结题|验收/,
    need: /以上|已达|已有|达到/,
    re: re(String.raw`${PI}[^。；;]{0,30}?在研(?:项目|课题)?\s*${N}${N_OR_MORE}[^。；;]{0,4}?[，,]?[^。；;]{0,6}?(?:不得|不能|不可|不予)[^。；;]{0,12}?(?:申报|申请|牵头|受理)|在研[^。；;]{0,20}?${N}${N_OR_MORE}[^。；;，,]{0,12}?的(?:${PI}|人员)[，,]?[^。；;]{0,6}?(?:不得|不能|不可|不予)|${PI}${NO_BREAK}{0,6}?(?:不得|不能|不可)(?:同时)?(?:主持|承担|负责|牵头)(?:在研(?:项目)?)?\s*${N}${N_OR_MORE}${NO_BREAK}{0,4}?在研|${PI}[^。；;]{0,30}?在研[^。；;，,]{0,12}?(?:已达|已有|达到)\s*${N}\s*(?:项|个)[^。；;]{0,4}?[，,]?[^。；;]{0,6}?(?:不得|不能|不可|不予)[^。；;]{0,12}?(?:申报|申请|牵头|受理)|${PI}${NO_BREAK}{0,8}?(?:主持|承担)\s*${N}${N_OR_MORE}${NO_BREAK}{0,6}?${STATE}[^。；;]{0,20}?(?:不得|不能|不可|不予)|(?:已有|已达|达到)\s*${N}\s*(?:项|个)[^。；;，,]{0,20}?在研[^。；;]{0,30}?(?:不得|不能|不可|不予|不再)[^。；;]{0,8}?(?:申报|申请|牵头|受理)`),
    // The count as the notice writes it (2项及以上 → 2; 在研项目已达2项的 → 2; 主持2项及以上未结题…的 → 2; 已有2项…在研
    // 项目（本人任负责人）的 → 2, the PI named anywhere in the sentence).
    value: (m, s) => (m[6] !== undefined && !PI_HINT.test(s) ? undefined : num(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])),
  },
  {
    // The rule written as a condition on the PI's current projects: 作为项目负责人承担的省级科技计划项目尚未结题的，
    // 不得牵头申报; 国家重点研发计划在研项目（课题）负责人不得牵头申报; 正在承担本计划项目的负责人不得申请.
    kind: "pi_active_project_limit",
    hint: PI_HINT,
    need: new RegExp(PROHIBIT),
    // (and 正在主持…项目且尚未验收的（人员/者），不得作为负责人申报: the PI named after the prohibition)
    re: re(String.raw`${PI}[^。；;]{0,40}?${STATE}[^。；;]{0,30}?${PROHIBIT}[^。；;]{0,12}?(?:申报|申请|牵头|作为|承担)|${STATE}[^。；;]{0,40}?${PI}[^。；;]{0,12}?${PROHIBIT}[^。；;]{0,12}?(?:申报|申请|牵头|作为|承担)|${STATE}[^。；;]{0,40}?(?:的(?:科研人员|人员|人)?|者)[，,]?[^。；;，,]{0,6}?${PROHIBIT}再?(?:作为|担任)?[^。；;，,]{0,4}?${PI}`),
    // the count at which the rule applies, as 2项及以上 gives 2 (正在主持2项及以上…的人员，不得…); none written: one bars
    value: (m, s) => num(COUNTED.exec(s.slice(0, m.index + m[0].length))?.[1]) ?? 1,
  },
  {
    // 有在研省科技计划项目的项目负责人不得牵头申报; 在研省重点领域研发计划项目的负责人不得牵头申报
    kind: "pi_active_project_limit",
    hint: /在研/,
    re: re(String.raw`(?:有|存在)?在研[^。；;]{0,40}?项目的${PI}[，,]?[^。；;]{0,6}?(?:不得|不能|不可|不允许|不再)[^。；;]{0,4}?(?:申报|申请)`),
    value: () => 1,
  },
  {
    kind: "pi_active_project_limit",
    hint: /在研/,
    re: re(String.raw`(?:${PI}|主持)${NO_BREAK}{0,10}?在研(?:项目)?(?:数|数量)?${NO_BREAK}{0,16}?(?:不超过|不得超过|不多于|限|最多)\s*${N}\s*(?:项|个)`),
    value: (m) => num(m[1]),
  },
  {
    // An applicant's (not the PI's) active-project limit has no kind of its own.
    kind: "other",
    hint: /在研/,
    re: re(String.raw`有在研[^。；;]{0,40}?项目的(?:企业|单位|${APPLICANT})[^。；;]{0,6}?(?:不得|不能)[^。；;]{0,4}?申报`),
    value: (m) => m[0],
  },
  {
    // 项目由企业牵头申报。/ 须由企业牵头 / 牵头单位须为企业 — not 鼓励/优先…由企业牵头, nor 由企业牵头申报的项目 (a condition)
    kind: "lead_enterprise_required",
    hint: /企业牵头|牵头[^。；;]{0,10}企业/,
    re: re(String.raw`(?<!鼓励|优先|支持|倾向|提倡)(?:项目|本方向|本项目|原则上)?(?:须|必须|应|应当|需|要)?由企业牵头(?:申报|承担|实施|组织)?(?![^。；;，,]{0,4}的)|牵头(?:申报|承担)?单位(?:须|必须|应|应当|需)(?:为|是)${NO_BREAK}{0,4}?企业(?![^。；;，,]{0,4}的)`),
    value: () => true,
  },
  {
    kind: "pi_one_application_per_year",
    hint: new RegExp(`${PI}|每人|同一人`),
    need: new RegExp(alternation(APPLICATION_LIMITS)),
    // 同一项目负责人限申报1个项目; 项目（课题）负责人限申报1个项目; 项目负责人同一年度内限申报1项; 每人每年只能牵头申报1个;
    // 同一人在本专项中限牵头申报1个项目; 同一团队负责人只能揭1项榜单
    re: re(String.raw`(?:(?:同一|每个|每位|每名)(?:年度|批次|年)?${NO_BREAK}{0,6}?)?(?:${PI}|每人|同一人)(?:同年|每年|同一年度内?|本年度)?${NO_BREAK}{0,12}?${alternation(APPLICATION_LIMITS)}(?:作为(?:项目)?${PI})?(?:牵头|主持)?(?:申报|申请|揭榜?)?\s*${N}\s*(?:项|个)`),
    value: (m) => num(m[1]),
  },
  {
    kind: "youth_pi_ratio_min",
    hint: /青年/,
    re: re(String.raw`青年[^。；;]{0,40}?(?:比例|占比|比重)\s*(?:不低于|不少于|不得低于|原则上不低于|应不低于|达到|应达到|≥|>=)\s*${PCT}`),
    value: (m) => pct(m[1]),
  },
  {
    kind: "no_duplicate_submission",
    hint: /重复|多头|同时|再次|再行|再报|再申报|多报|不再/,
    // (相同研究内容…已获…支持的，不得再次申报: applying again for the same content; 不得再次申报 alone may be a PI's ban)
    re: re(String.raw`(?:不得|不能|不可|严禁|禁止)${NO_BREAK}{0,24}?(?:重复申报|重复申请|多头申报|同时申报|同时申请|重复提交|重复立项|一题多报|一项多报)|(?:相同|同一|同类|已[^。；;，,]{0,24}?(?:立项|资助|支持))[^。；;]{0,30}?(?:(?:不得|不能|不可|不予)${NO_BREAK}{0,6}?(?:再次|再行|再)(?:申报|申请|受理|立项|报)|不再(?:受理|申报|申请|支持|立项))`),
    value: () => true,
  },
  {
    kind: "ip_required",
    hint: /知识产权|专利/,
    // (…成立时间须满1年，…，并拥有…知识产权: a later clause goes on with the sentence's requirement)
    re: re(String.raw`(?:须|必须|应|应当|需|(并|且))(?:具有|具备|拥有|有|持有)${NO_BREAK}{0,16}?(?:自主知识产权|知识产权|授权(?:发明)?专利)`),
    value: (m, s) => (m[1] && !REQUIRES.test(s.slice(0, m.index)) ? undefined : true),
  },
  {
    kind: "ethics_compliance",
    hint: /伦理/,
    // 申报项目涉及科研伦理与科技安全的，应当按照有关法律法规执行
    // (涉及临床研究的，须提供医学伦理委员会审查批件: the requirement before the committee)
    re: re(String.raw`(?:遵守|符合|遵循|通过)${NO_BREAK}{0,10}?伦理|伦理(?:委员会)?审查|伦理(?:规范|要求|规定)|涉及[^。；;]{0,30}?伦理[^。；;]{0,30}?(?:须|必须|应当|应|需)(?:严格)?(?:按照|按|遵守|遵循|符合|执行|提供|通过|履行)`),
    value: () => true,
  },
  {
    kind: "pi_age_max",
    hint: /岁/,
    re: re(String.raw`${N}\s*(?:周)?岁(?:以下|以内|及以下)|(?:年龄|年龄不超过|年龄不得超过|不超过|不得超过|不大于|未满|不满)\s*${N}\s*(?:周)?岁`),
    value: (m) => num(m[1] ?? m[2]),
  },
  {
    kind: "pi_age_max",
    hint: /出生|以后|之后/,
    re: re(String.raw`\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(]含[）)])?\s*(?:及|或|以)?(?:以后|之后|后)(?:出生)?|出生${NO_BREAK}{0,6}?\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:[（(]含[）)])?\s*(?:及)?(?:以后|之后)`),
    value: () => null,
  },
  {
    kind: "applicant_established_min_years",
    hint: /成立|注册|设立|经营|运营/,
    need: /年/,
    re: re(String.raw`(?:注册|成立|设立)(?:成立|时间|登记)?${NO_BREAK}{0,4}?(?:满|超过|不少于|不低于|已满|达到)\s*${N}\s*(?:年|周年)|(?:成立|注册)(?:时间)?(?:在)?\s*${N}\s*(?:年|周年)(?:以上|及以上)|(?:正常)?(?:运营|经营)\s*${N}\s*(?:年|周年)(?:以上|及以上)`),
    value: (m) => num(m[1] ?? m[2] ?? m[3]),
  },
  {
    // A cut-off date instead of a number of years: 注册时间为2024年3月31日前 (value null, the text says it).
    kind: "applicant_established_min_years",
    hint: /注册|成立|设立/,
    need: /\d/,
    re: re(String.raw`(?:注册|成立|设立)(?:时间|日期)?(?:应|须|应当)?(?:为|在|于)?\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:前|之前|以前|（含）前)`),
    value: () => null,
  },
  {
    kind: "applications_per_unit_max",
    hint: /单位|企业|法人/,
    need: /每个|每家|每一|同一|各/,
    // 每个单位限报2项; 每个依托单位申请重点项目不超过5项 (a word or two naming which units); 同一单位…以3项为限
    re: re(String.raw`(?:每个|每家|每一|同一|各)(?:申报)?(?:${APPLICANT}|[\u4e00-\u9fff]{0,3}?单位|企业|法人单位|法人)${NO_BREAK}{0,16}?(?:(?:限报|限(?:牵头)?申报|只能(?:牵头)?申报|(?:最多|至多)申报|申报(?:项目)?(?:数量|数)?不超过|不超过|限揭榜?|揭榜(?:数量|数)?不超过|(?:最多|至多)揭榜?|限|最多|至多)\s*${N}\s*(?:项|个)|以\s*${N}\s*(?:项|个)为限)`),
    value: (m) => num(m[1] ?? m[2]),
  },
  {
    kind: "self_funding_share_min",
    hint: /自筹/,
    re: re(String.raw`自筹(?:经费|资金)?${NO_BREAK}{0,20}?(?:不低于|不少于|不得低于|原则上不低于|≥|>=|至少|占)[^。；;，,\d]{0,14}?${PCT}`),
    value: (m) => pct(m[1]),
  },
  {
    kind: "rd_intensity_min",
    hint: /研发|研究与试验发展|研究开发|R&D/,
    need: /[%％]|分之/,
    // 研发投入占营业收入比例不低于3%; 研究与试验发展经费支出占营业收入比例不低于百分之三 (R&D by its statistical name);
    // 研究开发费用占销售收入的比例不低于4% (its name in the tax rules)
    re: re(String.raw`(?:研发|研究与试验发展|研究开发|R&D)(?:投入|经费|费用|支出)[^。；;]{0,24}?(?:营业收入|销售收入|主营业务收入|营收)[^。；;\d]{0,12}?${PCT}|研发投入强度[^。；;\d]{0,8}${PCT}`),
    value: (m) => pct(m[1] ?? m[2]),
  },
];

// 鼓励和支持40岁以下青年人才牵头 invites; it does not require.
const ENCOURAGES = /^(?:鼓励|欢迎|提倡|倡导|优先|积极支持|鼓励和支持|支持和鼓励)/;
const LEAD = new RegExp(String.raw`^(?:\s|[\d一二三四五六七八九十]+\s*[、．.]|[（(][\d一二三四五六七八九十]+[）)]|其中\s*[:：]|${alternation([...NOTES_LABELS, "注"])}\s*[:：])+`);
const REQUIRES = /须|必须|不得|应当|严禁|禁止|不能|不予|限报|只能|应为|需/;

interface Piece {
  text: string;
  start: number;
}

function sentences(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(/[^。；;！？!?\n]+/g)) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index });
  }
  return out;
}

/** Widens [from, to) in `s` to whole clauses (between ，) and drops list markers and labels. */
function clauseRange(s: string, from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && !/[，,]/.test(s[a - 1])) a--;
  let b = Math.max(to, from);
  while (b < s.length && !/[，,]/.test(s[b])) b++;
  const lead = LEAD.exec(s.slice(a, b));
  if (lead && lead.index === 0 && a + lead[0].length < b) a += lead[0].length;
  while (b > a && /\s/.test(s[b - 1])) b--;
  return [a, b];
}

/**
 * The clause right before the clause starting at `a` when it is a condition (a topic ending in 的 / 的项目:
 * 企业牵头申报的项目，…), else null.
 */
function conditionBefore(s: string, a: number): { text: string; start: number } | null {
  if (a < 2 || !/[，,]/.test(s[a - 1])) return null;
  let b = a - 1;
  while (b > 0 && !/[，,：:]/.test(s[b - 1])) b--;
  const text = s.slice(b, a - 1);
  // 企业牵头申报的项目，…; 对于应用示范类方向，…
  return /的(?:项目|课题)?\s*$/.test(text) || /^\s*(?:对于|针对)[^，,]{2,20}$/.test(text) ? { text, start: b } : null;
}

// A condition naming a part of the notice: a kind of project, who leads it, one 专项 or direction.
const PART_OF_NOTICE = /项目|牵头|专项|专题|方向|类|青年/;

function encourages(s: string, at: number): boolean {
  const a = Math.max(s.lastIndexOf("，", at - 1), s.lastIndexOf(",", at - 1)) + 1;
  const clause = s.slice(a, at + 40);
  const lead = LEAD.exec(clause);
  return ENCOURAGES.test(lead && lead.index === 0 ? clause.slice(lead[0].length) : clause);
}

// What a notice may call its projects; the same length as 项目, so offsets hold.
const PROJECT_SYNONYM = /任务|课题/g;

/**
 * The constraints (申报要求) stated in `text`, sentence by sentence (split on 。；), each with
 * its kind and value: 省财政资助经费不超过项目总预算的50% → gov_share_max 0.5; 企业牵头…30% →
 * gov_share_max_enterprise_led 0.3; 每个项目省财政资助经费不超过2000万元 → funding_cap 2e7 (yuan);
 * 中方参与单位总数不超过10家 → participants_max 10; 须有1个（或以上）国（境）外合作单位 →
 * foreign_partner_min 1; 项目负责人须为申报单位的在职人员 → pi_employment true; 比例不低于40% →
 * youth_pi_ratio_min 0.4; and the other SPEC kinds. One sentence may give several kinds; a clause
 * that encourages (鼓励…) gives none.
 */
export function readConstraints(text: string, options: ReadConstraintsOptions = {}): ConstraintFact[] {
  const out: ConstraintFact[] = [];
  const subject = options.subject ?? "";
  for (const sentence of sentences(text)) {
    // The rules are read on the sentence with its unit of work named as 项目 (a notice organised by 任务 or 课题
    // states the same rules: 企业牵头承担的任务, 同一单位…申报的任务不超过2项) and its list's subject in front; facts
    // quote the sentence as written.
    // (the item's marker, （一）, stands between the two: blanked, so offsets hold)
    const written = subject ? subject + sentence.text.replace(LEAD, (m) => " ".repeat(m.length)) : sentence.text;
    const s = written.replace(PROJECT_SYNONYM, "项目");
    const found: ConstraintFact[] = [];
    const add = (kind: ConstraintKind, value: Value, from: number, to: number): void => {
      if (found.some((f) => f.kind === kind && (kind !== "other" || f.value === value))) return;
      if (encourages(s, from)) return;
      const [from0, b] = clauseRange(s, from, to);
      let a = Math.max(from0, subject.length);
      while (a < b && /\s/.test(s[a])) a++;
      if (a >= b) return;
      const start = sentence.start + a - subject.length;
      const fact: ConstraintFact = { kind, value, text: text.slice(start, start + b - a), start, end: start + b - a };
      // 青年科学家项目的，…; 事业单位牵头的项目，…: the rule binds only that part (the enterprise-led share has a kind of its own)
      const cond = kind === "gov_share_max_enterprise_led" ? null : conditionBefore(s, a);
      if (cond && PART_OF_NOTICE.test(cond.text)) fact.condition = s.slice(cond.start, cond.start + cond.text.length).replace(LEAD, "").trim();
      found.push(fact);
    };
    for (const rule of RULES) {
      if (!rule.hint.test(s) || (rule.need && !rule.need.test(s))) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(s); m; m = rule.re.exec(s)) {
        const value = rule.value(m, s);
        if (value === undefined) continue;
        let kind = rule.kind;
        let from = m.index;
        if (kind === "gov_share_max") {
          const [a] = clauseRange(s, m.index, m.index);
          if (ENTERPRISE_LED.test(s.slice(a, m.index + m[0].length))) kind = "gov_share_max_enterprise_led";
          else {
            // 企业牵头申报的项目，省财政资助经费…不超过…30%: the condition is the clause before
            const cond = conditionBefore(s, a);
            if (cond && ENTERPRISE_LED.test(cond.text)) {
              kind = "gov_share_max_enterprise_led";
              from = cond.start;
            }
          }
        }
        add(kind, value, from, m.index + m[0].length);
      }
    }
    const cap = readFundingCap(s);
    if (cap) add("funding_cap", cap.value.yuan, cap.start, cap.end);
    const ratio = readMatchingRatio(s);
    if (ratio) add("matching_ratio_min", ratio.value, ratio.start, ratio.end);
    const duration = readDurationMaxYears(s);
    if (duration) add("duration_max_years", duration.value, duration.start, duration.end);
    if (options.other && found.length === 0 && REQUIRES.test(s) && !ENCOURAGES.test(s.replace(LEAD, ""))) {
      add("other", null, 0, s.length);
    }
    found.sort((x, y) => x.start - y.start);
    out.push(...found);
  }
  return out;
}
