import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/core/guide-file.ts
import { extname } from "node:path";
import { GuideError } from "./core-errors.js";
async function loadGuideText(text, path) {
  const body = text.replace(/^\uFEFF/, "");
  if (extname(path).toLowerCase() === ".json") {
    try {
      return JSON.parse(body);
    } catch (err) {
      throw new GuideError("invalid-guide", path, { detail: err.message });
    }
  }
  const [{ LineCounter }, { parseYamlDocument }] = await Promise.all([import("yaml"), import("./core-yaml-document.js")]);
  const lines = new LineCounter();
  const doc = parseYamlDocument(body, { schema: "core", customTags: [], uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new GuideError("invalid-guide", path, { detail: `${yamlPlace(problem, lines)}${problem.message.split("\n")[0]}` });
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new GuideError("invalid-guide", path, { detail: err.message.split("\n")[0] });
  }
}
function yamlPlace(problem, lines) {
  const at = lines.linePos(problem.pos[0]);
  return `line ${at.line}, column ${at.col}: `;
}
async function validateGuideValue(value) {
  const check = (await import("./model-guide-validate.js")).validate;
  if (check(value)) return [];
  return (check.errors ?? []).map((e) => {
    const p = e.params;
    let extra = "";
    if (Array.isArray(p.allowedValues)) extra = ` (${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")})`;
    else if (p.allowedValue !== void 0) extra = ` (${JSON.stringify(p.allowedValue)})`;
    else if (typeof p.additionalProperty === "string") extra = `: ${p.additionalProperty}`;
    return { path: e.instancePath.replace(/^\//, ""), message: `${e.message ?? e.keyword}${extra}` };
  });
}
export {
  loadGuideText,
  validateGuideValue,
  yamlPlace
};
