import { describe, expect, it } from "vitest";
import { renderGuide } from "../src/cli/render.js";
import { normalizeNotice } from "../src/normalize/index.js";
import { noticeNames, noticeText, parseNotice } from "./helpers.js";

const squeeze = (s: string) => s.replace(/\s+/g, "");

describe.each(noticeNames())("notice %s", (name) => {
  it("matches its expected YAML (regenerate with vitest -u after a deliberate change)", async () => {
    const yaml = await renderGuide(await parseNotice(name), "yaml");
    await expect(yaml).toMatchFileSnapshot(`../fixtures/notices/${name}/expected.yaml`);
  });

  it("places every KPI and direction on the raw lines its span names", async () => {
    const g = await parseNotice(name);
    const raw = noticeText(name).replace(/\r\n?/g, "\n").split("\n");
    const linesOf = async (span: { startLine: number; endLine: number }) =>
      squeeze((await normalizeNotice(raw.slice(span.startLine - 1, span.endLine).join("\n"))).display);
    let previous = 0;
    for (const d of g.directions) {
      expect(d.span.startLine).toBeLessThanOrEqual(d.span.endLine);
      if (d.id !== "0") {
        expect(d.span.startLine).toBeGreaterThanOrEqual(previous);
        previous = d.span.startLine;
      }
      expect(await linesOf({ startLine: d.span.startLine, endLine: d.span.startLine + 2 })).toContain(squeeze(d.title).slice(0, 12));
      for (const k of d.kpis) {
        expect(k.span.startLine).toBeGreaterThanOrEqual(d.span.startLine);
        expect(k.span.endLine).toBeLessThanOrEqual(d.span.endLine);
        expect(await linesOf(k.span)).toContain(squeeze(k.text));
      }
    }
  });
});
