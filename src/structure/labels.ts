/** What a section label inside a direction introduces. */
export type SectionKind =
  | "content" // 研究内容 / 研发内容
  | "goal" // 需求目标 / 研究目标
  | "kpi" // 考核指标
  | "keywords" // 关键词
  | "notes" // 其他要求 / 有关说明
  | "projects" // 拟支持项目数
  | "funding" // 榜单金额 / 支持经费
  | "duration" // 实施期限 / 项目执行期
  | "mode" // 组织方式
  | "area-goal" // 本专项目标: describes an area, not a direction
  | "other"; // a label every direction repeats that names nothing above (（一）需求背景, 3．支持方式与强度)

const LABELS: [SectionKind, string[]][] = [
  ["area-goal", ["本专项目标", "专项目标", "领域目标", "本领域目标", "专题目标"]],
  ["kpi", ["预期成果及考核指标", "主要考核指标", "考核指标", "主要技术指标", "技术指标", "绩效指标", "考核目标", "验收指标", "预期指标"]],
  ["content", ["主要研究内容", "研究内容", "研发内容", "建设内容", "主要内容", "任务内容", "攻关内容", "研究任务"]],
  ["goal", ["需求目标", "研究目标", "建设目标", "任务目标", "目标任务", "预期目标", "项目目标", "攻关目标", "需求描述", "任务描述", "技术需求", "榜单任务", "预期成果"]],
  ["keywords", ["关键词", "关键字"]],
  ["notes", ["其他要求", "其它要求", "有关说明", "相关说明", "备注", "申报说明", "揭榜要求", "发榜单位", "需求单位", "发榜企业"]],
  ["projects", ["拟支持项目数", "支持项目数", "拟支持项目", "拟立项数"]],
  ["funding", ["榜单金额", "支持经费", "资助经费", "拟支持经费", "资助强度", "支持强度", "支持额度", "资助额度", "经费额度", "支持金额", "资助金额", "经费支持", "财政资助", "资助上限"]],
  ["duration", ["实施期限", "实施周期", "执行期限", "项目执行期", "研究期限", "执行周期"]],
  ["mode", ["组织方式", "支持方式"]],
];

const LABEL_RE = new RegExp(
  `^(${LABELS.flatMap(([, words]) => words)
    .sort((a, b) => b.length - a.length)
    .join("|")})\\s*(?:[（(][^（）()]{0,60}[）)])?\\s*(?:[：:]|$)`,
);
const WORDS = LABELS.flatMap(([, words]) => words).sort((a, b) => b.length - a.length).join("|");
// A label inside a paragraph, after a clause: 项目完成时，主要技术指标：…
const INNER_LABEL_RE = new RegExp(`(?<=[。；;，,：:])\\s*(${WORDS})\\s*(?:[（(][^（）()]{0,60}[）)])?\\s*[：:]`, "g");
const KIND_OF = new Map(LABELS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));

/**
 * A section label at the start of a text: "考核指标：…" → {kind: "kpi", length: 5}. A parenthesised
 * remark may stand between the label and its colon: 考核指标（项目根据研究方向选择其中 1 套考核指标）：
 */
export function readLabel(text: string): { kind: SectionKind; label: string; length: number } | null {
  const m = LABEL_RE.exec(text);
  if (!m) return null;
  return { kind: KIND_OF.get(m[1])!, label: m[1], length: m[0].length };
}

/** Labels whose presence under a heading shows that the heading is a direction one applies to. */
export function isDirectionEvidence(kind: SectionKind): boolean {
  return kind !== "area-goal" && kind !== "mode";
}

/** Labels that open a section in the middle of a paragraph (…项目完成时，主要技术指标：…), with their offsets. */
export function findInnerLabels(text: string): { kind: SectionKind; label: string; start: number; contentStart: number }[] {
  const out: { kind: SectionKind; label: string; start: number; contentStart: number }[] = [];
  if (text.length < 6) return out;
  for (const m of text.matchAll(INNER_LABEL_RE)) {
    const kind = KIND_OF.get(m[1])!;
    out.push({ kind, label: m[1], start: m.index + m[0].indexOf(m[1]), contentStart: m.index + m[0].length });
  }
  return out;
}
