/**
 * Who pays for a project (经费来源): the government side (财政 / 国拨 …), the applicant's side (自筹 / 配套 …), and
 * the whole budget (总预算 …). Notices state shares and ratios between them; drafts fill budgets with them.
 */

/** Government funds (财政资金): 省财政资助经费不超过…, 申请国拨经费500万元, 中央财政经费. */
export const GOVERNMENT_FUNDS = [
  "财政", "財政", // 省财政资助, 市财政资金
  "国拨", "國撥", // 国拨经费 (national programmes)
  "中央", // 中央财政经费
  "省拨", "市拨", "区拨", // 省拨经费
  "资助", "資助", // 资助经费 (what the call gives)
  "补助", "補助", // 补助资金
  "专项经费", "专项资金", // 专项经费 of a 专项
  "拨款", // 财政拨款
] as const;

/**
 * Government funds in a draft's budget, where the applicant asks for them: 申请经费, 申请金额; in a 揭榜挂帅 draft the
 * money of the 榜单 (申请榜单资金645万元, 揭榜资金), which the notice caps as its 榜单金额.
 */
export const REQUESTED_FUNDS = ["申请经费", "申请资金", "申请金额", "省级", "榜单资金", "榜单金额", "榜单经费", "揭榜资金", "揭榜经费"] as const;

/**
 * What names a per-project government amount in a notice (the cap): 榜单金额：…, 资助经费不超过…, 国拨经费…,
 * besides the government funds above and the funding labels of notices (lexicon/labels.ts).
 */
export const CAP_SUBJECTS = ["支持资金", "财政经费", "财政资金", "财政支持", "财政补助", "补贴", "资金额度", "申请经费", "申请金额"] as const;

/** The applicant's own funds (自筹 / 配套): 自筹经费与财政资助经费比例不低于2:1, 其他经费（包括地方财政…）. */
export const SELF_FUNDS = [
  "自筹", "自籌", // 自筹经费
  "配套", // 配套经费
  "匹配", // 匹配资金
  "单位出资", "企业出资", // 单位出资 in 其他经费
  "其他经费", "其它经费", "其他资金", "其它资金", "其他来源", // 其他来源经费 (national guides)
  "社会资金", "银行贷款", // listed under 自筹 in drafts
] as const;

/** The whole budget a share is taken of: 不超过项目总预算的50%. */
export const BUDGET_TOTALS = [
  "总预算", "总投入", "总经费", "总投资", "總投資", "总额", "总成本",
  "研发投入", "研发经费", "研发总投入", // 不超过研发投入的30%
] as const;

/** What a draft's budget calls its total (经费预算：合计 1500万元, 总经费). */
export const DRAFT_BUDGET_TOTALS = [
  ...BUDGET_TOTALS, "经费总额", "预算总额", "资金总额", "项目总额", "合计", "总计", "共计", "经费预算", "项目经费",
] as const;
