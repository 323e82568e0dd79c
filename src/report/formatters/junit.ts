import { fill, messagesFor } from "../../i18n/index.js";
import type { Finding } from "../../model/check.js";
import { displayPath } from "../paths.js";
import { escapeXml, escapeXmlAttr } from "../xml.js";
import type { Formatter } from "../types.js";

/**
 * `--format junit`: one `<testsuite>` per draft and one `<testcase>` per error-level finding (HOUSE-STYLE
 * 7.7): a fatal finding is `<error>`, an error `<failure>`; warnings and infos are left out, as in
 * markdownlint-cli2. A draft with nothing at error level gets one passing case. Built as strings with an
 * escape helper (textlint), so no XML dependency.
 */
export const junit: Formatter = (result, ctx) => {
  const m = messagesFor(ctx.lang).check;
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const file of result.files) {
    const path = displayPath(file.path, ctx.cwd);
    const counted = file.findings.filter((f) => f.fatal || f.severity === "error");
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    for (const f of counted) {
      const at = `${displayPath(f.location.path || file.path, ctx.cwd)}:${f.location.line}${f.location.column ? `:${f.location.column}` : ""}`;
      const tag = f.fatal ? "error" : "failure";
      if (f.fatal) suiteErrors++;
      else suiteFailures++;
      cases.push(
        `    <testcase classname="${escapeXmlAttr(path)}" name="${escapeXmlAttr(`${at} ${f.ruleId}`)}">\n` +
          `      <${tag} message="${escapeXmlAttr(f.message)}" type="${escapeXmlAttr(f.ruleId)}">${escapeXml(body(f, at, ctx.guidePath, ctx.cwd))}</${tag}>\n` +
          `    </testcase>`,
      );
    }
    if (cases.length === 0) {
      const name = file.directionId === null ? m.passed : `${m.passed} (${fill(m.direction, { id: file.directionId })})`;
      cases.push(`    <testcase classname="${escapeXmlAttr(path)}" name="${escapeXmlAttr(name)}"/>`);
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite name="${escapeXmlAttr(path)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0">\n` +
        cases.join("\n") +
        `\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="guide check" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
    suites.map((s) => s + "\n").join("") +
    `</testsuites>\n`
  );
};

function body(f: Finding, at: string, guidePath: string | undefined, cwd: string): string {
  const lines = [`${at}: ${f.message} [${f.ruleId}]`];
  for (const r of f.related ?? []) lines.push(`${displayPath(r.path || guidePath || "", cwd)}:${r.line}: ${r.note}`);
  if (f.url) lines.push(f.url);
  return lines.join("\n");
}
