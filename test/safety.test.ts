// Issue 6 "Limits and safety": no network access anywhere, YAML read safely (no custom tags), and no
// shell-outs. The network test runs the real CLI (bin/guide.js, dist/) in a child process whose preload
// makes every way out (net, tls, http, https, dns, fetch) throw and records the attempt.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "guide-safety-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PRELOAD = `
import { appendFileSync } from "node:fs";
import { createRequire, syncBuiltinESMExports } from "node:module";
const require = createRequire(import.meta.url);
const log = process.env.GUIDE_NET_LOG;
function deny(name) {
  return function () {
    appendFileSync(log, name + "\\n");
    throw new Error("network disabled by test/safety.test.ts: " + name);
  };
}
const net = require("node:net"), tls = require("node:tls"), http = require("node:http"), https = require("node:https"), dns = require("node:dns");
net.connect = net.createConnection = deny("net.connect");
net.Socket.prototype.connect = deny("net.Socket.connect");
tls.connect = deny("tls.connect");
for (const [name, m] of [["http", http], ["https", https]]) { m.request = deny(name + ".request"); m.get = deny(name + ".get"); }
for (const f of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny"]) { dns[f] = deny("dns." + f); dns.promises[f] = deny("dns.promises." + f); }
globalThis.fetch = deny("fetch");
globalThis.WebSocket = deny("WebSocket");
syncBuiltinESMExports();
`;
const preload = join(tmp, "no-network.mjs");
writeFileSync(preload, PRELOAD);

/** Run bin/guide.js with networking disabled; returns exit code, output and the attempts to connect. */
function offline(args: string[], name: string): { code: number; stdout: string; stderr: string; attempts: string } {
  const log = join(tmp, `${name}.log`);
  writeFileSync(log, "");
  let code = 0;
  let stdout = "";
  let stderr = "";
  try {
    stdout = execFileSync(process.execPath, ["--import", preload, join(ROOT, "bin/guide.js"), ...args], {
      cwd: ROOT,
      env: { ...process.env, GUIDE_NET_LOG: log, NO_COLOR: "1", CI: "true" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120000,
    });
  } catch (err) {
    const e = err as { status: number | null; stdout: string; stderr: string };
    code = e.status ?? -1;
    stdout = e.stdout;
    stderr = e.stderr;
  }
  return { code, stdout, stderr, attempts: readFileSync(log, "utf8") };
}

describe("no network access", () => {
  it("the preload really blocks the network (the test would catch a connection)", () => {
    const probe = join(tmp, "probe.mjs");
    writeFileSync(probe, `import net from "node:net"; import { lookup } from "node:dns"; try { net.connect(80, "example.org"); } catch {} try { lookup("example.org", () => {}); } catch {} try { await fetch("http://example.org"); } catch {}`);
    const log = join(tmp, "probe.log");
    writeFileSync(log, "");
    execFileSync(process.execPath, ["--import", preload, probe], { env: { ...process.env, GUIDE_NET_LOG: log } });
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["net.connect", "dns.lookup", "fetch"]);
  });

  it.each([
    ["txt", "fixtures/notices/003-sichuan-ai-jiebang/input.txt"],
    ["pdf", "fixtures/pdf/zhejiang-directions.pdf"],
    ["docx", "fixtures/docx/zhejiang-directions.docx"],
  ])("guide parse (%s) succeeds offline", (fmt, notice) => {
    const r = offline(["parse", notice, "--format", "json"], `parse-${fmt}`);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
    expect(r.attempts).toBe("");
  });

  it("guide check (TXT, MD, PDF, DOCX drafts; a parsed guide and a notice parsed on the fly) succeeds offline", () => {
    const drafts = readdirSync("fixtures/drafts")
      .filter((n) => n.startsWith("02"))
      .flatMap((n) => readdirSync(join("fixtures/drafts", n)).filter((f) => f.startsWith("draft.") && !f.endsWith(".yaml")).map((f) => `fixtures/drafts/${n}/${f}`))
      .filter((p) => /sichuan/.test(p));
    expect(drafts.some((d) => d.endsWith(".pdf")) && drafts.some((d) => d.endsWith(".docx"))).toBe(true);
    for (const [name, guide] of [["yaml", "fixtures/drafts/guides/003.yaml"], ["notice", "fixtures/notices/003-sichuan-ai-jiebang/input.txt"]]) {
      const r = offline(["check", ...drafts, "--guide", guide, "--format", "json", "--no-cache"], `check-${name}`);
      expect(r.code, r.stderr).toBeLessThan(2);
      expect(JSON.parse(r.stdout).files).toHaveLength(drafts.length);
      expect(r.attempts).toBe("");
    }
  });
});

describe("YAML is read safely: no custom tags", () => {
  const guideYaml = readFileSync("fixtures/drafts/guides/003.yaml", "utf8");
  const tagged: [string, string][] = [
    ["!!js/function", guideYaml.replace(/^( {2}title: ).*$/m, '$1!!js/function "function () { return process.exit(7) }"')],
    ["!!js/regexp", guideYaml.replace(/^( {2}title: ).*$/m, "$1!!js/regexp /x/")],
    ["a custom tag", guideYaml.replace(/^( {2}title: ).*$/m, '$1!custom "x"')],
    ["!!python/object", guideYaml.replace(/^( {2}title: ).*$/m, "$1!!python/object:os.system [ls]")],
  ];

  it("the fixture has the line the cases rewrite", () => {
    for (const [, text] of tagged) expect(text).not.toBe(guideYaml);
  });

  it.each(tagged)("guide validate refuses %s", async (tag, text) => {
    const file = join(tmp, `validate-${tag.replace(/\W/g, "")}.yaml`);
    writeFileSync(file, text);
    const r = await runCli(["validate", file, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tag/i);
  });

  it.each(tagged)("guide check --guide refuses a guide with %s", async (tag, text) => {
    const file = join(tmp, `check-${tag.replace(/\W/g, "")}.yaml`);
    writeFileSync(file, text);
    const r = await runCli(["check", "fixtures/drafts/023-sichuan-strict-at-threshold/draft.txt", "--guide", file, "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/tag/i);
  });

  it.each([
    ["!!js/function", (c: string) => c.replace(/^( {2}content-not-covered: ).*$/m, '$1!!js/function "function () {}"')],
    ["a custom tag", (c: string) => c.replace(/^ignores: .*$/m, 'ignores: !custom ["**/archive/**"]')],
  ])("a guide.config.yaml with %s is refused", async (tag, rewrite) => {
    const repo = join(tmp, `repo-${tag.replace(/\W/g, "")}`);
    cpSync("fixtures/repo-example", repo, { recursive: true });
    const config = join(repo, "guide.config.yaml");
    const text = readFileSync(config, "utf8");
    expect(rewrite(text)).not.toBe(text);
    writeFileSync(config, rewrite(text));
    const r = await runCli(["check", "--quiet", "--no-cache", "--format", "json", "--lang", "en"], {}, repo);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/tag/i);
  });
});

/**
 * Modules of src/ that may use child_process, each with the reason. Spawning a process with a
 * user-controlled string is how a crafted file name becomes a command; none is needed today.
 */
const SHELL_OUT_ALLOWED: Record<string, string> = {};

describe("no shell-outs", () => {
  it("src/ uses child_process (exec, spawn, fork) nowhere outside the allow-list", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|js|mjs|cjs)$/.test(e.name)) {
          const rel = relative(ROOT, p).split("\\").join("/");
          const src = readFileSync(p, "utf8");
          // every exec/spawn/fork needs child_process imported (a local `spawn()` of worker threads is no shell-out)
          const hits = src.split("\n").filter((l) => /["'](?:node:)?child_process["']|process\.binding\s*\(|\bshell\s*:\s*true/.test(l));
          if (hits.length && !(rel in SHELL_OUT_ALLOWED)) offenders.push(`${rel}: ${hits[0].trim()}`);
        }
      }
    };
    walk(join(ROOT, "src"));
    expect(offenders).toEqual([]);
  });

  it("nor eval, new Function or node:vm, which would run text from a file as code", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|js|mjs|cjs)$/.test(e.name) && /\beval\s*\(|new Function\s*\(|["']node:vm["']|["']vm["']/.test(readFileSync(p, "utf8"))) offenders.push(relative(ROOT, p));
      }
    };
    walk(join(ROOT, "src"));
    expect(offenders).toEqual([]);
  });
});

describe("limits have flags that raise them", () => {
  it("guide parse --timeout stops a PDF that takes longer, with the timeout message (exit 2)", async () => {
    const r = await runCli(["parse", "fixtures/pdf/zhejiang-directions.pdf", "--timeout", "0.001", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/zhejiang-directions\.pdf.*took longer than/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("guide parse --timeout 120 reads the same PDF", async () => {
    const r = await runCli(["parse", "fixtures/pdf/zhejiang-directions.pdf", "--timeout", "120", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).source.format).toBe("pdf");
  });

  it.each(["0", "-5", "abc", "1e3"])("guide parse --timeout %s is a usage error", async (value) => {
    const r = await runCli(["parse", "fixtures/notices/003-sichuan-ai-jiebang/input.txt", `--timeout=${value}`, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/--timeout/);
  });

  it("guide parse --max-size refuses a larger notice, and a larger --max-size admits it", async () => {
    const small = await runCli(["parse", "fixtures/notices/003-sichuan-ai-jiebang/input.txt", "--max-size", "1k", "--lang", "en"]);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/input\.txt/);
    const big = await runCli(["parse", "fixtures/notices/003-sichuan-ai-jiebang/input.txt", "--max-size", "50MB", "--format", "json"]);
    expect(big.code).toBe(0);
  });
});
