/** Who takes part in a project: the applicant, its PI, its partners, and the kinds of organisation they are. */

/** The applying organisation (申报单位) under its names in notices: 揭榜单位 in 揭榜挂帅 lists, 申请单位 in city rules. */
export const APPLICANTS = [
  "申报单位", "申請單位", "承担单位", "牵头单位", "申请单位", "揭榜单位", "揭榜方", "项目单位",
  "申报主体", "申报企业", "申请企业", "揭榜企业", "项目申报单位", "牵头申报单位",
] as const;

/** The project's principal investigator (项目负责人). */
export const PRINCIPAL_INVESTIGATORS = [
  "项目负责人", "項目負責人", "负责人", "負責人", "课题负责人", "项目（课题）负责人", "揭榜团队负责人",
  "申请人", // 国家自然科学基金: the person who applies is the PI (申请人同年只能申请1项)
] as const;

/** Partner units counted against participants_max: 参与单位总数不超过5家 (not the foreign ones). */
export const PARTNER_UNITS = [
  "参与单位", "参加单位", "合作单位", "承担单位", "联合单位", "联合攻关单位", "参研单位", "课题承担单位",
  "联合揭榜单位", "共同揭榜单位", "联合申报单位", "联合申请单位", "成员单位", // 联合体成员单位不超过3家
] as const;

/** A country written for a unit that means China itself (a domestic unit). */
export const DOMESTIC_MARKERS = ["中国", "中华人民共和国", "中国大陆", "China", "CN", "PRC", "P.R. China", "P.R.China", "国内", "境内"] as const;

/** What makes a partner foreign (国（境）外合作单位). */
export const FOREIGN_MARKERS = ["国（境）外", "国(境)外", "境外", "国外", "海外", "外方", "外国"] as const;

/** Kinds of organisation (单位性质) by the words of their names; the word written last decides (XX大学附属医院 → hospital). */
export const ORGANISATION_TYPES = [
  ["enterprise", ["有限责任公司", "股份有限公司", "有限公司", "股份公司", "公司", "集团", "企业", "厂", "Inc.", "Inc", "Ltd.", "Ltd", "GmbH", "Corp.", "Corp", "Co."]],
  ["university", ["大学", "学院", "高校", "学校", "University", "College"]],
  ["institute", ["研究所", "研究院", "科学院", "院所", "科研院所", "研究中心", "实验室", "Institute", "Laboratory", "Academy"]],
  ["hospital", ["医院", "医疗机构", "卫生院", "Hospital"]],
] as const;

/** A draft's label of its lead unit (牵头单位). */
export const LEAD_UNIT_LABELS = [
  "揭榜单位", "揭榜挂帅单位", "项目牵头单位", "牵头申报单位", "牵头单位", "第一承担单位", "项目承担单位", "承担单位", "项目申报单位",
  "申报单位", "依托单位",
] as const;

/** A draft's label of its other units (参与单位), besides PARTNER_UNITS: 协作单位, 合作伙伴 … */
export const PARTICIPANT_UNIT_LABELS = [
  ...PARTNER_UNITS.filter((w) => !(LEAD_UNIT_LABELS as readonly string[]).includes(w)), "共同申报单位", "协作单位", "合作伙伴", "合作方", "合作机构",
] as const;
