import { describe, expect, it } from "vitest";
import { readConstraints } from "../../src/extract/constraint.js";

type Row = [text: string, expected: [kind: string, value: unknown][]];

const kinds = (text: string) => readConstraints(text).map((c) => [c.kind, c.value]);

describe("readConstraints: one sentence, its kinds and values", () => {
  it.each<Row>([
    // seed 002, 一、5．
    [
      "原则上通过无偿资助和贷款贴息方式安排的省财政资助经费不超过项目总预算的50%，其中：企业牵头申报的项目省财政资助经费不超过项目总预算的30%，每个项目省财政资助经费不超过2000万元，不得以政府资助资金作为自筹资金来源。",
      [["gov_share_max", 0.5], ["gov_share_max_enterprise_led", 0.3], ["funding_cap", 2e7]],
    ],
    ["每个指南方向原则上支持1-2项重大攻关项目，项目实施周期一般为3-5年。", [["duration_max_years", 5]]],
    ["申报单位关联企业不得同时申报联合攻关方向。", [["no_duplicate_submission", true]]],
    // seed 002, 二、申报要求
    ["属于指南支持重点领域和方向。须具有自主知识产权，技术含量高、创新性强。", [["ip_required", true]]],
    ["项目应具有较好的研发基础，项目申报单位近年内须有有效授权专利等自主知识产权，项目负责人及团队作风学风良好。", [["ip_required", true]]],
    [
      "申报单位应为江苏省境内注册的具有独立法人资格的高等院校、科研院所、新型研发机构、企业等。",
      [["applicant_region", "江苏省境内注册"], ["applicant_legal_person", true]],
    ],
    ["高等院校、科研院所或省产研院专业研究所牵头申报项目必须有企业联合，且企业实质性参与项目研发工作。", [["enterprise_partner_required", true]]],
    ["其他要求：项目由企业牵头申报。", [["lead_enterprise_required", true]]],
    ["本方向须由企业牵头，联合高校院所共同实施。", [["lead_enterprise_required", true]]],
    ["牵头单位须为科技型企业。", [["lead_enterprise_required", true]]],
    ["鼓励由企业牵头申报。", []],
    ["鼓励长三角地区产学研用协同攻关。", []],
    // unseen u21 wordings (a notice organised by 任务: 企业牵头承担的任务…, 研究开发费用, 吸纳…企业参与, 参与任务的
    // 单位…合计, 同一单位作为牵头单位申报的任务, 正在主持…的，不得作为负责人申报, 授权发明专利), here in other words
    ["由企业牵头承担的课题，市财政经费占课题总经费的比例不超过40%。", [["gov_share_max_enterprise_led", 0.4]]],
    ["企业上年度研究开发费用占主营业务收入比例不低于3%。", [["rd_intensity_min", 0.03]]],
    ["高校牵头的，应吸收至少1家企业参与。", [["enterprise_partner_required", true]]],
    ["参加项目的单位总计不超过6家。", [["participants_max", 6]]],
    ["每家单位作为牵头单位申报的课题不超过3项。", [["applications_per_unit_max", 3]]],
    ["目前承担省级科技计划项目尚未结题的，不得担任项目负责人。", [["pi_active_project_limit", 1]]],
    // unseen u37–u42 wordings (三成; 项目负责人应在申报单位在职在岗 / 应与牵头单位存在正式聘用关系; 已有2项…在研项目（本人任
    // 负责人）的，本年度不再受理; …的人员，本年度不得担任 / 不具备负责人申报资格; 已…立项的研究内容，不予再次受理; 最长以3年为限;
    // …，并拥有…知识产权; 出生于…（含）之后; 合作单位中应当包括至少1家企业), here in other words
    ["由企业牵头的课题，区财政补助不得超过课题总投入的四成。", [["gov_share_max_enterprise_led", 0.4]]],
    ["课题负责人须在牵头单位在编在岗。", [["pi_employment", true]]],
    ["项目负责人应当与申报单位建立劳动关系并全职工作。", [["pi_employment", true]]],
    ["本人已有3项市级科技计划在研项目并任负责人的，不再受理其申请。", [["pi_active_project_limit", 3]]],
    ["当前主持区级科技项目尚未验收的科研人员，今年不具备项目负责人资格。", [["pi_active_project_limit", 1]]],
    ["已获市级财政科技资金立项的同一成果，不予再次申请。", [["no_duplicate_submission", true]]],
    ["项目周期一般为2年，最长以30个月为限。", [["duration_max_years", 2.5]]],
    ["企业申报的，须设立研发机构，且拥有与项目相关的授权发明专利。", [["ip_required", true]]],
    ["企业拥有与项目相关的发明专利。", []],
    ["项目负责人须在1970年7月1日（含）之后出生。", [["pi_age_max", null]]],
    ["项目负责人出生于1970年7月1日（含）之后。", [["pi_age_max", null]]],
    ["高校牵头的，参与单位中须包含至少1家本地企业。", [["enterprise_partner_required", true]]],
    // unseen u43–u45 wordings (应系…正式职工; 正在主持2项及以上…的人员，不得…; 已经获得…资助的，本次不再受理; 每人限作为负责人
    // 申报1项; 合作单位（牵头单位除外）至多4家; 严禁一题多报), here in other words
    ["申报项目负责人的，须系本单位在岗人员。", [["pi_employment", true]]],
    ["目前主持3项及以上市级在研项目的科研人员，不得担任本批项目负责人。", [["pi_active_project_limit", 3]]],
    ["已获中央财政资金支持的同类课题，今年不再受理。", [["no_duplicate_submission", true]]],
    ["每人每年限作为项目负责人申请1项。", [["pi_one_application_per_year", 1]]],
    ["参与单位（不含牵头单位）至多3家。", [["participants_max", 3]]],
    ["严禁一项多报、重复申报。", [["no_duplicate_submission", true]]],
    // unseen u28: the person named after the state (正在主持…尚未结题的人员，不得作为负责人申报); these in other words
    ["目前仍在主持省级科技项目且未通过验收者，不得作为项目负责人申报。", [["pi_active_project_limit", 1]]],
    ["承担市级科技项目尚未结题的科研人员，不得担任本批项目负责人。", [["pi_active_project_limit", 1]]],
    // unseen u32, u33 wordings (负责人限于…在编职工, 每家单位本专项限牵头申报2项, …未结题的，不得再作为负责人, 执行期原则上以3年为限),
    // here in other words
    ["课题负责人限于本单位在编在岗的科研人员。", [["pi_employment", true]]],
    ["各单位本批次限牵头申报3项。", [["applications_per_unit_max", 3]]],
    ["承担市级项目尚未验收的人员，不得再担任项目负责人。", [["pi_active_project_limit", 1]]],
    ["项目实施期一般以2年为限。", [["duration_max_years", 2]]],
    // unseen u36 wordings (在研项目已达2项的，不得申报; 须提供医学伦理委员会审查批件; 占比最高为30%), here in other words
    ["负责人主持的在研省级项目已达3项的，不得牵头申报。", [["pi_active_project_limit", 3]]],
    ["开展动物实验的，须出具实验动物伦理委员会审查意见。", [["ethics_compliance", true]]],
    ["企业牵头的项目，财政资助占项目总投入的比例上限为40%。", [["gov_share_max_enterprise_led", 0.4]]],
    // unseen u34 wordings (注册时间在1年以上, 应当有至少1家企业作为合作单位共同参与, 签订正式聘用合同, 正在主持2项及以上未结题…项目的，
    // 不得申报), here in other words
    ["申报企业成立时间在2年以上。", [["applicant_established_min_years", 2]]],
    ["高校牵头申报的，须有1家以上企业作为参与单位共同实施。", [["enterprise_partner_required", true]]],
    ["项目负责人应与申报单位签订聘任合同。", [["pi_employment", true]]],
    ["负责人目前承担3项及以上尚未验收的市级项目的，不予受理。", [["pi_active_project_limit", 3]]],
    // unseen u29 wordings (青年科技人员占比不低于30%, 已获…立项的，不得再行申报), here in other words
    ["课题组中青年骨干的比重应达到50%。", [["youth_pi_ratio_min", 0.5]]],
    ["相同内容已获市级财政支持的，不得再行申请。", [["no_duplicate_submission", true]]],
    ["申报单位须持有与课题相关的授权发明专利2件以上。", [["ip_required", true]]],
    // unseen u13, u19, u20, u8 wordings (参与单位总数（含牵头单位）, 联合申报的单位数量（…）不得超过, 在岗职工, 应至少联合1家
    // …企业, 在研项目两项及以上的人员), here in other words
    ["共同申报的单位数量（含牵头单位）原则上不超过3家。", [["participants_max", 3]]],
    ["项目合作单位总数（不含牵头单位）不超过4家。", [["participants_max", 4]]],
    ["项目负责人须是申请单位的在岗正式员工。", [["pi_employment", true]]],
    ["医疗机构牵头的，须至少与1家企业合作实施。", [["enterprise_partner_required", true]]],
    ["目前在研市级项目二项及以上的人员，不得牵头申报。", [["pi_active_project_limit", 2]]],
    // unseen u22 wordings (以500万元为上限, 比重不得高于25%, 一般按3年设置, 吸收…企业（至少1家）共同承担, 负责人为…在岗
    // 工作的人员, 仅可牵头申报1个, 以3项为限, 合计不得多于5家, 不得再次申报), here in other words
    ["市财政对每个项目的支持以200万元为限。", [["funding_cap", 2e6]]],
    ["企业牵头的项目，市财政资金占项目总投入的比例不得高于40%。", [["gov_share_max_enterprise_led", 0.4]]],
    ["项目实施期一般按2年安排。", [["duration_max_years", 2]]],
    ["高校牵头的须联合本市企业（不少于1家）共同实施。", [["enterprise_partner_required", true]]],
    ["课题负责人为申报单位在编在岗人员。", [["pi_employment", true]]],
    ["每位负责人当年仅可申报1项。", [["pi_one_application_per_year", 1]]],
    ["每家企业申报数量以2项为限。", [["applications_per_unit_max", 2]]],
    ["参与单位（含牵头单位）合计不得多于4家。", [["participants_max", 4]]],
    ["已获国家科技计划支持的同类项目，不得再次申请。", [["no_duplicate_submission", true]]],
    // unseen u23–u27 wordings (不得少于…的2倍, 总期限不得超过, 最长可至三年, 连同牵头单位…不超过, 含牵头单位在内不超过N家单位,
    // 本次不得再报, 签订一年以上劳动合同, 至多揭1个榜单, 单个项目不超过X万元), here in other words
    ["自筹经费不得少于省财政资金的1.5倍。", [["matching_ratio_min", 1.5]]],
    ["项目总期限原则上不得超过2年。", [["duration_max_years", 2]]],
    ["实施周期一般为一年，最长可至两年。", [["duration_max_years", 2]]],
    ["合作单位连同申报单位原则上不超过5家。", [["participants_max", 5]]],
    ["联合申报的，包括牵头单位在内不超过3家单位。", [["participants_max", 3]]],
    ["同一成果已获市级资助的，本年度不得再申报。", [["no_duplicate_submission", true]]],
    ["相同内容已获其他财政资金支持的，不得再报。", [["no_duplicate_submission", true]]],
    ["项目负责人须与申报单位签订三年以上劳动合同。", [["pi_employment", true]]],
    ["每家企业至多申报2项。", [["applications_per_unit_max", 2]]],
    ["单项资助最高不超过150万元。", [["funding_cap", 1.5e6]]],
    // unseen u8–u11 wordings, here in other words: R&D by its statistical name, 揭榜 as the verb of applying,
    // 同一人, units named by a word before 单位, an enterprise leading as the 揭榜 unit
    ["企业上年度研究与试验发展经费支出占主营业务收入的比重不低于百分之五。", [["rd_intensity_min", 0.05]]],
    ["每个揭榜团队负责人限揭1项榜单。", [["pi_one_application_per_year", 1]]],
    ["同一人本年度限牵头申报1项。", [["pi_one_application_per_year", 1]]],
    ["每个推荐单位申报项目不超过4项。", [["applications_per_unit_max", 4]]],
    ["企业作为揭榜单位的，市财政资金不超过项目总投入的40%。", [["gov_share_max_enterprise_led", 0.4]]],
    [
      "5．项目负责人须为申报单位的在职人员（与申报单位签订劳动合同），并确保在职期间能完成项目任务。鼓励和支持40岁以下（1984年1月1日及以后出生）青年人才牵头或参与申报本计划项目，各主管部门推荐项目中由青年人才担任项目负责人和项目骨干的比例不低于40%。有在研省科技计划项目的项目负责人，不得牵头申报本年度项目（定向委托项目除外）。同一年度同一项目负责人只能申报一项省科技计划项目（定向委托项目除外）。",
      [["pi_employment", true], ["youth_pi_ratio_min", 0.4], ["pi_active_project_limit", 1], ["pi_one_application_per_year", 1]],
    ],
    [
      "6．同一单位以及关联单位不得将内容相同或相近的研发项目重复申报省科技计划项目，也不得同时申报省科技厅、省发展改革委、省工业和信息化厅等部门项目。",
      [["no_duplicate_submission", true]],
    ],
    ["涉及人体研究、实验动物、人工智能的项目，应严格遵守科技伦理、实验动物、人类遗传资源管理等有关规定。", [["ethics_compliance", true]]],
    ["7．鼓励项目申报单位采用租赁或共享专用仪器设备。", []],
    // seed 002, 有关说明
    [
      "采取竞争择优方式组织实施，有在研省科技计划项目的企业不得牵头申报（定向委托项目除外）；每项省财政资助经费原则上不超过 1000 万元；项目执行期不超过 3 年。",
      [["other", "有在研省科技计划项目的企业不得牵头申报"], ["funding_cap", 1e7], ["duration_max_years", 3]],
    ],
    // seed 001, 二、领域和方向
    [
      "项目不下设课题，中方参与单位总数不超过10家，实施周期一般不超过3年。鼓励产学研用合作开展研究。申报项目时须有1个（或以上）国（境）外合作单位共同参与申报，国（境）外合作单位总数不设上限。",
      [["participants_max", 10], ["duration_max_years", 3], ["foreign_partner_min", 1]],
    ],
    ["拟支持约 120 个项目，国拨经费概算 3.6 亿元人民币。", []],
    ["须有 2 个以上国家的合作单位参与。", [["foreign_partner_countries_min", 2]]],
    ["配套经费与国拨经费的比例不低于 3:1。", [["matching_ratio_min", 3]]],
    ["项目由企业牵头申报。配套经费与国拨经费的比例不低于2:1。", [["lead_enterprise_required", true], ["matching_ratio_min", 2]]],
    ["配套经费与国拨经费的比例不低于 2.5:1。项目必须有生产型企业参加。", [["matching_ratio_min", 2.5], ["enterprise_partner_required", true]]],
    // seed 003
    ["榜单金额：不超过2000万元", [["funding_cap", 2e7]]],
    ["实施期限：不超过3年", [["duration_max_years", 3]]],
    ["在教育、政务、电子商务等领域开展示范应用，项目执行期内实现销售收入不低于5000万元。", []],
    // other provinces' wording
    ["项目负责人年龄不超过45周岁。", [["pi_age_max", 45]]],
    ["项目负责人应为1984年1月1日及以后出生。", [["pi_age_max", null]]],
    ["申报青年项目的负责人须为40岁以下（1984年1月1日及以后出生）的在职科研人员。", [["pi_employment", true], ["pi_age_max", 40]]],
    ["申报企业须在四川省内注册成立满1年以上。", [["applicant_region", "四川省内注册"], ["applicant_established_min_years", 1]]],
    ["申报企业应在本市注册登记，成立2年以上。", [["applicant_region", "本市注册登记"], ["applicant_established_min_years", 2]]],
    ["每个单位限报1项。", [["applications_per_unit_max", 1]]],
    ["每家企业申报项目数量不超过2项", [["applications_per_unit_max", 2]]],
    ["企业自筹经费不低于总经费的70%。", [["self_funding_share_min", 0.7]]],
    ["企业上年度研发投入占营业收入比例不低于3%。", [["rd_intensity_min", 0.03]]],
    ["省拨经费占项目总经费的比例原则上不超过30%", [["gov_share_max", 0.3]]],
    ["参与单位数量原则上不超过5家", [["participants_max", 5]]],
    ["项目负责人同期主持在研项目不得超过2项", [["pi_active_project_limit", 2]]],
    ["每位项目负责人限报1项", [["pi_one_application_per_year", 1]]],
    ["申报单位须为在本省注册、具有独立法人资格的企事业单位。", [["applicant_region", "本省注册"], ["applicant_legal_person", true]]],
    ["项目须通过所在单位科技伦理审查。", [["ethics_compliance", true]]],
    ["项目须联合至少1家境外合作机构", [["foreign_partner_min", 1]]],
    ["严禁一题多报、多头申报。", [["no_duplicate_submission", true]]],
    ["优先支持省级以上高层次人才团队牵头组织和申报项目。", []],
    ["鼓励和支持40岁以下青年人才牵头申报。", []],
    ["严禁剽窃他人科研成果、侵犯他人知识产权。", []],
    // held-out: applicant words besides 申报单位 (揭榜单位, 申请单位, 承担单位, 牵头单位)
    [
      "1.揭榜单位应为在山东省内注册、具有独立法人资格的企业、高校、科研院所等，发榜单位及其关联企业不得揭榜本单位发布的榜单。",
      [["applicant_region", "山东省内注册"], ["applicant_legal_person", true]],
    ],
    [
      "（一）申请单位应当在深圳市（含深汕特别合作区）依法注册、具有独立法人资格，且注册成立满1年。",
      [["applicant_region", "深圳市（含深汕特别合作区）依法注册"], ["applicant_legal_person", true], ["applicant_established_min_years", 1]],
    ],
    ["牵头单位须在重庆市（不含港澳台）注册登记。", [["applicant_region", "重庆市（不含港澳台）注册登记"]]],
    ["承担单位应为在浙江省境内注册的企业。", [["applicant_region", "浙江省境内注册"]]],
    ["2.揭榜团队负责人一般不超过55周岁，须为揭榜单位在职人员，具有领导或参与重大科技项目的经历。", [["pi_age_max", 55], ["pi_employment", true]]],
    ["（五）项目负责人年龄不超过50周岁（1975年1月1日以后出生），须为申请单位全职在职人员。", [["pi_age_max", 50], ["pi_employment", true]]],
    ["项目负责人具有高级职称，且须为本单位正式职工。", [["pi_employment", true]]],
    ["须为申报单位在职人员。", []],
    // 揭榜 verbs
    ["3.每个单位限揭1个榜单，可联合省内外优势单位共同揭榜，联合揭榜单位总数不超过5家。", [["applications_per_unit_max", 1], ["participants_max", 5]]],
    ["每家企业最多揭榜2项。", [["applications_per_unit_max", 2]]],
    ["联合申报单位不超过3家。", [["participants_max", 3]]],
    // active-project limits, three wordings; the value is the most active projects a PI may hold
    ["在研省重点领域研发计划项目的负责人不得牵头申报。", [["pi_active_project_limit", 1]]],
    [
      "同一项目负责人只能申报一个项目；已作为项目负责人承担市科委科技计划项目在研2项及以上者，不得作为项目负责人申报。",
      [["pi_one_application_per_year", 1], ["pi_active_project_limit", 2]],
    ],
    ["（六）项目负责人不得同时主持2项及以上在研市级科技计划项目。", [["pi_active_project_limit", 2]]],
    ["项目负责人不得同时承担3项以上在研省级项目。", [["pi_active_project_limit", 3]]],
    ["主持在研国家级项目3项及以上的项目负责人，不得申报本专项。", [["pi_active_project_limit", 3]]],
    ["在研项目的承担单位可以继续申报。", []],
    ["在研2项及以上项目的负责人不得牵头申报。", [["pi_active_project_limit", 2]]],
    // enterprise-led: the condition stands in the clause before the share
    ["（四）企业牵头申报的项目，省财政资助经费原则上不超过项目总经费的30%。", [["gov_share_max_enterprise_led", 0.3]]],
    [
      "高校牵头申报的项目，省财政资助经费不超过项目总经费的50%；企业牵头申报的项目，省财政资助经费不超过项目总经费的30%。",
      [["gov_share_max", 0.5], ["gov_share_max_enterprise_led", 0.3]],
    ],
    ["对企业牵头项目的支持力度加大，省财政资助经费不超过项目总经费的40%。", [["gov_share_max", 0.4]]],
    // ethics stated as a condition
    ["5. 申报项目涉及科研伦理与科技安全的，应当按照有关法律法规和规章制度执行。", [["ethics_compliance", true]]],
    ["研究涉及医学伦理的，须提供所在单位伦理委员会批件。", [["ethics_compliance", true]]],
    ["项目涉及人类遗传资源的，须按规定提供审批材料。", []],
    // issue 10 phrasing classes, each in wording of our own (not the notices they were seen in)
    // applicant_region without 注册, or the region after 注册在 / before an organisation noun
    ["申请企业须为本县行政区划内依法设立的企业。", [["applicant_region", "本县"]]],
    ["申报单位应为省内具有独立法人资格的企业。", [["applicant_region", "省内"], ["applicant_legal_person", true]]],
    ["牵头单位应当是登记在本区的科技型中小企业。", [["applicant_region", "本区"]]],
    ["申报单位应为泉州市企事业单位。", [["applicant_region", "泉州市"]]],
    ["申报单位为企业或高等院校。", []],
    // pi_active_project_limit written as a condition
    ["作为负责人主持的区级科技项目尚未通过验收的，不得再次申报。", [["pi_active_project_limit", 1]]],
    ["省级科技计划未结题项目的负责人，不能牵头申请本年度项目。", [["pi_active_project_limit", 1]]],
    ["负责人承担在研课题3项及以上的，不予受理。", [["pi_active_project_limit", 3]]],
    // pi_one_application_per_year variants
    ["项目负责人本年度限申报1个项目。", [["pi_one_application_per_year", 1]]],
    ["每人每年只能牵头申报1项。", [["pi_one_application_per_year", 1]]],
    // applicant_established_min_years as a date cut-off or as years of operation
    ["申报企业成立时间应在2024年12月31日以前。", [["applicant_established_min_years", null]]],
    ["申报企业须正常经营2年以上。", [["applicant_established_min_years", 2]]],
    // shares written in words
    ["区财政资助资金不超过项目总投入的百分之三十五。", [["gov_share_max", 0.35]]],
    ["企业研发投入占营业收入的比例不低于百分之四点五。", [["rd_intensity_min", 0.045]]],
    ["企业牵头的项目，财政补助不超过项目总预算的四分之一。", [["gov_share_max_enterprise_led", 0.25]]],
    // participants and duplicates in other words
    ["联合申报单位（不含牵头单位）不超过4家。", [["participants_max", 4]]],
    ["同一研究内容不得同时申请其他市级科技项目。", [["no_duplicate_submission", true]]],
    // the longest duration after a usual one
    ["项目实施周期一般为1年，最长不超过2年。", [["duration_max_years", 2]]],
    ["项目执行年限不超过2年。", [["duration_max_years", 2]]],
  ])("%s", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe("readConstraints: fragments and offsets", () => {
  it("keeps the clause that states each rule, without list markers and labels", () => {
    const text = "其他要求：须有 2 个以上国家的合作单位参与。";
    const [c] = readConstraints(text);
    expect(c.text).toBe("须有 2 个以上国家的合作单位参与");
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("gives offsets into the whole block", () => {
    const text = "5．项目负责人须为申报单位的在职人员。同一年度同一项目负责人只能申报一项省科技计划项目。";
    for (const c of readConstraints(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("returns other for unclassified requirements only when asked", () => {
    const text = "申报材料中如有涉密内容需做脱密处理后再申报。";
    expect(readConstraints(text)).toEqual([]);
    expect(readConstraints(text, { other: true }).map((c) => c.kind)).toEqual(["other"]);
  });
});

describe("readConstraints: rules that bind only part of the notice", () => {
  it.each([
    ["青年科学家项目的，项目负责人年龄不超过35周岁。", "pi_age_max", "青年科学家项目的"],
    ["事业单位牵头申报的项目，省财政资助经费不超过项目总经费的70%。", "gov_share_max", "事业单位牵头申报的项目"],
    ["对于应用示范类方向，参与单位总数不超过8家。", "participants_max", "对于应用示范类方向"],
    ["项目负责人年龄不超过50周岁。", "pi_age_max", undefined],
  ])("%s", (text, kind, condition) => {
    const c = readConstraints(text).find((x) => x.kind === kind)!;
    expect(c.condition).toBe(condition);
  });
});
