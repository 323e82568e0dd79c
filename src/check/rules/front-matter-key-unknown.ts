import { defineRule } from "../rule.js";

/** A front-matter or sidecar key guide does not know: ignored (the fact is read from the text instead). */
export default defineRule({
  meta: {
    id: "front-matter-key-unknown",
    category: "input",
    defaultSeverity: "info",
    description: {
      zh: "未识别的前置元数据字段将被忽略",
      en: "Unknown front-matter keys are ignored",
    },
    requires: { guide: [], draft: [] },
    messages: {
      unknown: {
        zh: "未识别的字段“{{key}}”已忽略，相关信息从正文读取",
        en: "Unknown key \"{{key}}\" ignored; the facts are read from the text",
      },
    },
  },
  check({ facts, report }) {
    for (const k of facts.unknownKeys) report({ messageId: "unknown", at: k, data: { key: k.value } });
  },
});
