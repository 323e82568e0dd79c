import { DOMESTIC_MARKERS, alternation } from "../lexicon/index.js";
/**
 * Readings of draft facts shared by rules: a unit's type when the draft leaves it out, foreign units,
 * the project length in months, money written with its rounding.
 */
import type { DraftFacts, DraftUnit } from "../draft/types.js";
import { unitType } from "../draft/parties.js";
import type { Money } from "../model/guide.js";
import type { UnitType } from "../model/proposal.js";

/** A unit's type: as stated, else read from its name (…有限公司 → enterprise, …大学 → university; draft/parties.ts). */
export function unitTypeOf(u: DraftUnit): UnitType | null {
  return u.type ?? unitType(u.name);
}

const DOMESTIC = new RegExp(`^${alternation(DOMESTIC_MARKERS)}$`, "i");

/** True for a unit outside China (国（境）外); a null country is domestic. */
export function isForeign(u: DraftUnit): boolean {
  return u.country !== null && u.country.trim() !== "" && !DOMESTIC.test(u.country.trim());
}

/** A unit that may be foreign though no country is given: named in Latin script (University of Oxford). */
export function maybeForeign(u: DraftUnit): boolean {
  return !isForeign(u) && u.country === null && /[A-Za-z]{3,}/.test(u.name) && !/[\u4e00-\u9fff]/.test(u.name);
}

/** All units of a draft: the lead unit first, then the participants. */
export function allUnits(facts: DraftFacts): DraftUnit[] {
  return [...(facts.leadUnit ? [facts.leadUnit.value] : []), ...facts.participants.map((p) => p.value)];
}

function ym(s: string | null): { y: number; m: number } | null {
  const m = s ? /^(\d{4})-(\d{1,2})/.exec(s) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]) } : null;
}

/** The project length in months: as stated, else from start and end counted inclusively (2025-01…2027-12 → 36). */
export function periodMonths(p: { start: string | null; end: string | null; months: number | null }): number | null {
  if (p.months !== null) return p.months;
  const a = ym(p.start), b = ym(p.end);
  if (!a || !b) return null;
  return (b.y - a.y) * 12 + (b.m - a.m) + 1;
}

const MONEY_SCALE: [RegExp, number][] = [
  [/千万/, 1e7], [/百万/, 1e6], [/亿|億/, 1e8], [/万|萬/, 1e4], [/千元/, 1e3],
];

/**
 * Half the last written decimal of an amount in yuan: 0.9亿元 → 5000000, 123.45万元 → 50; whole amounts 0.5.
 * Sums of written amounts may differ by this much without being wrong.
 */
export function roundingOf(m: Money): number {
  const num = /(\d+)(?:\.(\d+))?/.exec(m.text.replace(/,/g, ""));
  if (!num) return 0.5;
  // whole amounts (300万元) are taken as exact: teams round only when they write decimals
  if (!num[2]) return 0.5;
  const scale = MONEY_SCALE.find(([re]) => re.test(m.text))?.[1] ?? 1;
  return 0.5 * 10 ** -num[2].length * scale;
}

/** Money for messages: 1234500 → "123.45万元". */
export function yuanText(yuan: number): string {
  if (Math.abs(yuan) >= 1e8 && Math.abs(yuan) % 1e6 === 0) return `${Number((yuan / 1e8).toPrecision(10))}亿元`;
  if (Math.abs(yuan) >= 1e4) return `${Number((yuan / 1e4).toFixed(2))}万元`;
  return `${Number(yuan.toFixed(2))}元`;
}

/** A ratio for messages: 0.456 → "45.6%". */
export function percentText(x: number): string {
  return `${Number((x * 100).toFixed(2))}%`;
}

// Provinces and their larger cities, for 申报单位须为…省境内注册: a lead unit named after another province fails.
export const REGIONS: Record<string, string[]> = {
  北京: ["北京"], 天津: ["天津"], 上海: ["上海"], 重庆: ["重庆"],
  河北: ["河北", "石家庄", "唐山", "保定", "邯郸"], 山西: ["山西", "太原", "大同"], 内蒙古: ["内蒙古", "呼和浩特", "包头"],
  辽宁: ["辽宁", "沈阳", "大连", "鞍山"], 吉林: ["吉林", "长春"], 黑龙江: ["黑龙江", "哈尔滨", "大庆"],
  江苏: ["江苏", "南京", "苏州", "无锡", "常州", "南通", "扬州", "镇江", "徐州", "盐城", "泰州", "淮安", "连云港", "宿迁", "昆山", "江阴"],
  浙江: ["浙江", "杭州", "宁波", "温州", "绍兴", "嘉兴", "湖州", "金华", "台州"], 安徽: ["安徽", "合肥", "芜湖", "蚌埠"],
  福建: ["福建", "福州", "厦门", "泉州"], 江西: ["江西", "南昌", "赣州"], 山东: ["山东", "济南", "青岛", "烟台", "潍坊", "淄博"],
  河南: ["河南", "郑州", "洛阳", "开封"], 湖北: ["湖北", "武汉", "襄阳", "宜昌"], 湖南: ["湖南", "长沙", "株洲", "湘潭"],
  广东: ["广东", "广州", "深圳", "珠海", "佛山", "东莞", "中山", "华南"], 广西: ["广西", "南宁", "桂林", "柳州"], 海南: ["海南", "海口", "三亚"],
  四川: ["四川", "成都", "绵阳", "西南交通", "电子科技大学"], 贵州: ["贵州", "贵阳"], 云南: ["云南", "昆明"], 西藏: ["西藏", "拉萨"],
  陕西: ["陕西", "西安", "西北工业", "西北大学"], 甘肃: ["甘肃", "兰州"], 青海: ["青海", "西宁"], 宁夏: ["宁夏", "银川"],
  新疆: ["新疆", "乌鲁木齐"], 香港: ["香港"], 澳门: ["澳门"], 台湾: ["台湾"],
};

/** The region a constraint text names (江苏省境内注册 → 江苏), if any. */
export function regionOf(text: string): string | null {
  for (const r of Object.keys(REGIONS)) if (text.includes(r)) return r;
  for (const [r, places] of Object.entries(REGIONS)) if (places.some((p) => text.includes(p))) return r;
  return null;
}

/** The regions a unit's name points to: 上海交通大学 → [上海]; 南京大学 → [江苏]. */
export function regionsInName(name: string): string[] {
  return Object.entries(REGIONS)
    .filter(([, places]) => places.some((p) => name.includes(p)))
    .map(([r]) => r);
}
