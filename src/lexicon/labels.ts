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

// Who issues a 榜单: a name, stated on its line.
const ISSUER_LABELS = ["发榜单位", "需求单位", "发榜企业"];

/** Section labels of notices by what they open; longer labels win (预期成果及考核指标 before 考核指标). */
export const NOTICE_LABELS: readonly [SectionKind, readonly string[]][] = [
  ["area-goal", ["本专项目标", "专项目标", "领域目标", "本领域目标", "专题目标"]],
  ["kpi", ["预期成果及考核指标", "主要考核指标", "考核指标", "主要技术指标", "技术指标", "主要指标", "绩效指标", "考核目标", "验收指标", "预期指标"]],
  ["content", ["主要研究内容", "研究内容", "研发内容", "建设内容", "主要内容", "任务内容", "攻关内容", "研究任务"]],
  ["goal", ["需求目标", "研究目标", "建设目标", "任务目标", "目标任务", "预期目标", "项目目标", "攻关目标", "需求描述", "任务描述", "技术需求", "榜单任务", "预期成果"]],
  ["keywords", ["关键词", "关键字", "關鍵詞", "關鍵字"]],
  ["notes", ["其他要求", "其它要求", "有关说明", "相关说明", "备注", "申报说明", "申报要求", "申报条件", "其他说明", "揭榜要求", ...ISSUER_LABELS]],
  ["projects", ["拟支持项目数", "支持项目数", "拟支持项目", "拟立项数"]],
  ["funding", ["榜单金额", "支持经费", "资助经费", "拟支持经费", "资助强度", "支持强度", "支持额度", "资助额度", "经费额度", "支持金额", "资助金额", "经费支持", "财政资助", "财政支持", "财政补助", "资助上限"]],
  // what runs (实施, 执行, 揭榜, 攻关 …) and how it is measured (期限, 周期, 年限): 揭榜期限, 攻关周期, 研发年限
  // (执行期（年） | 2: a column headed by the period alone)
  ["duration", ["项目执行期", ...["实施", "执行", "研究", "项目", "资助", "揭榜", "攻关", "研发", "建设"].flatMap((w) => [`${w}期限`, `${w}周期`, `${w}年限`, `${w}期`])]],
  ["mode", ["组织方式", "支持方式"]],
];

/**
 * Draft fields that name the direction applied for, possibly with its title (指南方向：1.1 新型光伏电池), composed
 * of who refers (申报, 所属, 揭榜 …), what is referred to (方向, 榜单, 专题, 任务, 指南) and what of it is written
 * (编号, 代码, 编号及名称): 拟申报榜单编号, 攻关任务 and 指南编号及名称 are read without being listed one by one.
 * A noun that alone would be something else needs a referrer (方向 alone is also a PI's 研究方向, 任务 a work
 * package) or what of it is written (方向编号); 指南 needs 编号 or 代码 (申报指南 names the notice); 领域 and 专题
 * name the area a direction is in.
 */
const DIRECTION_REFERRERS = "(?:申报的?|拟申报|所属|对应|揭榜|重点攻关|攻关)";
const DIRECTION_ID_SUFFIX = "(?:编号|代码|序号)(?:[及与和]名称)?|名称及编号";
export const DIRECTION_REFERENCE = [
  `${DIRECTION_REFERRERS}?(?:指南方向|榜单方向|榜单)(?:${DIRECTION_ID_SUFFIX})?`,
  `${DIRECTION_REFERRERS}(?:方向|专题|任务)(?:${DIRECTION_ID_SUFFIX})?`,
  `(?:方向|专题|任务|指南)(?:${DIRECTION_ID_SUFFIX})`,
  `${DIRECTION_REFERRERS}领域`,
  "揭榜项目",
  // the area and the direction in one field: 申报领域及方向：四、战略新材料专项 —— 4003 …
  "(?:申报|所属)?(?:领域|专项)[及与]方向",
].map((part) => `(?:${part})`).join("|");

/** Direction fields that may name the area (专题, 领域) a direction belongs to rather than the direction itself. */
export const AREA_REFERENCE = /(?:专题|领域)(?:编号|代码|序号)?$/;

/** Draft fields that carry only the direction's title. */
export const DIRECTION_TITLE_LABELS = ["指南方向名称", "申报方向名称", "方向名称", "榜单名称", "所属专题名称"] as const;

/** Words of NOTICE_LABELS of one kind. */
export function labelsOf(kind: SectionKind): readonly string[] {
  return NOTICE_LABELS.find(([k]) => k === kind)?.[1] ?? [];
}

/**
 * Labels of a single fact (发榜单位：X, 榜单金额：600万元, 实施期限：3年): given on the label's line, the fact is
 * whole there, and the lines after it are not more of it.
 */
export const ONE_LINE_LABELS: ReadonlySet<string> = new Set([
  ...ISSUER_LABELS,
  ...(["funding", "duration", "projects", "mode"] as const).flatMap((k) => labelsOf(k)),
]);

/** What names a project's duration in a sentence (实施期限不超过3年, 攻关期原则上不超过2年): the labels and more. */
export const DURATION_SUBJECTS = [
  ...labelsOf("duration"),
  "实施期", "执行期", "研究周期", "项目周期", "项目期限", "建设期", "建设周期", "资助期限", "资助期", "攻关期", "攻关周期",
  "研发周期", "研发期", "项目实施期", "总期限", // 总期限不得超过3年
] as const;

/**
 * A notice that introduces each direction by its fields rather than a numbered heading (榜单编号：A-01 ⏎
 * 榜单名称：… ⏎ 需求描述：…): what the fields are about, and the fields that give its name and its code.
 */
export const DIRECTION_KEY_FIELDS = {
  subjects: ["榜单", "方向", "项目", "需求", "任务", "课题", "专题"],
  name: ["名称"],
  code: ["编号", "代码", "代号"],
} as const;

/** Labels that close a 关键词 list or a rule sentence when they follow on the same line. */
export const NOTES_LABELS = labelsOf("notes");

/**
 * Labels that are also the titles of a notice's chapters (三、申报要求, 二、申报条件): inside a direction they open
 * its notes only with a colon after them (申报要求：参与单位不超过5家); a title alone is the chapter.
 */
export const COLON_ONLY_LABELS: readonly string[] = ["申报要求", "申报条件", "其他说明"];

/**
 * The fields of a proposal draft (申报书) by what they hold; a field's label ends the field before it (a KPI
 * list ends at 经费预算：, a PI's line at 参与单位：).
 */
export const DRAFT_FIELDS = {
  title: ["申报项目名称", "项目名称", "课题名称", "项目题目", "项目中文名称"],
  kpi: [
    "考核指标", "技术指标", "经济指标", "绩效指标", "主要指标", "预期指标", "指标要求", "预期目标", "项目目标", "考核目标",
    "成果指标", "目标与指标", "性能指标", "主要目标",
  ],
  content: ["研究内容", "主要研究内容", "技术路线", "进度安排", "年度计划", "风险分析", "组织实施"],
  period: ["执行期限", "实施期限"],
  budget: ["经费预算", "经费", "预算"],
  units: ["参与单位", "合作单位", "承担单位", "牵头单位"],
  // 申请人 is the PI in NSFC-style forms; 揭榜团队负责人 in 揭榜挂帅 ones
  pi: ["项目负责人", "项目主持人", "课题负责人", "首席科学家", "负责人姓名", "揭榜团队负责人", "团队负责人", "申请人", "负责人"],
} as const;

/** The words of every draft field except those of `except`. */
export function draftFieldsExcept(...except: (keyof typeof DRAFT_FIELDS)[]): string[] {
  return Object.entries(DRAFT_FIELDS).flatMap(([k, words]) => (except.includes(k as keyof typeof DRAFT_FIELDS) ? [] : [...words]));
}

/** Header cells of a KPI table's category column (类别 | 指标名称 | …): what the metric is of. */
/**
 * Words that open a sentence about the state of the art, not the project's own target (目前国际报道的…约250 GHz,
 * 现有…误差普遍在3米以上, 注：…为背景数据): its figures are no commitment unless it names the project (本项目…).
 */
export const BACKGROUND_CUES = ["注：", "注:", "目前", "现有", "当前", "现阶段", "国内外", "国际上", "国外", "国内现有", "现状", "背景"] as const;

/** Words that make a sentence of a notice's 需求描述 / 需求目标 a statement of how things stand, not a target (已超过800万千瓦). */
export const STATE_CUES = ["已超过", "已达", "已占", "已成为", "已经", "目前", "现有", "当前", "现阶段", "现状", "普遍", "尚未", "尚无", "仍然"] as const;

export const KPI_CATEGORY_HEADERS = ["类别", "类型", "分类", "指标类别", "指标类型", "对象", "部件", "子系统", "层级", "一级指标"] as const;

/** Header cells of a KPI table's metric column (指标名称 | 指南要求 | 本项目指标). */
export const KPI_METRIC_HEADERS = ["指标名称", "指标项", "指标内容", "指标", "参数名称", "参数", "考核内容", "名称", "考核指标", "技术指标", "主要指标", "性能指标"] as const;

/** Header cells of a table whose rows are directions: the row number and the direction's name. */
export const DIRECTION_TABLE_HEADERS = {
  number: ["序号", "编号", "榜单编号", "项目编号", "方向编号", "No.", "No"],
  name: ["项目名称", "方向名称", "榜单名称", "需求名称", "任务名称", "课题名称", "指南方向", "攻关方向", "研究方向", "技术需求名称", "名称", "项目"],
  // a column before the name that groups the rows (领域 | 序号 | 方向名称 …), its cell merged down over its rows
  area: ["领域", "所属领域", "技术领域", "产业领域", "专题", "专项", "类别", "方向类别"],
} as const;

/**
 * Administrative parts of a notice (申报条件, 申报程序, 有关要求, 联系方式 …): they state rules and steps, never
 * directions; recognised by what their titles end in or start with (项目申报条件, 申报单位条件, 其他事项).
 */
export const ADMIN_SECTIONS = {
  endings: [
    "要求", "条件", "程序", "流程", "须知", "事项", "材料", "时间", "时间安排", "日程", "办法", "措施", "纪律", "联系方式", "联系人",
    "咨询方式", "受理方式", "申报方式", "提交方式", "报送方式", "方式与时间", "方式和时间", "资格", "说明", "附则", "承诺", "公示",
    "依据", "原则", "强度", "方式",
  ],
  starts: [
    "申报", "申请", "推荐", "评审", "组织实施", "组织管理", "经费", "资金", "资助方式", ...labelsOf("mode"), "联系", "附件", "其他", "其它",
    "有关", "注意", "工作要求", "保障",
  ],
} as const;
