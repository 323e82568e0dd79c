// The runtime as users get it (issue 13): the npm package installed with --omit=dev into an empty folder, and
// the GitHub Action's checkout installed as action.yml does, each running guide with no compile step and no
// dev dependency. Also: the committed CLI bundle (dist/bundle/, which the Action runs) is the bundle of src/.
// Packs what `npm run build` left in dist/ (npm test builds first).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { RULE_LIST, VERSION } from "../src/check/index.js";
import { ROOT } from "./helpers.js";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const QUIET = ["--no-audit", "--no-fund", "--loglevel=error"];
const DEV_ONLY = ["typescript", "esbuild", "vitest", "eslint", "playwright-core", "pdfkit", "mammoth", "iconv-lite"];
const NOTICE = join(ROOT, "fixtures/notices/003-sichuan-ai-jiebang");
const expectedIds = (parseYaml(readFileSync(join(NOTICE, "expected.yaml"), "utf8")) as { directions: { id: string }[] }).directions.map((d) => d.id);

const npm = (args: string[], cwd: string) => execFileSync(NPM, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/**
 * An install from the npm cache, as offline as it can be: `--offline` needs the packages' registry metadata
 * in the cache, which `npm ci` of a lockfile does not fetch; then the registry is asked for what is missing.
 */
function installOffline(args: string[], cwd: string): void {
  try {
    npm([...args, "--offline", ...QUIET], cwd);
  } catch (err) {
    if (!/ENOTCACHED/.test(String((err as { stderr?: string }).stderr))) throw err;
    npm([...args, "--prefer-offline", ...QUIET], cwd);
  }
}

/** A git blob id, as `git ls-files -s` shows it. */
const blobId = (bytes: Buffer) => createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "guide-package-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the committed CLI bundle", () => {
  it("is the bundle of src/ (else: npm run build, then commit dist/bundle/)", () => {
    const out = join(tmp, "bundle");
    execFileSync(process.execPath, [join(ROOT, "scripts/bundle.mjs"), "--out", out], { cwd: tmp });
    const fresh = Object.fromEntries(readdirSync(out).map((f) => [`dist/bundle/${f}`, blobId(readFileSync(join(out, f)))]));
    // the bundle as git holds it (the index: what the next commit takes), not as the last build left it
    const staged = Object.fromEntries(
      execFileSync("git", ["ls-files", "-s", "--", "dist/bundle"], { cwd: ROOT, encoding: "utf8" })
        .trim()
        .split("\n")
        .filter(Boolean)
        .map((l) => [l.split("\t")[1], l.split(" ")[1]]),
    );
    expect(Object.keys(fresh).length).toBeGreaterThan(3);
    expect(staged).toEqual(fresh);
  });
});

describe("npm pack, then npm install --omit=dev of the tarball into an empty folder", () => {
  let packed: Set<string>;
  let bin: string;
  let app: string;
  beforeAll(() => {
    const [pack] = JSON.parse(npm(["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], ROOT)) as [{ filename: string; files: { path: string }[] }];
    packed = new Set(pack.files.map((f) => f.path));
    app = join(tmp, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), "{}\n");
    installOffline(["install", "--omit=dev", join(tmp, pack.filename)], app);
    bin = join(app, "node_modules/guide/bin/guide.js");
  }, 120_000);

  it("ships the built CLI, the API and its types, the schemas and the rule docs, and no sources or tests", () => {
    for (const f of ["bin/guide.js", "dist/bundle/main.js", "dist/bundle/check.js", "dist/index.js", "dist/index.d.ts", "schemas/guide.schema.json", "package.json"])
      expect(packed, f).toContain(f);
    expect([...packed].filter((f) => /^(test|fixtures|scripts)\/|\.ts$/.test(f) && !f.endsWith(".d.ts"))).toEqual([]);
  });

  it("installs the runtime dependencies only", () => {
    const installed = readdirSync(join(app, "node_modules"));
    expect(installed).toContain("pdf-parse");
    expect(installed.filter((p) => DEV_ONLY.includes(p))).toEqual([]);
  });

  it("every rule's URL (SARIF helpUri, as code scanning shows it) is its doc at the version's tag, which ships in the package", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { repository: { url: string } };
    const run = spawnSync(process.execPath, [bin, "check", join(ROOT, "fixtures/demo/draft.md"), "--guide", join(ROOT, "fixtures/drafts/guides/003.yaml"), "--format", "sarif", "--no-cache"], { cwd: app, encoding: "utf8" });
    const rules = (JSON.parse(run.stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] }).runs[0].tool.driver.rules;
    // every rule, and the finding of a draft that cannot be read
    expect(rules.map((r) => r.id)).toEqual([...RULE_LIST.map((r) => r.meta.id), "draft-unreadable"].sort());
    for (const rule of rules) {
      const url = new URL(rule.helpUri);
      const [, owner, name, blob, tag, ...path] = url.pathname.split("/");
      expect(`${url.origin}/${owner}/${name}.git`).toBe(pkg.repository.url.replace(/^git\+/, ""));
      expect([blob, tag]).toEqual(["blob", `v${VERSION}`]);
      expect(path.join("/")).toBe(`src/check/rules/${rule.id}.md`);
      expect(packed, rule.id).toContain(path.join("/"));
    }
  });

  it("guide parse reads a TXT, a DOCX and a PDF notice: the notice's directions", () => {
    for (const input of ["input.txt", "input.docx", "input.pdf"]) {
      const run = spawnSync(process.execPath, [bin, "parse", join(NOTICE, input), "--format", "json"], { cwd: app, encoding: "utf8" });
      expect(run.stderr, input).toBe("");
      expect(run.status, input).toBe(0);
      expect((JSON.parse(run.stdout) as { directions: { id: string }[] }).directions.map((d) => d.id), input).toEqual(expectedIds);
    }
  });

  it("guide check finds the demo draft's funding over the cap, its period too long and its KPI below the threshold", () => {
    const guide = join(app, "guide.yaml");
    execFileSync(process.execPath, [bin, "parse", join(NOTICE, "input.txt"), "-o", guide], { cwd: app });
    const run = spawnSync(process.execPath, [bin, "check", join(ROOT, "fixtures/demo/draft.md"), "--guide", guide, "--format", "json", "--no-cache"], { cwd: app, encoding: "utf8" });
    expect(run.status).toBe(1);
    const findings = (JSON.parse(run.stdout) as { files: { findings: { ruleId: string; location: { line: number } }[] }[] }).files[0].findings;
    expect(findings.map((f) => [f.ruleId, f.location.line])).toEqual([
      ["duration-too-long", 10],
      ["funding-over-cap", 14],
      ["kpi-threshold-not-met", 23],
    ]);
  });
});

describe("the GitHub Action's install (action.yml) on the committed files", () => {
  it("runs guide check on the example repository with the runtime dependencies only", () => {
    const action = parseYaml(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { steps: { name?: string; run?: string }[] } };
    const install = action.runs.steps.find((s) => s.name === "Install guide")!.run!.trim();
    expect(install).toMatch(/^npm ci --omit=dev --ignore-scripts\b/);
    // the Action's checkout: the files as git holds them, without dist/ other than the committed bundle
    const checkout = join(tmp, "action") + "/";
    execFileSync("git", ["checkout-index", "--all", `--prefix=${checkout}`], { cwd: ROOT });
    expect(readdirSync(join(checkout, "dist"))).toEqual(["bundle"]);
    installOffline(install.split(/\s+/).slice(1), checkout);
    expect(readdirSync(join(checkout, "node_modules")).filter((p) => DEV_ONLY.includes(p))).toEqual([]);
    expect(existsSync(join(checkout, "dist/cli"))).toBe(false);

    const sarif = join(tmp, "guide-results.sarif");
    const run = spawnSync(process.execPath, [join(checkout, "bin/guide.js"), "check", "--format", "sarif", "-o", sarif, "--fail-on", "error", "--quiet", "--no-cache"], {
      cwd: join(checkout, "fixtures/repo-example"),
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const results = (JSON.parse(readFileSync(sarif, "utf8")) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0].results;
    expect(results.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri} ${r.ruleId}`)).toContain("drafts/sichuan/cap-2100.md funding-over-cap");
  }, 120_000);
});
