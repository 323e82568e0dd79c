import { describe, expect, it } from "vitest";
import { ingest } from "../src/ingest/index.js";
import { ingestFile } from "./ingest-helpers.js";

describe("HTML", () => {
  it("saved notice page: article text only, tables as rows", async () => {
    const r = await ingestFile("fixtures/html/notice-page.html");
    const lines = r.text.trim().split("\n");
    expect(r.format).toBe("html");
    // The page's <h1> is kept as a Markdown heading, so the structure stage sees it as one.
    expect(lines[0]).toBe("# 关于组织申报2025年度科技计划项目的通知");
    expect(lines).toContain("（一）项目负责人年龄不超过50周岁。");
    expect(lines).toContain("指标名称 | 指标值 | 单位");
    expect(lines).toContain("发明专利申请数 | ≥5 | 件");
    for (const debris of ["首页", "版权所有", "var ", "打印本页", "网站地图"]) expect(r.text).not.toContain(debris);
  });

  it("GBK-encoded page is decoded", async () => {
    const iconv = (await import("iconv-lite")).default;
    const bytes = iconv.encode("<html><body><p>申报指南</p><p>榜单金额：不超过2000万元</p></body></html>", "gbk");
    const r = await ingest(new Uint8Array(bytes), "page.htm");
    expect(r.text).toBe("申报指南\n榜单金额：不超过2000万元\n");
  });

  // class of fixtures/unseen/u13 (Word's "web page" export: list numbers between <![if !supportLists]> markers);
  // second example in other words
  it("a Word web page: list numbers between downlevel-revealed conditional comments read as written", async () => {
    const page = `<html><head><!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties></xml><![endif]--></head>
<body><div class=WordSection1>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>一、<span style='font:7.0pt'>&nbsp;</span></span><![endif]>智慧农业</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span><![endif]>考核指标：节水不低于20%。</p>
</div></body></html>`;
    const r = await ingest(new TextEncoder().encode(page), "notice.htm");
    expect(r.text).toBe("一、 智慧农业\n1. 考核指标：节水不低于20%。\n");
  });
});
