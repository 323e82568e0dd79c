import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Ajv2020 } from "./ajv.js";
import { parse as parseYaml } from "yaml";
import { ROOT, noticeInput, runCli } from "./helpers.js";

const SAMPLE = "fixtures/notices/003-sichuan-ai-jiebang/input.txt";
const NOTICES = readdirSync(join(ROOT, "fixtures/notices")).sort();

const run = runCli;

const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
const validateGuide = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas/guide.schema.json"), "utf8")));

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "guide-cli-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("guide parse", () => {
  it("prints YAML by default and JSON with --format json, the same object", async () => {
    const y = await run(["parse", SAMPLE]);
    expect(y.stderr).toBe("");
    expect(y.code).toBe(0);
    const j = await run(["parse", SAMPLE, "--format", "json"]);
    expect(j.code).toBe(0);
    expect(j.stdout.endsWith("}\n")).toBe(true);
    const obj = JSON.parse(j.stdout);
    expect(parseYaml(y.stdout)).toEqual(obj);
    expect(obj.schemaVersion).toBe(1);
    expect(obj.source).toMatchObject({ path: SAMPLE, format: "txt" });
    expect(y.stdout).not.toMatch(/[&*]a\d+\b/); // no YAML aliases
  });

  it("is deterministic: two runs give the same bytes", async () => {
    for (const format of ["yaml", "json"]) {
      const a = await run(["parse", SAMPLE, "--format", format]);
      const b = await run(["parse", SAMPLE, "--format", format]);
      expect(a.code).toBe(0);
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it("-o writes the same bytes as stdout, atomically, and prints nothing", async () => {
    const out = join(tmp, "guide.yaml");
    const printed = await run(["parse", SAMPLE]);
    const r = await run(["parse", SAMPLE, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
    expect((await readdir(tmp)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // overwrite in place works too (rename over an existing file)
    expect((await run(["parse", SAMPLE, "-o", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
  });

  it("-o FILE.json picks JSON", async () => {
    const out = join(tmp, "guide.json");
    expect((await run(["parse", SAMPLE, "-o", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).schemaVersion).toBe(1);
  });

  it("an unwritable -o fails with one line and no file", async () => {
    const out = join(tmp, "no-such-dir", "guide.yaml");
    const r = await run(["parse", SAMPLE, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it.each(NOTICES)("output of %s validates against schemas/guide.schema.json", async (name) => {
    const r = await run(["parse", `fixtures/notices/${name}/${noticeInput(name)}`, "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const ok = validateGuide(JSON.parse(r.stdout));
    expect(validateGuide.errors ?? [], JSON.stringify(validateGuide.errors)).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe("languages", () => {
  it("zh by default, en with --lang en or GUIDE_LANG=en", async () => {
    const zh = await run(["parse", "missing.txt"]);
    expect(zh.stderr).toBe("guide: 找不到文件：missing.txt。请检查路径和文件名。\n");
    const en = await run(["parse", "missing.txt", "--lang", "en"]);
    expect(en.stderr).toBe("guide: file not found: missing.txt. Check the path and file name.\n");
    const env = await run(["parse", "missing.txt"], { GUIDE_LANG: "en" });
    expect(env.stderr).toBe(en.stderr);
    expect(en.code).toBe(2);
  });

  it("--debug adds the stack trace", async () => {
    const r = await run(["parse", "missing.txt", "--debug"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\s+at /m);
  });
});

describe("guide schema", () => {
  it("prints the committed schema as JSON", async () => {
    const r = await run(["schema"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "schemas/guide.schema.json"), "utf8"));
    expect(JSON.parse(r.stdout).$schema).toMatch(/2020-12/);
  });

  it("rejects an unknown --name with exit 2", async () => {
    expect((await run(["schema", "--name", "nope"])).code).toBe(2);
  });
});

describe("guide validate", () => {
  it("accepts a parsed guide (YAML and JSON)", async () => {
    const yamlFile = join(tmp, "good.yaml");
    const jsonFile = join(tmp, "good.json");
    expect((await run(["parse", SAMPLE, "-o", yamlFile])).code).toBe(0);
    expect((await run(["parse", SAMPLE, "-o", jsonFile])).code).toBe(0);
    for (const f of [yamlFile, jsonFile]) {
      const r = await run(["validate", f, "--lang", "en"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/valid/);
    }
  });

  it("reports a hand-broken copy with the ajv instance path and exit 1", async () => {
    const good = JSON.parse((await run(["parse", SAMPLE, "--format", "json"])).stdout);
    const kpi = good.directions.flatMap((d: { kpis: unknown[] }) => d.kpis)[0] ?? {
      metric: "m",
      op: ">=",
      value: 1,
      max: null,
      unit: "",
      text: "m≥1",
      span: { startLine: 1, endLine: 1 },
    };
    good.directions[0].kpis[0] = { ...kpi, op: "=>" };
    const { stringify } = await import("yaml");
    const broken = join(tmp, "broken.yaml");
    await writeFile(broken, stringify(good));
    const r = await run(["validate", broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("directions/0/kpis/0/op: must be equal to one of the allowed values");
  });

  it("exit 2 on a file that is not YAML", async () => {
    const bad = join(tmp, "bad.yaml");
    await writeFile(bad, "a: [1, 2\nb: {\n");
    const r = await run(["validate", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(bad);
  });

  it("refuses an alias bomb", async () => {
    const bomb = join(tmp, "bomb.yaml");
    const lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(",")}]`);
    await writeFile(bomb, lines.join("\n") + "\n");
    const r = await run(["validate", bomb]);
    expect(r.code).toBe(2);
  });
});
