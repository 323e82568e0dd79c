import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readMeta } from "../../src/extract/meta.js";

const lines = (s: string) => s.split("\n");

const SEED_002_HEAD = lines(` 江苏省科学技术厅 江苏省财政厅
关于印发《2024年度省科技重大专项项目指南》

及组织申报项目的通知

各设区市、县（市）科技局、财政局，国家和省级高新区管委会，

江苏省科学技术厅
江苏省财政厅文件

苏科资发〔2024〕112号
按照《关于改进科技评价破除“唯论文”不良导向的若干措施（试行）》（苏科监发〔2020〕135号）要求。
3．本年度项目申报材料网上填报截止时间为2024年8月5日17:30，主管部门网上审核推荐截止时间为2024年8月6日17:30，推荐项目汇总表及项目主管部门科研诚信承诺书截止时间为2024年8月7日17:30，逾期不予受理。

江苏省科学技术厅 江苏省财政厅

2024年7月3日

（此件主动公开）
 附件1

2024年度省科技重大专项项目指南`);

describe("readMeta on seed 002's front and back matter", () => {
  const meta = readMeta(SEED_002_HEAD);
  it("joins the wrapped 关于…的通知 title", () => {
    expect(meta.title).toBe("关于印发《2024年度省科技重大专项项目指南》及组织申报项目的通知");
  });
  it("reads the 文号 from its own line, not a cited one", () => expect(meta.docNumber).toBe("苏科资发〔2024〕112号"));
  it("reads the letterhead issuers", () => expect(meta.issuers).toEqual(["江苏省科学技术厅", "江苏省财政厅"]));
  it("reads the signature date", () => expect(meta.publishedAt).toBe("2024-07-03"));
  it("reads all three deadlines with their labels", () => {
    expect(meta.deadlines.map((d) => [d.label, d.at])).toEqual([
      ["网上填报", "2024-08-05T17:30"],
      ["主管部门网上审核推荐", "2024-08-06T17:30"],
      ["推荐项目汇总表及项目主管部门科研诚信承诺书", "2024-08-07T17:30"],
    ]);
    expect(meta.deadlines[0].text).toBe("本年度项目申报材料网上填报截止时间为2024年8月5日17:30");
  });
});

describe("readMeta: titles", () => {
  it.each([
    [["", "附件", "", "“战略性科技创新合作” 重点专项联合研发与示范项目申报指南 (仅国家科技管理信息系统注册用户登录可见)", "", "一、总体目标和安排"], "“战略性科技创新合作”重点专项联合研发与示范项目申报指南"],
    [[" 一、人工智能重大科技专项“揭榜挂帅”项目榜单", "", "一、人工智能重大科技专项“揭榜挂帅”项目榜单", "（一）国产芯片适配及算电融合关键技术研究与示范应用"], "人工智能重大科技专项“揭榜挂帅”项目榜单"],
    [["- 0", "- 0", "- 约4.93千字", "- 约 10页", "- 2026-02-13 发布于四川", "- 举报", "2026年技术攻关项目推进工作计划", "2026年是我国加快实现高水平科技自立自强的关键一年,技术攻关项目作为推动产业升级的核心抓手。"], "2026年技术攻关项目推进工作计划"],
    [["四川省科学技术厅", "关于组织申报2025年度四川省重大科技专项项目的", "通知", "川科计〔2025〕3号"], "关于组织申报2025年度四川省重大科技专项项目的通知"],
    [["浙江省科学技术厅关于发布2025年度“尖兵”“领雁”研发攻关计划项目申报指南的通知"], "浙江省科学技术厅关于发布2025年度“尖兵”“领雁”研发攻关计划项目申报指南的通知"],
    [["江苏省科学技术厅 江苏省财政厅关于印发《2024年度省科技重大专项项目指南》及组织申报项目的通知各设区市、县（市）科技局、财政局：为深入贯彻落实。"], "关于印发《2024年度省科技重大专项项目指南》及组织申报项目的通知"],
    [["各有关单位：", "为深入贯彻习近平总书记重要讲话精神，现将有关事项通知如下。"], null],
  ])("%j", (input, title) => {
    expect(readMeta(input).title).toBe(title);
  });
});

describe("readMeta: 文号, issuers, dates", () => {
  it.each([
    [["国科发资〔2023〕12号"], "国科发资〔2023〕12号"],
    [["川科计[2025]3号"], "川科计[2025]3号"],
    [["粤科函（2024）105 号"], "粤科函（2024）105号"],
    [["本通知依据《若干措施》（苏科监发〔2020〕135号）制定。"], null],
    [["江苏省财政厅文件苏科资发〔2024〕112号和产业创新深度融合"], "苏科资发〔2024〕112号"],
  ])("%j → %s", (input, docNumber) => {
    expect(readMeta(input).docNumber).toBe(docNumber);
  });

  it.each([
    [["江 苏 省 科 学 技 术 厅", "江 苏 省 财 政 厅 文件"], ["江苏省科学技术厅", "江苏省财政厅"]],
    [["科学技术部 财政部", "关于发布国家重点研发计划项目申报指南的通知"], ["科学技术部", "财政部"]],
    [["各有关单位：", "现将有关事项通知如下。", "", "北京市科学技术委员会、中关村科技园区管理委员会", "2024年3月1日"], []],
    [["正文。", "", "四川省科学技术厅", "2025年1月20日"], ["四川省科学技术厅"]],
  ])("%j → %j", (input, issuers) => {
    expect(readMeta(input).issuers).toEqual(issuers);
  });

  it.each([
    [["正文。", "四川省科学技术厅", "2025年1月20日"], "2025-01-20"],
    [["正文。", "四川省科学技术厅", "二〇二五年一月二十日"], "2025-01-20"],
    [["- 2026-02-13 发布于四川", "2026年技术攻关项目推进工作计划"], "2026-02-13"],
    [["发布时间：2024-07-10", "正文。"], "2024-07-10"],
    [["本计划自2024年1月1日起施行，有效期至2026年12月31日。"], null],
  ])("%j → %s", (input, at) => {
    expect(readMeta(input).publishedAt).toBe(at);
  });
});

describe("readMeta: deadlines", () => {
  it.each([
    ["网上申报截止时间为2024年8月5日（星期一）17:30。", [["网上申报", "2024-08-05T17:30"]]],
    ["请于2024年9月30日前完成网上填报。", [["网上填报", "2024-09-30T23:59"]]],
    ["网上申报时间为2024年7月15日至2024年8月5日17:30。", [["网上申报", "2024-08-05T17:30"]]],
    ["纸质材料报送截至2024年8月10日下午5点。", [["纸质材料报送", "2024-08-10T17:00"]]],
    ["项目申报书须于2025年3月31日17时前提交。", [["项目申报书", "2025-03-31T17:00"]]],
    ["1．网上填报：2024年8月1日—8月20日；纸质材料报送截止日期为8月25日。", [["网上填报", "2024-08-20T23:59"], ["纸质材料报送", "2024-08-25T23:59"]]],
    ["申报单位应于2024年8月5日前将申报书提交至主管部门，主管部门于8月10日前完成推荐。", [["申报书提交至主管部门", "2024-08-05T23:59"], ["推荐", "2024-08-10T23:59"]]],
    ["2024年7月3日，省科技厅召开会议。", []],
    ["项目执行期为2025年1月1日至2027年12月31日。", []],
  ])("%s", (sentence, expected) => {
    expect(readMeta([sentence]).deadlines.map((d) => [d.label, d.at])).toEqual(expected);
  });

  it("infers the year of a date without one from the publication date", () => {
    const meta = readMeta(["网上填报截止时间为8月5日17:30。", "江苏省科学技术厅", "2024年7月3日"]);
    expect(meta.deadlines.map((d) => d.at)).toEqual(["2024-08-05T17:30"]);
  });
});

describe("readMeta on the seeds", () => {
  const seed = (name: string) => readMeta(readFileSync(resolve(import.meta.dirname, "../../../shared/seeds", name), "utf8").split("\n"));
  const available = (() => {
    try {
      readFileSync(resolve(import.meta.dirname, "../../../shared/seeds/002_32ae1f199348ab29.txt"));
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(available)("seed 002: doc number and three deadlines", () => {
    const m = seed("002_32ae1f199348ab29.txt");
    expect(m.docNumber).toBe("苏科资发〔2024〕112号");
    expect(m.deadlines.map((d) => d.at)).toEqual(["2024-08-05T17:30", "2024-08-06T17:30", "2024-08-07T17:30"]);
  });
  it.runIf(available)("seed 003: list title without its 一、", () => {
    expect(seed("003_7478b59a072fa210.txt").title).toBe("人工智能重大科技专项“揭榜挂帅”项目榜单");
  });
});
