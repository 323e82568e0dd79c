import { describe, expect, it } from "vitest";
import { readDraft } from "../src/draft/index.js";
import { parseDirectionValue } from "../src/draft/direction.js";
import { parsePeriod } from "../src/draft/period.js";
import { readDate } from "../src/draft/pi.js";
import { parseUnit, unitType } from "../src/draft/parties.js";
import { budgetKind } from "../src/draft/budget.js";
import { readCell } from "../src/draft/kpis.js";

/** Read a draft written inline (UTF-8 TXT unless the path says otherwise). */
function draft(text: string, path = "draft.txt") {
  return readDraft(new TextEncoder().encode(text), { path });
}

/** A draft as teams write 申报书, with the facts on known lines. */
const BASIC = `XX省重点研发计划项目申报书

一、项目基本信息
项目名称：高效钙钛矿/晶硅叠层太阳电池关键技术研究
申报方向：1.1 高效晶硅太阳电池
承担单位：江苏光能科技有限公司
参与单位：
1. 南京大学（高校）
2. 中国科学院电工研究所
3. 德国弗劳恩霍夫太阳能系统研究所（德国，科研院所）
中方参与单位共3家（含牵头单位）。
项目负责人：张三，男，1982年5月出生，研究员，系牵头单位在职人员。
执行期限：2025年1月至2027年12月
经费预算：申请国拨经费500万元，自筹经费1500万元，总经费2000万元。

二、考核指标
1. 光电转换效率≥21%；
2. 组件功率衰减率：首年不高于1%；
3. 新增销售收入：0.9亿元；
4. 系统响应时间不超过1500ms；
5. 定位精度≤±1.5%；
6. 申请发明专利10项以上。
7. 运行效率95%以上；图像角分辨率48″。

三、研究内容
（一）高效叠层电池结构设计，效率提升至25%的机理研究
`;

describe("parseDirectionValue", () => {
  it.each([
    ["1.1", "1.1", null],
    ["1.1 高效晶硅太阳电池", "1.1", "高效晶硅太阳电池"],
    ["3001", "3001", null],
    ["3001 垂直领域大模型关键技术研发", "3001", "垂直领域大模型关键技术研发"],
    ["（三）", "3", null],
    ["(三) 智能传感器", "3", "智能传感器"],
    ["2", "2", null],
    ["方向三", "3", null],
    ["第2项", "2", null],
    ["5 3C行业用智能工业机器人研发及应用", "5", "3C行业用智能工业机器人研发及应用"],
    ["1001 GaN高压功率集成材料及器件研发", "1001", "GaN高压功率集成材料及器件研发"],
    ["“新型储能电池关键材料”", null, "新型储能电池关键材料"],
    ["新型光伏电池（方向1.2）", "1.2", "新型光伏电池"],
    ["5G通信关键器件", null, "5G通信关键器件"],
    // words saying which kind of direction before the id (check-own7 06: 重点攻关方向 4. …)
    ["重点攻关方向 4. 生物医药与高端医疗器械", "4", "生物医药与高端医疗器械"],
    ["揭榜挂帅榜单3 高温合金单晶叶片", "3", "高温合金单晶叶片"],
    ["省重大专项方向2.4 固态电池", "2.4", "固态电池"],
    // a code with letters, as a list of directions introduced by their fields writes it (榜单编号：A-01)
    ["A-02 动力电池极片高速激光模切装备", "A-02", "动力电池极片高速激光模切装备"],
    ["QH-XQ-2026-07", "QH-XQ-2026-07", null],
    ["H2储能系统", null, "H2储能系统"],
    ["CO2捕集与利用", null, "CO2捕集与利用"],
    ["三维打印装备", null, "三维打印装备"],
  ])("%s → id %s, title %s", (text, id, title) => {
    expect(parseDirectionValue(text)).toEqual({ id, title });
  });
});

describe("parsePeriod", () => {
  it.each([
    ["2025年1月至2027年12月", "2025-01", "2027-12", 36],
    ["2025年1月1日至2027年12月31日", "2025-01", "2027-12", 36],
    ["2025.01-2027.12", "2025-01", "2027-12", 36],
    ["2025/01—2028/06", "2025-01", "2028-06", 42],
    ["2025年至2027年", "2025-01", "2027-12", 36],
    ["36个月", null, null, 36],
    ["3年", null, null, 36],
    ["三年", null, null, 36],
    ["36个月（2025年1月至2027年12月）", "2025-01", "2027-12", 36],
  ])("%s", (text, start, end, months) => {
    expect(parsePeriod(text)?.value).toEqual({ start, end, months });
  });
});

describe("readDate (出生年月)", () => {
  it.each([
    ["1985年3月", "1985-03"],
    ["1985.03", "1985-03"],
    ["1985-03-12", "1985-03-12"],
    ["1985/3", "1985-03"],
    ["1982年5月12日", "1982-05-12"],
    ["1985年13月", null],
  ])("%s → %s", (text, value) => {
    expect(readDate(text)?.value ?? null).toBe(value);
  });
});

describe("unit type and country", () => {
  it.each([
    ["江苏光能科技有限公司", "enterprise"],
    ["南京大学", "university"],
    ["中国科学院电工研究所", "institute"],
    ["四川大学华西医院", "hospital"],
    ["XX大学附属第一医院", "hospital"],
    ["中国科学院大学", "university"],
    ["江苏第三代半导体研究院有限公司", "enterprise"],
    ["某某协会", null],
  ])("%s → %s", (name, type) => {
    expect(unitType(name)).toBe(type);
  });

  it.each([
    ["德国亚琛工业大学（德国，高校）", { name: "德国亚琛工业大学", type: "university", country: "德国" }],
    ["Fraunhofer ISE (德国)", { name: "Fraunhofer ISE", type: null, country: "德国" }],
    ["瑞士联邦材料科学与技术研究所（Empa），瑞士，科研院所", { name: "瑞士联邦材料科学与技术研究所（Empa）", type: "institute", country: "瑞士" }],
    ["南京航空航天大学（高等院校）", { name: "南京航空航天大学", type: "university", country: null }],
    ["江苏第三代半导体研究院有限公司（新型研发机构/科研院所，注册地：苏州工业园区）", { name: "江苏第三代半导体研究院有限公司", type: "institute", country: null }],
    ["英诺赛科（苏州）半导体有限公司（企业）", { name: "英诺赛科（苏州）半导体有限公司", type: "enterprise", country: null }],
    ["南开大学，高等院校", { name: "南开大学", type: "university", country: null }],
    ["XX理工大学", { name: "XX理工大学", type: "university", country: null }],
  ])("%s", (text, unit) => {
    expect(parseUnit(text)).toEqual(unit);
  });
});

describe("budgetKind", () => {
  it.each([
    ["申请国拨经费", "government"],
    ["申请省财政资助", "government"],
    ["，其中申请财政经费", "government"],
    ["省拨经费", "government"],
    // check-own17 09 (其中申请榜单资金645万元, a 榜单资金 column); in other words
    ["拟申请揭榜资金", "government"],
    ["榜单经费（万元）", "government"],
    ["自筹经费", "selfFunded"],
    ["单位配套经费", "selfFunded"],
    ["总经费", "total"],
    ["项目总预算", "total"],
    ["合计", "total"],
    ["销售收入", null],
  ])("%s → %s", (label, kind) => {
    expect(budgetKind(label)).toBe(kind);
  });
});

describe("readCell (a committed value)", () => {
  it.each([
    ["≥21%", ">=", 21, null, "%", false],
    ["不低于95%", ">=", 95, null, "%", false],
    ["95%以上", ">=", 95, null, "%", false],
    ["0.9亿元", "=", 0.9, null, "亿元", false],
    ["1500ms", "=", 1500, null, "ms", false],
    ["48″", "=", 48, null, "″", false],
    ["≤±1.5%", "<=", 1.5, null, "%", true],
    ["±0.05mm", "<=", 0.05, null, "mm", true],
    ["3-5个", "range", 3, 5, "个", false],
    // a change from a starting point commits to its end (check-own8: 由约35%提高到55%; these in other words)
    ["良品率从92%提高到98.5%", ">=", 98.5, null, "%", false],
    ["由现有工艺的120ms压缩至40ms", "<=", 40, null, "ms", false],
    ["从每天500例增加到2000例", ">=", 2000, null, "例", false],
  ])("%s", (text, op, value, max, unit, tolerance) => {
    const q = readCell(text)!;
    expect({ op: q.op, value: q.value, max: q.max, unit: q.unit, tolerance: q.tolerance ?? false }).toEqual({ op, value, max, unit, tolerance });
  });
});

describe("a change from a starting point: its end is the commitment", () => {
  it("in sentences under 考核指标, each clause's end value with its own metric", async () => {
    const f = await draft("三、考核指标\n1. 检测系统：单样本检测时间由目前的4小时缩短到45分钟；检测灵敏度从85%提升至96%；\n2. 年处理能力由2万吨增加到5万吨。\n");
    expect(f.kpis.map((k) => [k.value.metric, k.value.op, k.value.value, k.value.unit])).toEqual([
      ["检测系统单样本检测时间", "<=", 45, "分钟"],
      ["检测灵敏度", ">=", 96, "%"],
      ["年处理能力", ">=", 50000, "吨"],
    ]);
  });
});

describe("readDraft on a typical 申报书", async () => {
  const f = await draft(BASIC);

  it("reads the direction, title and units with their lines", () => {
    expect(f.format).toBe("txt");
    expect(f.direction).toMatchObject({ value: { id: "1.1", title: "高效晶硅太阳电池" }, line: 5, column: 6, source: "text" });
    expect(f.projectTitle).toMatchObject({ value: "高效钙钛矿/晶硅叠层太阳电池关键技术研究", line: 4 });
    expect(f.leadUnit).toMatchObject({ value: { name: "江苏光能科技有限公司", type: "enterprise", country: null }, line: 6 });
    expect(f.participants.map((p) => [p.value.name, p.value.type, p.value.country, p.line])).toEqual([
      ["南京大学", "university", null, 8],
      ["中国科学院电工研究所", "institute", null, 9],
      ["德国弗劳恩霍夫太阳能系统研究所", "institute", "德国", 10],
    ]);
    expect(f.participantCount).toMatchObject({ value: 3, line: 11 });
  });

  it("reads the PI, period and budget", () => {
    expect(f.pi).toMatchObject({ value: { name: "张三", birthDate: "1982-05", title: "研究员", employedByLead: true }, line: 12 });
    expect(f.period).toMatchObject({ value: { start: "2025-01", end: "2027-12", months: 36 }, line: 13 });
    expect(f.budget.government).toMatchObject({ value: { yuan: 5e6, text: "500万元" }, line: 14 });
    expect(f.budget.selfFunded).toMatchObject({ value: { yuan: 1.5e7 }, line: 14 });
    expect(f.budget.total).toMatchObject({ value: { yuan: 2e7 }, line: 14 });
  });

  it("reads the committed KPIs of the 考核指标 list, and nothing from other sections", () => {
    const kpis = f.kpis.map((k) => [k.value.metric, k.value.op, k.value.value, k.value.unit, k.line, k.value.tolerance ?? false]);
    expect(kpis).toEqual([
      ["光电转换效率", ">=", 21, "%", 17, false],
      ["组件功率衰减率首年", "<=", 1, "%", 18, false],
      ["新增销售收入", "=", 0.9, "亿元", 19, false],
      ["系统响应时间", "<=", 1500, "ms", 20, false],
      ["定位精度", "<=", 1.5, "%", 21, true],
      ["申请发明专利", ">=", 10, "项", 22, false],
      ["运行效率", ">=", 95, "%", 23, false],
      ["图像角分辨率", "=", 48, "″", 23, false],
    ]);
  });

  it("keeps the normalized text of every source line", () => {
    expect(f.lines).toHaveLength(BASIC.split("\n").length);
    expect(f.lines[3]).toBe("项目名称：高效钙钛矿/晶硅叠层太阳电池关键技术研究");
    expect(f.unknownKeys).toEqual([]);
  });
});

describe("direction as drafts write it", () => {
  it.each([
    ["指南方向：1.1", "1.1", null, 1],
    ["申报方向：3001", "3001", null, 1],
    ["所属方向：（三）", "3", null, 1],
    ["榜单编号：2", "2", null, 1],
    ["揭榜方向：7", "7", null, 1],
    ["揭榜榜单：（四）机器人用高扭矩密度精密减速机研制及示范应用", "4", "机器人用高扭矩密度精密减速机研制及示范应用", 1],
    ["二、申报方向\n新型储能电池关键材料与器件", null, "新型储能电池关键材料与器件", 2],
    ["申报方向：新型储能电池关键材料与器件\n方向编号：2.3", "2.3", "新型储能电池关键材料与器件", 1],
    ["项目名称：XX\n本项目面向指南方向“2.1 高精度工业机器人视觉测量系统研发”开展研究。", "2.1", "高精度工业机器人视觉测量系统研发", 2],
    ["项目名称 | XX\n申报方向 | 1.2 宽带隙电池", "1.2", "宽带隙电池", 2],
    // the 专题 names the area; the narrower reference the direction
    ["所属专题 | 2. 先进储能\n指南方向 | 2.4 新型混合储能技术合作研究", "2.4", "新型混合储能技术合作研究", 2],
    ["申报专题：三、智能制造\n揭榜任务：3.2 工业视觉检测", "3.2", "工业视觉检测", 2],
    ["所属专题：5 高性能计算", "5", "高性能计算", 1],
    // a field composed of who refers, what is referred to and what of it is written (check-own7: 攻关任务,
    // 指南编号及名称), and other combinations no draft here used
    ["攻关任务：1.先进制程工艺提升", "1", "先进制程工艺提升", 1],
    ["> 指南编号及名称：6002 原创靶点发现与抗体大分子靶向药物研发", "6002", "原创靶点发现与抗体大分子靶向药物研发", 1],
    ["拟申报榜单编号：5", "5", null, 1],
    ["榜单编号：A-02", "A-02", null, 1],
    ["申报任务 | 3.3 海上风电运维机器人", "3.3", "海上风电运维机器人", 1],
    ["所属领域：（二）人工智能关键技术攻关\n攻关任务：2.边缘端智能芯片能效比提升", "2", "边缘端智能芯片能效比提升", 2],
    ["对应方向代码及名称：1203 深远海养殖装备", "1203", "深远海养殖装备", 1],
    // a list number before a Latin word is an id; 2.5D is not
    ["申报方向：2.Chiplet异构集成技术", "2", "Chiplet异构集成技术", 1],
    ["申报方向：2.5D先进封装技术", null, "2.5D先进封装技术", 1],
    // a path from the area down: the last step is the direction
    ["揭榜任务：（二）人工智能关键技术攻关 — 2.边缘端智能芯片能效比提升", "2", "边缘端智能芯片能效比提升", 1],
    ["所属方向：三、先进制造 / 3.1 工业母机精度保持技术", "3.1", "工业母机精度保持技术", 1],
    // prose naming the notice, the area and the direction: the one called 方向/任务 is the direction
    ["本项目面向《2026年技术攻关项目推进工作计划》“人工智能关键技术攻关”中的“多模态大模型轻量化”任务申报。", null, "多模态大模型轻量化", 1],
    ["本课题属于《2025年度重点研发计划申报指南》中“新材料”专题下的“高性能碳纤维复合材料”方向。", null, "高性能碳纤维复合材料", 1],
  ])("%s", async (text, id, title, line) => {
    const f = await draft(text);
    expect(f.direction).toMatchObject({ value: { id, title }, line });
  });

  it("is null when the draft names none", async () => {
    expect((await draft("项目名称：全固态动力电池研发\n承担单位：XX有限公司")).direction).toBeNull();
    // 任务 and 方向 alone are a work package and a PI's field; 申报指南 names the notice
    expect((await draft("项目名称：XX\n研究方向：人工智能\n任务：完成样机研制\n申报指南：2026年度重点研发计划")).direction).toBeNull();
  });
});

describe("units as drafts write them", () => {
  it.each([
    ["| 序号 | 单位名称 | 单位类型 | 国别 | 角色 |\n|---|---|---|---|---|\n| 1 | 秦岭光电技术研究所 | 科研院所 | 中国 | 申报单位 |\n| 2 | 长安晶体材料有限公司 | 企业 | 中国 | 参与单位 |\n| 3 | Institut für Akustooptik | 科研院所 | 德国 | 国（境）外合作单位 |"],
    ["单位名称 | 性质 | 承担角色\n秦岭光电技术研究所 | 科研院所 | 揭榜单位\n长安晶体材料有限公司 | 企业 | 联合攻关单位\nInstitut für Akustooptik | 科研院所 | 国外合作"],
  ])("a roster table names the lead by its role: %s", async (text) => {
    const f = await draft(text, "draft.md");
    expect(f.leadUnit?.value.name).toBe("秦岭光电技术研究所");
    expect(f.participants.map((p) => p.value.name)).toEqual(["长安晶体材料有限公司", "Institut für Akustooptik"]);
  });
  // Classes from fixtures/check-own12 08 (a self-check list - [x] 申报方向为…：7.6; 国（境）外合作单位：暂无 read as a
  // foreign unit named 暂无); in other words
  it("a field after a Markdown check box is read; a field answered 无 / 尚未落实 names no unit", async () => {
    const f = await draft("- [x] 指南方向：2.3 城市更新\n合作单位：无\n国外合作单位：尚未落实（立项后确定）", "draft.md");
    expect(f.direction?.value).toMatchObject({ id: "2.3" });
    expect(f.participants).toEqual([]);
  });

  // Class from fixtures/check-own11 09 (方向二…由江苏霁川电气股份有限公司（企业）承担: no enterprise partner was read); in other words
  it("units named in prose with the part each takes (由X承担, X作为参与单位) take part", async () => {
    const f = await draft("牵头申报单位：北辰大学\n课题一由北辰大学负责；课题二由南岭智能装备有限公司（企业）承担；东湖先进制造研究院（科研院所）作为合作单位开展测试验证。");
    expect(f.participants.map((p) => [p.value.name, p.value.type])).toEqual([
      ["南岭智能装备有限公司", "enterprise"],
      ["东湖先进制造研究院", "institute"],
    ]);
  });

  // Class from fixtures/check-own11 02 (一、承担单位与分工 over numbered units: a foreign partner was never read); in other words
  it("a units section named with what each does (承担单位和分工, 参与单位及任务分工) lists the units below it", async () => {
    const f = await draft(
      "（三）项目承担单位和分工\n（1）北峰海洋装备研究院（牵头单位，科研院所）：总体设计与海试\n（2）南屿船舶重工有限公司（企业）：样机制造\n（3）University of Westmere（英国，国外合作方）：水动力试验",
    );
    expect(f.leadUnit?.value.name).toBe("北峰海洋装备研究院");
    expect(f.participants.map((p) => [p.value.name, p.value.country])).toEqual([
      ["南屿船舶重工有限公司", null],
      ["University of Westmere", "英国"],
    ]);
  });

  it("reads an inline list with remarks", async () => {
    const f = await draft("牵头申报单位：江苏清陶能源科技有限公司（企业，注册地：昆山市）\n联合申报单位：南京大学（高校）、中国科学院物理研究所（科研院所）");
    expect(f.leadUnit?.value).toEqual({ name: "江苏清陶能源科技有限公司", type: "enterprise", country: null });
    expect(f.participants.map((p) => [p.value.name, p.value.type, p.column])).toEqual([
      ["南京大学", "university", 8],
      ["中国科学院物理研究所", "institute", 17],
    ]);
  });

  it("reads foreign units under 国（境）外合作单位 and stops at the next field", async () => {
    const f = await draft(
      "- **牵头单位**：清华大学（高校）\n- **中方参与单位**：科华数据股份有限公司（企业）；国网江苏省电力有限公司电力科学研究院（科研院所）\n- **国（境）外合作单位**：帝国理工学院 Imperial College London（英国，高校）\n- **项目负责人**：孙海涛",
      "draft.md",
    );
    expect(f.leadUnit?.value.name).toBe("清华大学");
    expect(f.participants.map((p) => [p.value.name, p.value.type, p.value.country, p.line])).toEqual([
      ["科华数据股份有限公司", "enterprise", null, 2],
      ["国网江苏省电力有限公司电力科学研究院", "institute", null, 2],
      ["帝国理工学院 Imperial College London", "university", "英国", 3],
    ]);
  });

  // Class from check-own17 02 (Ⅰ、 sections, a) items: 承担单位与分工 listed a) X（牵头单位，…）— b) …); in other words
  it("reads units listed as lettered items under a section numbered in Roman figures", async () => {
    const f = await draft(
      "Ⅰ、基本情况\n  (a) 项目名称：海上风电运维机器人\n  (b) 牵头单位：东临海洋大学\nⅡ、参与单位\n  (a) 东临海洋大学（牵头单位，高校）\n  (b) 蓝港重工股份有限公司（企业）\n  (c) Technische Universiteit Delft（荷兰）\nⅢ、研究内容\n  (a) 研究…",
    );
    expect(f.leadUnit?.value.name).toBe("东临海洋大学");
    expect(f.participants.map((p) => [p.value.name, p.value.country])).toEqual([
      ["蓝港重工股份有限公司", null],
      ["Technische Universiteit Delft", "荷兰"],
    ]);
  });

  // Class from check-own18 07 (注册地址 | 灅西省垟城市经济开发区江苏路 168 号); in other words: the province the address
  // opens with, not the one a street is named after
  it.each([
    ["申报单位：东岳精密传动股份有限公司\n单位地址：浙江省宁波市北仑区上海路8号", "浙江"],
    ["申报单位 | 东岳精密传动股份有限公司\n注册地 | 上海市浦东新区江苏路1号", "上海"],
    ["申报单位：东岳精密传动股份有限公司\n单位地址：宁波市北仑区上海路8号", undefined],
  ])("the lead's registered address: %s", async (text, region) => {
    expect((await draft(text)).leadUnit?.value.registeredIn).toBe(region);
  });

  it("reads a unit table 单位名称 | 单位性质 | 国别, and a 牵头 role", async () => {
    const f = await draft("序号 | 单位名称 | 单位性质 | 国别 | 角色\n1 | XX大学 | 高校 | 中国 | 牵头\n2 | YY科技有限公司 | 企业 | 中国 | 参与\n3 | Fraunhofer ISE | 科研院所 | 德国 | 参与");
    expect(f.leadUnit?.value).toEqual({ name: "XX大学", type: "university", country: null });
    expect(f.participants.map((p) => [p.value.name, p.value.type, p.value.country, p.line])).toEqual([
      ["YY科技有限公司", "enterprise", null, 3],
      ["Fraunhofer ISE", "institute", "德国", 4],
    ]);
  });

  it.each([
    ["中方参与单位共11家（含牵头单位）", 11],
    ["参与单位共4家（不含牵头单位）", 5],
    ["本项目由3家单位联合申报", 3],
    ["参与单位数：6", 6],
    ["参与单位：1. 南京大学", null],
  ])("count: %s → %s", async (text, n) => {
    expect((await draft(text)).participantCount?.value ?? null).toBe(n);
  });
});

describe("a review copy with line numbers in the margin", () => {
  // Class from fixtures/check-own12 04 (a PDF whose margin numbers came glued to every line: 4申报指南方向：1.9…, so
  // no field was read); a second example in other words, as text.
  it("the numbers that count the lines go, and the fields and KPIs are read", async () => {
    const lines = [
      "智慧水务平台项目申报书",
      "一、基本信息",
      "指南方向：2.4 城市供水管网智能调度",
      "申报单位：北汀水务集团有限公司",
      "项目负责人：柯远舟",
      "执行期限：2025年1月至2026年12月",
      "二、考核指标",
      "管网漏损率不高于9%；",
      "调度指令响应时间不超过5秒；",
      "覆盖用户不少于20万户。",
      "三、经费",
      "申请财政经费300万元，自筹经费600万元。",
    ];
    const f = await draft(lines.map((l, i) => `${i + 1}${l}`).join("\n"));
    expect(f.direction?.value).toMatchObject({ id: "2.4" });
    expect(f.leadUnit?.value.name).toBe("北汀水务集团有限公司");
    expect(f.period?.value.months).toBe(24);
    expect(f.kpis.map((k) => [k.value.value, k.value.unit])).toEqual([[9, "%"], [5, "秒"], [200000, "户"]]);
  });
});

describe("the PI's other applications this year", () => {
  // Class from fixtures/check-own7 11 and check-own11 06 (本年度以项目负责人身份申报的其他省科技计划项目：1项——…, as a
  // table row and as a line); in other words
  it.each([
    ["项目负责人：邵明川\n同期申报的其他项目 | 《深海钻探泥浆循环系统研究》（市级）", 1],
    ["项目负责人：邵明川\n今年以负责人身份申报的其它科技项目：无", 0],
    ["项目负责人：邵明川\n本年度申报的其他项目：2项，均在评审中", 2],
  ])("%s", async (text, count) => {
    expect((await draft(text)).pi?.value.otherApplications?.count).toBe(count);
  });
});

describe("the PI as drafts write it", () => {
  it.each([
    ["项目负责人：张三，男，1982年5月出生，研究员", { name: "张三", birthDate: "1982-05", title: "研究员", employedByLead: null }],
    ["项目负责人：李四\n出生年月：1985.03\n职称：教授\n是否为牵头单位在职人员：是", { name: "李四", birthDate: "1985-03", title: "教授", employedByLead: true }],
    ["项目负责人：王五，1969年3月出生，教授级高工，系外聘专家，非申报单位在职人员（未与申报单位签订劳动合同）", { name: "王五", birthDate: "1969-03", title: "教授级高工", employedByLead: false }],
    ["项目负责人 | 赵六 | 性别 | 女\n出生日期 | 1985-03-12 | 职称 | 正高级工程师", { name: "赵六", birthDate: "1985-03-12", title: "正高级工程师", employedByLead: null }],
    ["项目负责人：钱七，1979年4月出生，已与申报单位签订劳动合同", { name: "钱七", birthDate: "1979-04", title: null, employedByLead: true }],
    // check-own19 10 (证件号码 41030319681102003X, no birth date written); in other words
    ["项目负责人：郑一\n身份证号：32010219750608251X\n职称：研究员", { name: "郑一", birthDate: "1975-06-08", title: "研究员", employedByLead: null }],
  ])("%s", async (text, pi) => {
    const f = await draft(text);
    expect(f.pi).toMatchObject({ value: pi, line: 1 });
  });
  it.each([
    ["揭榜团队负责人：孙八，1983年2月出生，研究员", "孙八"],
    ["申请人：周九，男，1990年1月生，副教授", "周九"],
    ["申请人：某某大学\n项目负责人：吴十，1980年3月出生", "吴十"],
  ])("PI labels: %s", async (text, name) => {
    expect((await draft(text)).pi?.value.name).toBe(name);
  });
  it.each([
    ["项目负责人：张三，1982年5月出生，无在研省科技计划项目", 0],
    ["项目负责人：张三\n\n主持在研项目：省重点研发计划“新型储能关键材料”（2023年7月—2026年6月，在研）", 1],
    ["牵头企业无在研揭榜挂帅项目；项目负责人目前没有主持在研项目", 0],
    ["申请人：李四，教授。在研项目：国家重点研发计划课题“高效催化剂”；省自然科学基金“界面机理”", 2],
    ["牵头企业无在研揭榜挂帅省科技计划项目", null],
    ["项目负责人：王五，1979年出生", null],
  ])("active projects: %s → %s", async (text, n) => {
    expect((await draft(text)).pi?.value.activeProjects?.count ?? null).toBe(n);
  });
});

describe("the period as drafts write it", () => {
  it.each([
    ["执行期限：2025年1月至2027年12月", 36, 1],
    ["实施期限：36个月", 36, 1],
    ["项目周期：3年", 36, 1],
    ["起止年限：2025.01-2027.12", 36, 1],
    ["项目名称：X\n本项目执行期为2025年1月至2028年6月。", 42, 2],
  ])("%s → %s months", async (text, months, line) => {
    expect((await draft(text)).period).toMatchObject({ value: { months }, line });
  });
});

describe("the budget as drafts write it", () => {
  it.each([
    ["经费预算：申请省财政经费0.05亿元，自筹经费1000万元，总预算1500万元", 5e6, 1e7, 1.5e7],
    ["项目总经费2000万元，其中申请财政经费500万元、单位配套经费1500万元。", 5e6, 1.5e7, 2e7],
    ["二、经费预算（单位：万元）\n申请中央财政经费：400\n自筹经费：800", 4e6, 8e6, null],
    ["经费来源 | 金额（万元）\n申请省级财政资金 | 800\n自筹资金 | 2400\n合计 | 3200", 8e6, 2.4e7, 3.2e7],
    ["申请国拨经费（万元） | 自筹经费（万元） | 合计\n500 | 1500 | 2000", 5e6, 1.5e7, 2e7],
    ["申请省级财政资金：800万元；自筹资金：1600万元；总投资：2400万元", 8e6, 1.6e7, 2.4e7],
    ["考核指标：新增销售收入0.9亿元", null, null, null],
    // rows that break the row above down (其中…) are part of it, indented or until they add up to it
    ["科目 | 金额（万元）\n国拨经费 | 500\n配套经费 | 450\n其中：单位自筹 | 300\n　　其他来源 | 150\n总经费 | 950", 5e6, 4.5e6, 9.5e6],
    ["经费来源 | 金额（万元）\n自筹经费 | 600\n其中：企业自筹 | 400\n合作单位出资 | 200\n省财政资助 | 500\n合计 | 1100", 5e6, 6e6, 1.1e7],
    // a sentence listing the sources before a colon (check-own11 09: …包括省财政资助和单位自筹两部分：申请省财政资助经费…); in other words
    ["经费由市财政拨款与企业自筹构成：申请市财政拨款经费伍佰万元（500万元），企业自筹经费800万元。", 5e6, 8e6, null],
    // figures per year and their sum on a kind's row (check-own10 02: 国拨经费 | 90 | 120 | 90 | 300); in other words
    ["（单位：万元）\n经费来源\t第一年\t第二年\t合计\n申请省拨经费\t200\t100\t300\n单位自筹\t250\t150\t400\n总计\t450\t250\t700", 3e6, 4e6, 7e6],
    ["| 预算科目（万元） | 2026年 | 2027年 | 2028年 | 小计 |\n|---|---|---|---|---|\n| 财政资金 | 100 | 100 | 50 | 250 |\n| 自筹资金 | 150 | 150 | 100 | 400 |", 2.5e6, 4e6, null],
    // one row per unit: the 合计 row holds the figures, its total column too
    ["经费预算（万元）\n单位 | 申请财政资金 | 自筹资金 | 合计\nA公司 | 260 | 420 | 680\nB大学 | 80 | 0 | 80\n合计 | 340 | 420 | 770", 3.4e6, 4.2e6, 7.7e6],
  ])("%s", async (text, gov, self, total) => {
    const b = (await draft(text)).budget;
    expect([b.government?.value.yuan ?? null, b.selfFunded?.value.yuan ?? null, b.total?.value.yuan ?? null]).toEqual([gov, self, total]);
  });
});

describe("committed KPIs as drafts write them", () => {
  // Class from check-own16 08 (reStructuredText: :榜单: field lists, a .. list-table:: of KPIs, one cell a line); in
  // other words, with the fields and table of another draft
  it("a reStructuredText draft: field-list fields and the rows of a list table", async () => {
    const f = await draft(
      [
        ":申报方向: 2.3 高寒地区光伏组件可靠性提升",
        ":项目负责人: 谭一舟",
        "",
        ".. list-table:: 考核指标",
        "   :header-rows: 1",
        "",
        "   * - 指标",
        "     - 承诺值",
        "   * - 组件功率衰减",
        "     - ≤1.5%",
        "   * - 低温循环次数",
        "     - 不少于400次",
      ].join("\n"),
      "draft.rst.txt",
    );
    expect(f.direction?.value).toMatchObject({ id: "2.3" });
    expect(f.kpis.map((k) => [k.value.metric, k.value.op, k.value.value, k.value.unit])).toEqual([
      ["组件功率衰减", "<=", 1.5, "%"],
      ["低温循环次数", ">=", 400, "次"],
    ]);
  });

  it("values on the 考核指标 line itself, right before another field; a unitless ratio after a colon", async () => {
    const f = await draft("考核指标：单级减速比：32；传动效率92%；模型参数规模7B。\n经费预算：申请省财政经费400万元。");
    expect(f.kpis.map((k) => [k.value.value, k.value.unit])).toEqual([[32, ""], [92, "%"], [7, "B"]]);
  });
  it.each([
    ["自筹经费300万元，其他经费200万元，申请省财政经费400万元", 5e6],
    ["自筹经费300万元，其中企业自筹200万元，申请省财政经费400万元", 3e6],
  ])("non-government sources on one line: %s", async (text, self) => {
    expect((await draft(`经费预算：${text}`)).budget.selfFunded?.value.yuan).toBe(self);
  });
  it("a header whose category and metric cells a PDF glued: the columns are found from the right", async () => {
    const f = await draft("二、考核指标\n类别指标名称 | 指南要求 | 本项目指标\n芯片 | 智能芯片能效比 | 30 TOPS/W以上 | 36 TOPS\n应用 | 检测帧率 | ≥25帧/秒 | 30帧/秒");
    expect(f.kpis.map((k) => [k.value.metric, k.value.value, k.value.unit, k.value.guideText])).toEqual([
      ["智能芯片能效比", 36, "TOPS", "30 TOPS/W以上"],
      ["应用检测帧率", 30, "帧/秒", "≥25帧/秒"],
    ]);
  });
  it("reads a KPI table: the draft's column, the guide's kept as guideText", async () => {
    const f = await draft(
      "四、考核指标\n| 序号 | 指标名称 | 指南要求 | 本项目指标 |\n|---|---|---|---|\n| 1 | 光电转换效率 | ≥20% | ≥21% |\n| 2 | 响应时间（ms） | ≤2000 | 1500 |\n| 3 | 测量误差 | ≤±2% | ≤±1.5% |\n\n五、研究内容",
      "draft.md",
    );
    expect(f.kpis.map((k) => ({ ...k.value, line: k.line }))).toEqual([
      { metric: "光电转换效率", op: ">=", value: 21, max: null, unit: "%", guideText: "≥20%", line: 4 },
      { metric: "响应时间", op: "=", value: 1500, max: null, unit: "ms", guideText: "≤2000", line: 5 },
      { metric: "测量误差", op: "<=", value: 1.5, max: null, unit: "%", tolerance: true, guideText: "≤±2%", line: 6 },
    ]);
  });

  it("takes the draft's commitment over the guide value it restates", async () => {
    const f = await draft("考核指标\n3. 效率衰减<10%，本项目承诺效率衰减≤8%；");
    expect(f.kpis.map((k) => k.value)).toEqual([{ metric: "效率衰减", op: "<=", value: 8, max: null, unit: "%", guideText: "效率衰减<10%" }]);
  });

  it("reads bullets under a markdown heading and stops at the next heading", async () => {
    const f = await draft("## 考核指标\n\n- 单次测量时间不超过1.5s\n- 申请发明专利5件\n\n## 研究内容\n- 效率达到30%的机理", "draft.md");
    expect(f.kpis.map((k) => [k.value.metric, k.value.op, k.value.value, k.value.unit, k.line])).toEqual([
      ["单次测量时间", "<=", 1.5, "s", 3],
      ["申请发明专利", "=", 5, "件", 4],
    ]);
  });
});

describe("parts of the PI read on other lines", () => {
  it("places the birth date, title and employment where they are written", async () => {
    const f = await draft("项目负责人：李四\n出生年月：1985.03\n职称：教授\n是否为牵头单位在职人员：是");
    expect(f.pi).toMatchObject({ line: 1, parts: { birthDate: { line: 2, column: 1 }, title: { line: 3 }, employedByLead: { line: 4 } } });
  });

  it("has no parts when everything is on the PI's line", async () => {
    const f = await draft("项目负责人：张三，1982年5月出生，研究员，系牵头单位在职人员");
    expect(f.pi?.parts).toBeUndefined();
  });
});

describe("more ways drafts write values", () => {
  it("reads several bare amounts on one line under a unit", async () => {
    const b = (await draft("经费预算（万元）：国拨300，自筹600，合计900")).budget;
    expect([b.government?.value.yuan, b.selfFunded?.value.yuan, b.total?.value.yuan]).toEqual([3e6, 6e6, 9e6]);
  });

  it("reads English country names", async () => {
    const f = await draft("国外合作单位：University of Cambridge (UK)");
    expect(f.participants[0].value).toEqual({ name: "University of Cambridge", type: "university", country: "英国" });
  });

  it("takes the clause's last quantity, and unitless ratios", async () => {
    const f = await draft("考核指标\n1. 机器人0.3mm内稳定时间：150ms；\n2. 整机负载自重比0.25；");
    expect(f.kpis.map((k) => [k.value.metric, k.value.op, k.value.value, k.value.unit])).toEqual([
      ["机器人0.3mm内稳定时间", "=", 150, "ms"],
      ["整机负载自重比", "=", 0.25, ""],
    ]);
  });
});

describe("foreign partners under other labels", () => {
  it.each([
    ["国际合作伙伴：帝国理工学院（英国）", "英国"],
    ["海外合作单位：Fraunhofer ISE", "国外"],
    ["外方合作机构：东京大学（日本，高校）", "日本"],
  ])("%s", async (text, country) => {
    expect((await draft(text)).participants[0]?.value.country).toBe(country);
  });
});
