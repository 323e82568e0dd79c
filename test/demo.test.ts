// `npm run demo` (issue 13): on a fresh checkout, one line parses the bundled notice, then checks the bundled
// draft against it and shows the findings. Runs the demo script's command from package.json as npm does
// (on the built CLI: npm test builds first).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ROOT } from "./helpers.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };

describe("npm run demo", () => {
  it("parses the bundled notice, lists its directions, checks the bundled draft and shows its findings; exit 0", () => {
    const [command, ...args] = pkg.scripts.demo.split(" ");
    expect(command).toBe("node");
    const run = spawnSync(process.execPath, [...args, "--lang", "en"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const steps = run.stdout.split(/^\$ guide /m).slice(1);
    expect(steps.map((s) => s.split(" ")[0])).toEqual(["parse", "list", "check"]);
    expect(steps[0]).toMatch(/^parse fixtures\/notices\/003-sichuan-ai-jiebang\/input\.txt -o \.guide-cache\/demo\/guide\.yaml/);
    // the guide it wrote is the notice's model, and the list shows its directions
    const guide = parseYaml(readFileSync(join(ROOT, ".guide-cache/demo/guide.yaml"), "utf8")) as { directions: { id: string }[] };
    expect(guide.directions.map((d) => d.id)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]);
    expect(steps[1]).toContain("11 direction");
    // the draft's seeded problems, each with its rule, its place and the guide clause behind it
    expect(steps[2]).toContain("fixtures/demo/draft.md  direction 7");
    for (const [rule, line] of [["duration-too-long", 10], ["funding-over-cap", 14], ["kpi-threshold-not-met", 23]] as const)
      expect(steps[2]).toMatch(new RegExp(`fixtures/demo/draft\\.md:${line}:\\d+ .*${rule}`));
    expect(steps[2]).toContain("guide fixtures/notices/003-sichuan-ai-jiebang/input.txt:261");
    expect(steps[2]).toContain("1 file(s) checked: 3 error(s), 0 warning(s), 0 info(s)");
  });
});
