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
});
