import { alignColumns } from "../author/common.js";
import { readRuleDoc } from "../check/docs.js";
import { RULE_LIST, RULES } from "../check/rules/index.js";
import { GuideError } from "../core/errors.js";
import { nearest } from "../core/nearest.js";
import { fill, messagesFor, type Lang } from "../i18n/index.js";
import type { OutputStream } from "./command.js";

/**
 * `guide rules`: every rule, one line each (id, default severity, description in the CLI's language);
 * `guide rules ID`: that rule's heading line and its doc (src/check/rules/ID.md, with its failing and
 * passing examples). An unknown id is a usage error (exit 2) naming the nearest id.
 */
export function runRules(id: string | undefined, io: { stdout: OutputStream; lang: Lang }): number {
  const m = messagesFor(io.lang);
  const severity = (r: (typeof RULE_LIST)[number]) => m.check.severity[r.meta.defaultSeverity];
  if (id === undefined) {
    for (const line of alignColumns(RULE_LIST.map((r) => [r.meta.id, severity(r), r.meta.description[io.lang]]))) io.stdout.write(line + "\n");
    return 0;
  }
  const rule = RULES[id.trim()];
  if (!rule) {
    const near = nearest(id, Object.keys(RULES));
    const suggestion = near === null ? "" : fill(m.cli.didYouMean, { id: near });
    throw new GuideError("usage", "", { detail: fill(m.cli.unknownRule, { id, suggestion }) });
  }
  const doc = readRuleDoc(rule.meta.id) ?? "";
  io.stdout.write(fill(m.cli.ruleHeading, { id: rule.meta.id, severity: severity(rule), description: rule.meta.description[io.lang] }) + "\n\n");
  io.stdout.write(doc.endsWith("\n") ? doc : doc + "\n");
  return 0;
}

