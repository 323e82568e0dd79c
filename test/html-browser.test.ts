import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { runCli } from "./helpers.js";
import { IN_CI } from "./shared.js";

/**
 * The HTML report in a real browser (issue 5): playwright-core drives Debian's Chromium (`apt-get install
 * chromium`, which .ci/run does where it is missing; `npx playwright install` downloads nothing here).
 * `guide check --format html -o` on real drafts, the file loaded over file:// with every other request
 * refused, the key elements asserted (the KPI checklist's rows and statuses, file names on one line each), and
 * a screenshot left in a temp folder whose path is printed.
 */
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const WHY =
  `no Chromium at ${CHROMIUM}: install Debian's (sudo apt-get install chromium) or set CHROMIUM_PATH ` +
  `to a Chromium binary; .ci/run installs it, and in CI (CI set) this test fails instead of skipping`;

// Launch flags for a closed network (see the machine notes): no background connections, no sandbox as root.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const GUIDE = "fixtures/drafts/guides/003.yaml";
const KPI_SHORT = "fixtures/drafts/027-sichuan-kpi-short-1pct/draft.txt"; // 诊断准确率 ≥94% vs ≥95%
const DOCX_KPI = "fixtures/drafts/022-sichuan-docx-kpi-table-short/draft.docx"; // 打钉成功率 98.5% vs ≥99.5%
const CLEAN_PDF = "fixtures/drafts/021-sichuan-pdf-clean/draft.pdf";
const OVER_CAP = "fixtures/drafts/028-sichuan-cap-2100/draft.txt"; // 2100万元 vs 2000万元
const INTL = "fixtures/drafts/guides/001.yaml";
const INTL_SHORT = "fixtures/drafts/007-intl-kpi-short-1pct/draft.txt"; // one KPI short, the others met
const INTL_MISSING = "fixtures/drafts/009-intl-md-frontmatter-kpi-missing/draft.md"; // one KPI not stated
// 2026-01-01 08:00 UTC: the report's date, fixed as reproducible builds fix theirs
const ENV = { SOURCE_DATE_EPOCH: "1767254400" };

if (!HAVE_CHROMIUM && !IN_CI) console.warn(`test/html-browser.test.ts skipped: ${WHY}`);

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)(`HTML report in Chromium${HAVE_CHROMIUM ? "" : ` (${WHY})`}`, () => {
  let browser: Browser;
  let tmp: string;
  let shots: string;
  /** Requests the page made to anything but its own file: there must be none. */
  const foreign: string[] = [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI must run the browser test, but there is ${WHY}`);
    const { chromium } = await import("playwright-core");
    tmp = await mkdtemp(join(tmpdir(), "guide-html-"));
    shots = await mkdtemp(join(tmpdir(), "guide-html-screenshots-"));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    // the reports and the draft copies go; the screenshots stay for a person to look at
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  async function open(file: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(file).href) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  async function report(args: string[], name: string, guide = GUIDE): Promise<string> {
    const out = join(tmp, name);
    const r = await runCli(["check", ...args, "--guide", guide, "--format", "html", "-o", out], ENV);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    expect(r.code).toBe(1);
    return out;
  }

  it("shows the summary, findings with rule and guide clause, a failing KPI row coloured and marked, a clean draft", async ({ annotate }) => {
    // a copy of a real draft under a long name with Chinese folders, which a browser would break anywhere
    const longDir = join(tmp, "2025年度重点研发计划人工智能重大专项揭榜挂帅项目申报材料汇编", "第三轮修改稿（专家意见修订后）");
    await mkdir(longDir, { recursive: true });
    const longDraft = join(longDir, "乳腺疾病智能诊疗设备系统研制及示范应用-申报书-终稿-v12.txt");
    await copyFile(KPI_SHORT, longDraft);
    const file = await report([KPI_SHORT, DOCX_KPI, CLEAN_PDF, OVER_CAP, longDraft], "report.html");
    const page = await open(file);

    await expect(page.title()).resolves.toBe(`申报书检查报告 · ${GUIDE}`);
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    // the tool's version and the date of the run
    expect(await page.locator("header .generated").innerText()).toMatch(/^由 guide \d+\.\d+\.\d+\S* 生成，生成时间 2026-01-01 08:00 UTC$/);

    // summary counts and the guide
    const count = (k: string) => page.locator(`[data-count=${k}] dd`).innerText();
    expect([await count("files"), await count("errors"), await count("warnings"), await count("infos")]).toEqual(["5", "4", "0", "0"]);
    expect(await page.locator(".summary [data-guide]").innerText()).toBe(GUIDE);
    expect(await page.locator(".summary .guide-title").innerText()).toBe("人工智能重大科技专项“揭榜挂帅”项目榜单");
    expect(await page.locator(".verdict").innerText()).toContain("共检查 5 个文件：4 个错误，0 个警告，0 条提示");
    expect(await page.locator("table.files tbody tr").count()).toBe(5);

    // each draft names the guide and the direction it was checked against
    const draft = page.locator(`section.draft[data-path="${KPI_SHORT}"]`);
    expect(await draft.locator(".meta-guide dd").innerText()).toBe(
      `人工智能重大科技专项“揭榜挂帅”项目榜单 ${GUIDE} (原文 fixtures/notices/003-sichuan-ai-jiebang/input.txt)`,
    );
    expect(await draft.locator(".meta-direction dd").innerText()).toBe("7 乳腺疾病智能诊疗设备系统研制及示范应用");

    // a finding row: line:column, message, the rule id linked to its page, the guide clause beside it
    const row = draft.locator('tr.finding[data-rule="kpi-threshold-not-met"]');
    await row.waitFor({ state: "visible" });
    expect(await row.locator("td.loc").innerText()).toBe("20:4");
    expect(await row.locator("td.msg").innerText()).toContain("诊断准确率");
    const link = row.locator("td.rule a");
    expect(await link.innerText()).toBe("kpi-threshold-not-met");
    expect(await link.getAttribute("href")).toMatch(/^https:\/\/.+kpi-threshold-not-met/);
    expect(await row.locator("blockquote.clause p").innerText()).toBe("诊断准确率≥95%");
    expect(await row.locator("blockquote.clause cite").innerText()).toBe("第 289 行");
    expect(await row.locator("blockquote.clause cite span").getAttribute("title")).toMatch(/003-sichuan-ai-jiebang\/input\.txt:289$/);

    // the KPI checklist: every KPI of direction 7, shown; the one short of the guide red with a ✗ beside the colour
    const rows = draft.locator("table.kpi tbody tr.kpi-row");
    expect(await rows.count()).toBe(16);
    for (const r of await rows.all()) expect(await r.isVisible()).toBe(true);
    expect(await draft.locator('tr.kpi-row[data-status="met"]').count()).toBe(15);
    expect(await draft.locator("section.kpis h3").innerText()).toBe("考核指标逐项对照 (15/16 达标)");
    const kpi = draft.locator('tr.kpi-row[data-status="not-met"]');
    expect(await kpi.count()).toBe(1);
    const status = kpi.locator("td.status");
    expect(await status.innerText()).toBe("✗ 未达标");
    const style = await status.evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, background: s.backgroundColor };
    });
    expect(style).toEqual({ color: "rgb(180, 35, 24)", background: "rgb(253, 236, 234)" });
    expect(await kpi.locator("th.metric").innerText()).toBe("诊断准确率");
    expect(await kpi.locator("td.required").innerText()).toBe("≥95%");
    expect(await kpi.locator("td.stated").innerText()).toBe("≥94%");
    expect(await kpi.locator("td.loc").innerText()).toBe("20:4");
    expect(await kpi.locator("td.rule a").innerText()).toBe("kpi-threshold-not-met");
    const met = draft.locator('tr.kpi-row[data-status="met"]').first();
    expect(await met.locator("td.status").innerText()).toBe("✓ 达标");
    expect(await met.locator("td.status").evaluate((el) => getComputedStyle(el).color)).toBe("rgb(26, 127, 55)");

    // the DOCX draft's KPIs from its table: the short one with its Word cell, and 销售收入 not required (或 销售 answered)
    const docx = page.locator(`section.draft[data-path="${DOCX_KPI}"]`);
    const docxKpi = docx.locator('tr.kpi-row[data-status="not-met"]');
    expect(await docxKpi.locator("th.metric").innerText()).toContain("打钉成功率");
    expect(await docxKpi.locator("td.stated").innerText()).toBe("98.5%");
    expect(await docxKpi.locator("td.loc").innerText()).toBe("17:18 (表 2 第 5 行第 3 格)");
    expect(await docx.locator('tr.kpi-row[data-status="not-required"] td.status').innerText()).toBe("– 无需承诺");

    // a clean draft says so, in green with a ✓
    const clean = page.locator(`section.draft[data-path="${CLEAN_PDF}"] .no-findings`);
    expect(await clean.innerText()).toMatch(/^✓ 未发现问题/);
    expect(await clean.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(26, 127, 55)");

    // a draft over the cap meets every KPI: its checklist says so
    const cap = page.locator(`section.draft[data-path="${OVER_CAP}"]`);
    expect(await cap.locator('tr.finding[data-rule="funding-over-cap"]').count()).toBe(1);
    expect(await cap.locator("tr.kpi-row").count()).toBe(await cap.locator('tr.kpi-row[data-status="met"]').count());
    expect(await cap.locator("tr.kpi-row").count()).toBeGreaterThan(20);

    // file names are never broken across lines: each is one line box, as tall as one line; a long one is
    // clipped with an ellipsis and scrolls in its box, its full name in the box and in its title
    const names = await page.locator("code.path").evaluateAll((els) =>
      els.map((el) => {
        const e = el as HTMLElement;
        const lineHeight = parseFloat(getComputedStyle(e).lineHeight) || 1.55 * parseFloat(getComputedStyle(e).fontSize);
        return { text: e.textContent, rects: e.getClientRects().length, lines: Math.round(e.getBoundingClientRect().height / lineHeight), clipped: e.scrollWidth > e.clientWidth, title: e.title };
      }),
    );
    expect(names.length).toBeGreaterThan(15);
    expect(names.filter((n) => n.rects !== 1 || n.lines > 1)).toEqual([]);
    const long = names.filter((n) => n.text === longDraft);
    expect(long.length).toBe(2); // the summary row and the section heading
    expect(long.every((n) => n.clipped && n.title === longDraft)).toBe(true);

    const shot = join(shots, "report-zh.png");
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`HTML report screenshot: ${shot}`);
    await annotate(`screenshot: ${shot}`);

    // the severity filter works in the browser (CSS :has, no script): unticking 错误 hides error rows
    await page.locator("#show-error").uncheck();
    expect(await row.isVisible()).toBe(false);
    await page.locator("#show-error").check();
    expect(await row.isVisible()).toBe(true);

    // self-contained: no request left the file
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("a checklist with KPIs met, not met and not stated", async ({ annotate }) => {
    const page = await open(await report([INTL_SHORT, INTL_MISSING], "report-intl.html", INTL));
    const statuses = async (path: string) =>
      page.locator(`section.draft[data-path="${path}"] tr.kpi-row`).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.split("\t")[0].trim()));
    const short = await statuses(INTL_SHORT);
    expect(short.filter((s) => s === "✗ 未达标")).toHaveLength(1);
    expect(short.filter((s) => s === "✓ 达标")).toHaveLength(short.length - 1);
    const missing = await statuses(INTL_MISSING);
    expect(missing.filter((s) => s === "○ 未承诺")).toHaveLength(1);
    expect(missing.filter((s) => s === "✓ 达标")).toHaveLength(missing.length - 1);
    const absent = page.locator(`section.draft[data-path="${INTL_MISSING}"] tr.kpi-row[data-status="not-stated"]`);
    expect(await absent.locator("td.stated").innerText()).toBe("—");
    expect(await absent.locator("td.rule").innerText()).toBe("kpi-missing");
    expect(await absent.locator("td.status").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(253, 236, 234)");
    const shot = join(shots, "report-intl.png");
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`HTML report screenshot: ${shot}`);
    await annotate(`screenshot: ${shot}`);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("--lang en", async ({ annotate }) => {
    const out = join(tmp, "report-en.html");
    const r = await runCli(["check", KPI_SHORT, CLEAN_PDF, "--guide", GUIDE, "--format", "html", "--lang", "en", "-o", out], ENV);
    expect(r.code).toBe(1);
    const page = await open(out);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("h1").innerText()).toBe("Proposal check report");
    expect(await page.locator("header .generated").innerText()).toMatch(/^Generated by guide \S+ on 2026-01-01 08:00 UTC$/);
    expect(await page.locator('table.kpi tr[data-status="not-met"] td.status').innerText()).toBe("✗ not met");
    expect(await page.locator(".no-findings").innerText()).toMatch(/^✓ No findings/);
    const shot = join(shots, "report-en.png");
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`HTML report screenshot: ${shot}`);
    await annotate(`screenshot: ${shot}`);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
