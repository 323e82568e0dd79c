import type { GuideErrorCode } from "../core/errors.js";

/** Why a file type is refused; picks the hint of an `unsupported-type` error. */
export type UnsupportedKind = "legacy-office" | "image" | "other";

/** The usage errors of the command line, each with its template in `usage`. */
export type UsageProblem =
  | "noDrafts"
  | "noGuide"
  | "noGuideFor"
  | "stdinOnce"
  | "stdinTerminal"
  | "unknownOption"
  | "unknownCommand"
  | "missingArgument"
  | "optionMissingArgument"
  | "missingOption"
  | "invalidChoice"
  | "excessArguments"
  | "wholeNumber"
  | "count"
  | "seconds"
  | "amount";

/**
 * All user-facing texts of the CLI in one language. `errors` is keyed by GuideErrorCode so that a new
 * code does not compile until it has a zh and an en template.
 */
export interface Messages {
  /** One-line fatal error per GuideError code. */
  errors: Record<GuideErrorCode, string>;
  /** What to do instead, for each kind of unsupported file. */
  hints: Record<UnsupportedKind, string>;
  /** Other CLI texts. */
  cli: {
    internal: string;
    unknownError: string;
    valid: string;
    invalidSummary: string;
    unknownSchema: string;
    noExt: string;
    badSize: string;
    /** A parse warning on stderr: {{path}}:{{line}}: …, and the texts of the warning codes. */
    parseWarning: string;
    warnings: Record<"no-direction" | "numbering-repeats" | "empty-direction" | "no-title", string>;
    strictFailed: string;
    /** `guide check --write-baseline`: {{count}} findings written to {{path}}. */
    baselineWritten: string;
    /** `guide rules ID` with an id no rule has: {{id}}; {{suggestion}} the nearest id (didYouMean) or empty. */
    unknownRule: string;
    /** The nearest of the valid names, after a name that is not one: {{id}}. */
    didYouMean: string;
    /** The first line of `guide rules ID`: {{id}} {{severity}} {{description}}. */
    ruleHeading: string;
    /** A direction id (`show`, `check --direction`) the guide does not have: {{guide}} {{id}} {{ids}}. */
    unknownDirection: string;
    /** Role names of `guide parse --outline`. */
    roles: Record<"area" | "direction" | "section" | "admin" | "label" | "content", string>;
  };
  /** What is wrong with the command line (GuideError "usage" with data.problem); commander's own errors are mapped here too. */
  usage: Record<UsageProblem, string>;
  /** Texts of `guide check` and its formatters. */
  check: {
    /** Severity labels of the text format, and the label of a fatal finding. */
    severity: { error: string; warning: string; info: string; fatal: string };
    /** The direction a draft was checked against, beside its path. */
    direction: string;
    /** Heading of a draft with no finding. */
    clean: string;
    /** The guide clause under a finding: `{{where}}` is path:line, `{{note}}` the clause. */
    clause: string;
    /** Where a finding stands in a PDF or Word draft, beside path:line. */
    place: { page: string; paragraph: string; cell: string };
    /** Expected / actual parts under a finding. */
    expected: string;
    actual: string;
    /** The one-line summary; {{files}} {{errors}} {{warnings}} {{infos}}. */
    summary: string;
    /** Name of the passing JUnit case of a clean draft. */
    passed: string;
    /** Message of the fatal finding of a draft that could not be read: {{detail}} is the one-line reason. */
    unreadable: string;
    /** Description of the fatal input rule (SARIF driver rule). */
    unreadableRule: string;
  };
}

/** English CLI texts (`--lang en` or GUIDE_LANG=en). */
export const en: Messages = {
  errors: {
    "file-not-found": "guide: file not found: {{path}}. Check the path and file name.",
    "file-unreadable": "guide: cannot read {{path}} ({{detail}}). Check the file permissions.",
    "is-directory": "guide: {{path}} is a directory, not a file. Name a file inside it.",
    "unsupported-type": "guide: unsupported file type ({{ext}}): {{path}}. {{hint}}",
    "empty-file": "guide: file is empty: {{path}}. Check that you picked the right file.",
    "binary-file":
      "guide: {{path}} is not text, PDF or DOCX and its content cannot be read. Check that the file is not damaged, or save it as DOCX, PDF or TXT.",
    "bad-directions-style": "guide: --directions \"{{value}}\" is not a heading number ({{path}}). Write the number style the direction headings start with, e.g. \"（一）\", \"1.\", \"方向1\", \"1001\".",
    "too-large":
      "guide: file too large ({{size}} bytes, limit {{limit}} bytes): {{path}}. Raise the limit with --max-size if you really need it.",
    "bad-encoding": "guide: cannot recognise the text encoding of {{path}} ({{detail}}). Save it as UTF-8 text and retry.",
    "invalid-guide": "guide: not a valid guide file: {{path}} ({{detail}}). Regenerate it with guide parse, or fix it as reported.",
    "invalid-config": "guide: invalid configuration in {{path}} ({{detail}}). Fix it as reported; guide init shows a commented example.",
    "file-exists": "guide: {{path}} already exists and is left as it is. Edit it, or remove it first to start again.",
    "output-is-input": "guide: the output file is the input file: {{path}}. Pick another file with -o so the source is not overwritten.",
    "output-unwritable": "guide: cannot write the output file {{path}} ({{detail}}). Check that the folder exists and is writable.",
    usage: "guide: {{detail}}. Run guide --help for usage.",
    "encrypted-pdf": "guide: {{path}} is a password-protected PDF. Remove the protection (or print it to a new PDF) and retry.",
    "no-text-layer": "guide: {{path}} has no text layer (a scanned image). Run OCR on it first, or provide the DOCX or text original.",
    "legacy-renamed":
      "guide: {{path}} is an old Word/WPS file (.doc/.wps) renamed to {{ext}}; renaming does not convert it. Open it in WPS or Word, save it as DOCX or PDF, and retry.",
    "misnamed-file": "guide: {{path}} holds a {{actual}} file but is named {{ext}}. Rename it to {{fix}} and retry.",
    "corrupt-file": "guide: {{path}} is damaged or truncated and cannot be read ({{detail}}). Download or export it again.",
    "zip-bomb": "guide: {{path}} expands to more than {{limit}} bytes and looks like a zip bomb. Check where the file came from; a real notice is far smaller.",
    timeout: "guide: reading {{path}} took longer than {{seconds}} s and was stopped. Save it again as PDF or DOCX, or split it, and retry.",
  },
  hints: {
    "legacy-office": "Save it as DOCX or PDF (in WPS or Word) and retry.",
    image: "Text in images needs OCR first; provide the PDF, DOCX or TXT original instead.",
    other: "Supported types: {{allowed}}.",
  },
  cli: {
    internal: "guide: internal error: {{detail}}. Rerun with --debug for details and report the problem.",
    unknownError: "guide: error ({{code}}): {{path}}.",
    valid: "{{path}}: valid against guide.schema.json.",
    invalidSummary: "{{path}}: does not match guide.schema.json, {{count}} error(s).",
    unknownSchema: "unknown schema name {{name}} (available: {{names}})",
    noExt: "no extension",
    badSize: "invalid --max-size value: {{value}} (bytes, e.g. 20000000 or 20MB)",
    parseWarning: "{{path}}:{{line}}: warning: {{message}} ({{code}})",
    warnings: {
      "no-direction":
        'no direction found: see how the headings were read with guide parse --outline, and name the numbering of the directions with --directions (e.g. "（一）")',
      "numbering-repeats": "direction numbers repeat ({{ids}}); renumbered in order. An area heading (专题/领域) may have been lost",
      "empty-direction": "direction {{id}} has no content",
      "no-title": "direction {{id}} has no title",
    },
    strictFailed: "guide: {{count}} warning(s) with --strict: {{path}}",
    baselineWritten: "guide: wrote {{count}} finding(s) to the baseline {{path}}",
    unknownRule: "unknown rule {{id}}{{suggestion}} (guide rules lists every rule)",
    didYouMean: "; did you mean {{id}}?",
    ruleHeading: "{{id}} (default severity: {{severity}}): {{description}}",
    unknownDirection: "{{guide}} has no direction {{id}} (it has: {{ids}}; guide list shows them all)",
    roles: { area: "area", direction: "direction", section: "section", admin: "admin", label: "label", content: "content" },
  },
  usage: {
    noDrafts: "no drafts: name them, or add a guide.config.yaml (guide init writes one)",
    noGuide: "no guide: pass --guide GUIDE, or add a guide.config.yaml (guide init writes one)",
    noGuideFor: "no guide for {{draft}}: add it to the drafts of a guides entry in {{config}}, or pass --guide GUIDE",
    stdinOnce: "- (standard input) may stand for one draft only",
    stdinTerminal: "- reads standard input, but it is a terminal: pipe or redirect the file (guide check - < draft.md)",
    unknownOption: "unknown option {{option}}{{suggestion}}",
    unknownCommand: "unknown command {{command}}{{suggestion}}",
    missingArgument: "missing the argument {{argument}}",
    optionMissingArgument: "{{option}} needs a value",
    missingOption: "the option {{option}} is required",
    invalidChoice: "invalid value for {{option}}: {{value}} (allowed: {{allowed}})",
    excessArguments: "too many arguments: {{command}} takes {{expected}}, got {{got}}",
    wholeNumber: "invalid value for {{option}}: {{value}} (a whole number ≥ 1)",
    count: "invalid value for {{option}}: {{value}} (a whole number ≥ 0)",
    seconds: "invalid value for {{option}}: {{value}} (seconds > 0)",
    amount: "invalid value for {{option}}: {{value}} (an amount in 万元)",
  },
  check: {
    direction: "direction {{id}}",
    severity: { error: "error", warning: "warning", info: "info", fatal: "fatal" },
    clean: "no problems",
    clause: "guide {{where}}: {{note}}",
    place: { page: "page {{page}}", paragraph: "paragraph {{paragraph}}", cell: "table {{table}}, row {{row}}, cell {{cell}}" },
    expected: "expected",
    actual: "found",
    summary: "{{files}} file(s) checked: {{errors}} error(s), {{warnings}} warning(s), {{infos}} info(s)",
    passed: "meets the guide",
    unreadable: "The draft could not be read: {{detail}}",
    unreadableRule: "The draft could not be read (missing, unsupported, damaged or empty file); nothing else was checked in it.",
  },
};
