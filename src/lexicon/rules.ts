/**
 * How notices phrase their rules (申报要求): what they forbid, require and limit, the bounds they set, the
 * regions they name and the state of a project (在研 …) they bar. Constraint readers are built from these.
 */

/** A prohibition: 不得申报, 不能作为负责人, 不具备负责人申报资格. */
export const PROHIBITIONS = ["不得", "不能", "不可", "不予", "不允许", "不再", "严禁", "禁止", "不受理", "不具备"] as const;

/** A requirement: 须为在职人员, 应当是注册在本市的法人. */
export const REQUIREMENTS = ["须", "必须", "应", "应当", "需", "要"] as const;

/** An upper bound of a rule: 不超过项目总预算的50%, 原则上不超过2年. */
export const AT_MOST = [
  "不超过", "不超過", "不得超过", "不高于", "不高於", "不得高于", "不大于", "原则上不超过", "最高不超过", "控制在", "不应超过", "不多于", "不得多于",
  "不能超过", "最高为", "上限为", "最多", "至多", "限",
] as const;

/** A lower bound of a rule: 不低于3%, 至少1家. */
export const AT_LEAST = ["不低于", "不低於", "不少于", "不得少于", "不得低于", "原则上不低于", "应不低于", "达到", "应达到", "至少", "≥", ">="] as const;

/** Limiting how many one may apply for: 限申报1项, 只能牵头申报1个. */
export const APPLICATION_LIMITS = [
  "只能申报", "只能牵头申报", "仅能申报", "限报", "限申报", "限揭", "最多申报", "只能", "仅能", "限", "最多", "只可", "仅可", "仅限",
] as const;

/** The state of a PI's current project that bars a new application: 在研, 尚未结题, 未验收. */
export const ACTIVE_PROJECT_STATES = [
  "在研", "尚未结题", "未结题", "尚未验收", "未验收", "尚未通过验收", "未通过验收", "尚未完成", "未完成验收", "正在承担", "正在主持",
] as const;

/** Regions an applicant must be registered in, written without a place name: 本市, 省内, 中华人民共和国境内. */
export const REGION_WORDS = [
  "本市", "本省", "本区", "本县", "我市", "我省", "省内", "市内", "区内", "县内",
  "中华人民共和国", "中国大陆", "中国境内", "国内", "境内",
] as const;

/** What follows a region to mean "inside it": 境内, 行政区域内, 辖区内. */
export const REGION_INSIDE = ["境内", "行政区域内", "行政区划内", "辖区内", "范围内", "内"] as const;

/**
 * Words around a 组织方式 stated once for the whole list (项目实行“揭榜挂帅”组织方式, 采取…方式组织, 组织形式均为…,
 * 按竞争择优遴选承担单位).
 */
export const LIST_MODE_CUES = ["组织方式", "组织形式", "方式组织", "实行", "采取", "采用", "遴选", "面向社会公开征集"] as const;
