import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { createProgress, progressWanted } from "../src/cli/progress.js";
import { ROOT } from "./helpers.js";

const GUIDE = "fixtures/drafts/guides/001.yaml";
const DRAFTS = ["fixtures/drafts/001-intl-clean-at-threshold/draft.txt", "fixtures/drafts/002-intl-matching-ratio-low/draft.txt"];
const COLOUR = /\u001b\[3\dm/;

function tty(isTTY = true) {
  const s = { out: "", isTTY, columns: 100, write: (c: string) => void (s.out += c) };
  return s;
}

describe("progressWanted", () => {
  it.each([
    ["a terminal", { isTTY: true }, {}, false, true],
    ["stderr piped", { isTTY: false }, {}, false, false],
    ["stderr without isTTY", {}, {}, false, false],
    ["CI=true", { isTTY: true }, { CI: "true" }, false, false],
    ["CI=1", { isTTY: true }, { CI: "1" }, false, false],
    ["CI=woodpecker", { isTTY: true }, { CI: "woodpecker" }, false, false],
    ["CI=false", { isTTY: true }, { CI: "false" }, false, true],
    ["CI empty", { isTTY: true }, { CI: "" }, false, true],
    ["--quiet", { isTTY: true }, {}, true, false],
  ])("%s", (_name, stream, env, quiet, wanted) => {
    expect(progressWanted({ stderr: { write: () => {}, ...stream }, env, quiet })).toBe(wanted);
  });
});

describe("createProgress", () => {
  it("draws a bar on a terminal, in the user's language, and clears it when stopped", async () => {
    const err = tty();
    const bar = await createProgress(10, { stderr: err, env: {}, quiet: false, lang: "en" });
    expect(bar).not.toBeNull();
    bar!.update(10, 10);
    bar!.stop();
    expect(err.out).toContain("checking");
    expect(err.out).toContain("0/10");
    expect(err.out).toMatch(COLOUR);
    const zh = tty();
    const bar2 = await createProgress(3, { stderr: zh, env: {}, quiet: false, lang: "zh" });
    bar2!.stop();
    expect(zh.out).toContain("检查");
  });

  it("has no colour with NO_COLOR", async () => {
    const err = tty();
    const bar = await createProgress(10, { stderr: err, env: { NO_COLOR: "1" }, quiet: false, lang: "en" });
    bar!.update(5, 10);
    bar!.stop();
    expect(err.out).toContain("checking");
    expect(err.out).not.toMatch(COLOUR);
  });

  it("is null, and writes nothing, when piped, in CI, with --quiet or for one draft", async () => {
    const cases = [
      { stderr: tty(false), env: {}, quiet: false, total: 10 },
      { stderr: tty(), env: { CI: "true" }, quiet: false, total: 10 },
      { stderr: tty(), env: {}, quiet: true, total: 10 },
      { stderr: tty(), env: {}, quiet: false, total: 1 },
    ];
    for (const c of cases) {
      expect(await createProgress(c.total, { stderr: c.stderr, env: c.env, quiet: c.quiet, lang: "zh" })).toBeNull();
      expect(c.stderr.out).toBe("");
    }
  });
});

describe("guide check: progress on stderr", () => {
  async function run(extra: string[], env: Record<string, string>, stderrIsTTY: boolean) {
    let stdout = "";
    const err = tty(stderrIsTTY);
    const code = await main({
      argv: ["check", ...DRAFTS, "--guide", GUIDE, "--format", "json", "--jobs", "1", ...extra],
      cwd: ROOT,
      env,
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: err,
    });
    return { code, stdout, stderr: err.out };
  }

  it("shows a bar on a terminal only: never in CI, when piped or with --quiet; the report is the same", async () => {
    const shown = await run([], {}, true);
    expect(shown.stderr).toContain("2/2");
    const silent = [await run([], {}, false), await run([], { CI: "true" }, true), await run(["--quiet"], {}, true)];
    for (const r of silent) {
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(shown.stdout);
      expect(r.code).toBe(shown.code);
    }
  });
});
