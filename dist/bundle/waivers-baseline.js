import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/waivers/baseline.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { z } from "zod";
import { GuideError } from "./core-errors.js";
var BaselineEntry = z.strictObject({
  file: z.string().describe("The draft, relative to the repository root, POSIX separators"),
  ruleId: z.string(),
  directionId: z.string().nullable(),
  kpi: z.string().nullable().describe("The KPI metric the finding is about, if any"),
  hash: z.string().describe("sha256 of the messageId and the message data (first 16 hex digits)"),
  count: z.number().int().min(1)
});
var Baseline = z.strictObject({
  schemaVersion: z.literal(1),
  findings: z.array(BaselineEntry)
});
function stable(v) {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable(v[k])}`).join(",")}}`;
  return JSON.stringify(v) ?? "null";
}
function repoPath(path, cwd, root) {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  return relative(root, abs).split(sep).join("/");
}
function findingKey(file, f) {
  const hash = createHash("sha256").update(stable({ messageId: f.messageId, data: f.data })).digest("hex").slice(0, 16);
  const kpi = f.kpi?.metric ?? (typeof f.data.metric === "string" ? f.data.metric : null);
  return { file, ruleId: f.ruleId, directionId: f.directionId, kpi, hash };
}
var keyString = (k) => stable([k.file, k.ruleId, k.directionId, k.kpi, k.hash]);
function buildBaseline(files, cwd, root) {
  const counts = /* @__PURE__ */ new Map();
  for (const file of files) {
    const rel = repoPath(file.path, cwd, root);
    for (const f of file.findings) {
      if (f.fatal) continue;
      const k = findingKey(rel, f);
      const s = keyString(k);
      const e = counts.get(s);
      if (e) e.count++;
      else counts.set(s, { ...k, count: 1 });
    }
  }
  const findings = [...counts.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, e]) => e);
  return { schemaVersion: 1, findings };
}
function renderBaseline(b) {
  return JSON.stringify(b, null, 2) + "\n";
}
async function readBaseline(abs, shown) {
  let text;
  try {
    text = await readFile(abs, "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new GuideError("file-unreadable", shown, { detail: code ?? String(err) });
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new GuideError("invalid-config", shown, { detail: `not JSON: ${err.message}` });
  }
  const r = Baseline.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new GuideError("invalid-config", shown, { detail: `${issue.path.join(".") || "(root)"}: ${issue.message}` });
  }
  return r.data;
}
function applyBaseline(files, baseline, cwd, root) {
  const left = /* @__PURE__ */ new Map();
  for (const e of baseline.findings) left.set(keyString(e), (left.get(keyString(e)) ?? 0) + e.count);
  let accepted = 0;
  const out = files.map((file) => {
    const rel = repoPath(file.path, cwd, root);
    const findings = file.findings.filter((f) => {
      if (f.fatal) return true;
      const s = keyString(findingKey(rel, f));
      const n = left.get(s) ?? 0;
      if (n <= 0) return true;
      left.set(s, n - 1);
      accepted++;
      return false;
    });
    return { ...file, findings };
  });
  return { files: out, accepted };
}
export {
  Baseline,
  BaselineEntry,
  applyBaseline,
  buildBaseline,
  findingKey,
  readBaseline,
  renderBaseline,
  repoPath
};
