import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/core/yaml-document.ts
import { Composer, Document, Parser, YAMLParseError } from "yaml";
var MAX_YAML_DEPTH = 100;
function parseYamlDocument(text, options = {}) {
  const tokens = [...new Parser(options.lineCounter?.addNewLine).parse(text)];
  const deepest = firstTooDeep(tokens);
  if (deepest !== void 0) {
    const doc = new Document(null, options);
    doc.errors.push(new YAMLParseError([deepest, deepest + 1], "RESOURCE_EXHAUSTION", `nested too deeply (more than ${MAX_YAML_DEPTH} levels)`));
    return doc;
  }
  let first;
  for (const doc of new Composer(options).compose(tokens, true, text.length)) {
    if (!first) first = doc;
    else {
      first.errors.push(new YAMLParseError(doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents"));
      break;
    }
  }
  return first;
}
function firstTooDeep(tokens) {
  const pending = tokens.map((t) => [t, 0]);
  while (pending.length) {
    const [token, depth] = pending.pop();
    if (token.type === "document") {
      if (token.value) pending.push([token.value, depth]);
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth >= MAX_YAML_DEPTH) return token.offset;
      for (const item of token.items) {
        if (item.key) pending.push([item.key, depth + 1]);
        if (item.value) pending.push([item.value, depth + 1]);
      }
    }
  }
  return void 0;
}
export {
  MAX_YAML_DEPTH,
  parseYamlDocument
};
