import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../src/core/display-width.js";
import { helpFor, type CommandName } from "../src/i18n/help.js";
import { runCli } from "./helpers.js";

const COMMANDS = Object.keys(helpFor("en").commands) as CommandName[];
// Options every command has, documented once ("Options of every command" in the README).
const COMMON = ["--lang", "--debug", "--help"];

const longFlags = (help: string): string[] => [...new Set([...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]))];

describe("guide --help follows --lang and GUIDE_LANG", () => {
  it("Chinese by default, English with --lang en or GUIDE_LANG=en, for the program and every command", async () => {
    const zh = await runCli(["--help"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法： guide/);
    expect(zh.stdout).toContain("命令：");
    expect((await runCli(["--help", "--lang", "en"])).stdout).toMatch(/^Usage: guide/);
    expect((await runCli(["--help"], { GUIDE_LANG: "en" })).stdout).toMatch(/^Usage: guide/);
    for (const name of COMMANDS) {
      const inZh = await runCli([name, "--help"]);
      const inEn = await runCli([name, "--help"], { GUIDE_LANG: "en" });
      expect([inZh.code, inEn.code], name).toEqual([0, 0]);
      expect(inZh.stdout, name).toContain(helpFor("zh").commands[name].description.slice(0, 12));
      expect(inEn.stdout, name).toContain(helpFor("en").commands[name].description.slice(0, 12));
      // every option and argument has its text in both languages, and no commander English is left in Chinese
      expect(longFlags(inZh.stdout), name).toEqual(longFlags(inEn.stdout));
      expect(inZh.stdout, name).not.toMatch(/Usage:|Options:|Arguments:|display help|choices:|default:/);
      for (const line of inZh.stdout.split("\n")) expect(displayWidth(line), `${name}: ${line}`).toBeLessThanOrEqual(80);
    }
  });
});

describe("argument errors are one line in the user's language", () => {
  const cases: [string[], RegExp, RegExp][] = [
    [["chek"], /^guide: 未知命令 chek，您是不是要找 check？运行/, /^guide: unknown command chek; did you mean check\? Run/],
    [["check", "--guid", "g.yaml", "a.md"], /未知选项 --guid，您是不是要找 --guide？/, /unknown option --guid; did you mean --guide\?/],
    [["check", "a.md", "--jobs", "0"], /--jobs 的值无效：0（应为不小于 1 的整数）/, /invalid value for --jobs: 0 \(a whole number ≥ 1\)/],
    [["check", "a.md", "--format", "xml"], /--format 的值无效：xml（可选：/, /invalid value for --format: xml \(allowed: text, json/],
    [["check", "a.md", "--max-warnings", "-1"], /--max-warnings 的值无效/, /invalid value for --max-warnings/],
    [["parse", "a.txt", "--timeout", "0"], /--timeout 的值无效：0（应为大于 0 的秒数）/, /seconds > 0/],
    [["list", "g.yaml", "--cap-min", "lots"], /--cap-min 的值无效：lots（应为以万元计的金额）/, /an amount in 万元/],
    [["show", "g.yaml"], /缺少参数 id/, /missing the argument id/],
    [["validate", "a.yaml", "b.yaml"], /参数过多：validate 需要 1 个，实际给了 2 个/, /too many arguments: validate takes 1, got 2/],
    [["template", "g.yaml"], /必须给出选项 --direction/, /the option --direction is required/],
    [["check", "a.md", "--guide"], /--guide 需要一个值/, /--guide needs a value/],
    [["check", "a.md"], /没有指南：请用 --guide GUIDE 指定/, /no guide: pass --guide GUIDE/],
  ];
  it.each(cases)("guide %j", async (argv, zh, en) => {
    const inZh = await runCli(argv);
    const inEn = await runCli([...argv, "--lang", "en"]);
    expect([inZh.code, inEn.code]).toEqual([2, 2]);
    expect(inZh.stderr.trim().split("\n")).toHaveLength(1);
    expect(inZh.stderr).toMatch(zh);
    expect(inEn.stderr).toMatch(en);
    // commander's own English words never reach a Chinese line
    expect(inZh.stderr).not.toMatch(/error:|unknown|missing|invalid|argument|Did you mean/);
  });
});

describe("the README documents every command and option", () => {
  const readme = readFileSync("README.md", "utf8");
  const sections = readme.split(/^(?=#{2,3} )/m);

  it.each(COMMANDS)("guide %s: each option of its --help is in a README section about it", async (name) => {
    const help = (await runCli([name, "--help", "--lang", "en"])).stdout;
    const about = sections.filter((s) => new RegExp("^#{2,3} .*`guide " + name + "\\b").test(s)).join("\n");
    expect(about, `a README heading naming \`guide ${name}\``).not.toBe("");
    for (const flag of longFlags(help).filter((f) => !COMMON.includes(f))) expect(about, `${name} ${flag}`).toContain(flag);
  });

  it("every --option the README names is an option of some command, and the common ones are documented", async () => {
    const all = new Set<string>(["--version"]);
    for (const name of COMMANDS) for (const f of longFlags((await runCli([name, "--help", "--lang", "en"])).stdout)) all.add(f);
    const named = new Set([...readme.matchAll(/(?<![\w-])--[a-z][\w-]*/g)].map((m) => m[0]));
    // options of npm, npx and our scripts that the README shows beside guide's own
    const foreign = ["--yes", "--verbose", "--no-audit", "--no-fund", "--omit", "--ignore-scripts", "--project", "--no-isolate"];
    expect([...named].filter((f) => !all.has(f) && !foreign.includes(f))).toEqual([]);
    for (const f of [...COMMON, "--version"]) expect(readme, f).toMatch(new RegExp("`(-\\w, )?" + f + "\\b"));
  });
});
