/**
 * Field labels: the words that open a section of a direction in a notice (研究内容：, 考核指标：, 榜单金额：)
 * and the fields of a proposal draft that name its direction (指南方向：1.1, 揭榜任务：…).
 */

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

/** Section labels of notices by what they open; longer labels win (预期成果及考核指标 before 考核指标). */
export const NOTICE_LABELS: readonly [SectionKind, readonly string[]][] = [
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

/** Draft fields that name the direction applied for, possibly with its title: 指南方向：1.1 新型光伏电池. */
export const DIRECTION_REFERENCE_LABELS = [
  "申报指南方向", "申报的指南方向", "所属指南方向", "对应指南方向", "指南方向编号", "指南方向代码", "指南方向",
  "拟申报方向编号", "拟申报方向", "申报方向编号", "申报方向", "所属方向", "方向编号", "指南编号",
  "揭榜方向", "揭榜榜单方向", "揭榜榜单", "揭榜项目", "揭榜任务", "榜单编号", "申报榜单", "所属榜单", "榜单",
  "申报专题", "所属专题",
] as const;

/** Draft fields that carry only the direction's title. */
export const DIRECTION_TITLE_LABELS = ["指南方向名称", "申报方向名称", "方向名称", "榜单名称", "所属专题名称"] as const;
