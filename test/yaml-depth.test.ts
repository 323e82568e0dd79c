/**
 * YAML nested thousands of levels deep — a guide, a config, a draft's front matter — is refused with a message,
 * never by running out of stack. The stack overflow was not a catchable error: V8 aborted the process when the
 * yaml library compiled a regular expression at the stack's edge (`FATAL ERROR: RegExpCompiler Allocation
 * failed`, exit 134), which took a CI run's test worker down with it. The child process below is the proof
 * that counts: the in-process cases pass or abort the worker, the child's exit code says which.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseConfigYaml } from "../src/config/load.js";
import { loadGuideText } from "../src/core/guide-file.js";
import { MAX_YAML_DEPTH, parseYamlDocument } from "../src/core/yaml-document.js";
import { readExplicit } from "../src/draft/explicit.js";
import { ROOT } from "./helpers.js";

/** Each makes exactly `depth` collections, one inside the other. */
const NESTINGS: Record<string, (depth: number) => string> = {
  "flow sequences": (d) => `${"[".repeat(d)}${"]".repeat(d)}\n`,
  "flow mappings": (d) => `${"{b: ".repeat(d)}1${"}".repeat(d)}\n`,
  "indented block mappings": (d) => `${Array.from({ length: d }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} 1\n`,
  "compact block sequences": (d) => `${"- ".repeat(d)}x\n`,
};

describe("YAML nesting depth", () => {
  for (const [shape, make] of Object.entries(NESTINGS)) {
    it(`${shape} 5,000 deep are refused by every reader of YAML; ${MAX_YAML_DEPTH} deep are read`, async () => {
      const deep = make(5000);
      await expect(loadGuideText(deep, "guide.yaml")).rejects.toMatchObject({ code: "invalid-guide", data: { detail: expect.stringMatching(/nested too deeply/) } });
      await expect(parseConfigYaml(deep, "guide.config.yaml")).rejects.toMatchObject({ code: "invalid-config", data: { detail: expect.stringMatching(/nested too deeply/) } });
      expect(readExplicit(deep, "front-matter", 2).unknownKeys).toEqual([expect.objectContaining({ text: expect.stringMatching(/^invalid front matter: nested too deeply/) })]);
      expect(parseYamlDocument(make(MAX_YAML_DEPTH)).errors).toEqual([]);
      expect(parseYamlDocument(make(MAX_YAML_DEPTH + 1)).errors.map((e) => e.code)).toEqual(["RESOURCE_EXHAUSTION"]);
    });
  }

  it("the refusal is placed at the collection that goes too deep", () => {
    const doc = parseYamlDocument(NESTINGS["indented block mappings"](MAX_YAML_DEPTH + 50));
    expect(doc.errors[0].pos[0]).toBe(NESTINGS["indented block mappings"](MAX_YAML_DEPTH + 50).indexOf(`\n${" ".repeat(MAX_YAML_DEPTH)}k:`) + 1 + MAX_YAML_DEPTH);
  });

  it("a second document is still an error", () => {
    expect(parseYamlDocument("a: 1\n---\nb: 2\n").errors.map((e) => e.code)).toEqual(["MULTIPLE_DOCS"]);
  });

  it("one process reads fixtures/bad/deep-nesting.yaml 30 times through each reader and lives", () => {
    // Before the depth check this aborted on one of the first few reads, deterministically in a plain node.
    const script = `
      import { readFileSync } from "node:fs";
      import { loadGuideText } from "./dist/core/guide-file.js";
      import { parseConfigYaml } from "./dist/config/load.js";
      import { readExplicit } from "./dist/draft/explicit.js";
      const text = readFileSync("fixtures/bad/deep-nesting.yaml", "utf8");
      const refusals = new Set();
      for (let i = 0; i < 30; i++) {
        await loadGuideText(text, "g.yaml").catch((e) => refusals.add(e.data.detail));
        await parseConfigYaml(text, "c.yaml").catch((e) => refusals.add(e.data.detail));
        refusals.add(readExplicit(text, "front-matter", 2).unknownKeys[0].text);
      }
      console.log(JSON.stringify([...refusals]));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).not.toMatch(/FATAL|Allocation failed/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.stringMatching(/^line 2, column \d+: nested too deeply/),
      expect.stringMatching(/^invalid front matter: nested too deeply/),
    ]);
  });
});
