import type { Lang } from "./index.js";

/** The help of one command: its one line, and one line per argument and option (keyed by the option's attribute name). */
export interface CommandHelp {
  description: string;
  arguments?: Record<string, string>;
  options?: Record<string, string>;
}

/** The commands of `guide`, as `guide --help` lists them. */
export type CommandName = "parse" | "schema" | "check" | "init" | "validate" | "rules" | "list" | "show" | "template" | "diff";

/** Every text of `guide --help` and `guide COMMAND --help` in one language: the help follows --lang and GUIDE_LANG. */
export interface HelpTexts {
  program: string;
  /** The headings commander prints ("Usage:", "Options:" …), by their English form. */
  titles: Record<"Usage:" | "Arguments:" | "Options:" | "Commands:" | "Global Options:", string>;
  /** What commander adds after a description: the allowed values and the default. */
  choices: string;
  default: string;
  /** Between the allowed values; around and between the notes after a description. */
  listSeparator: string;
  extra: string;
  extraSeparator: string;
  /** The options and the command every command has. */
  common: { lang: string; debug: string; version: string; help: string; helpCommand: string };
  commands: Record<CommandName, CommandHelp>;
}

const en: HelpTexts = {
  program: "Parse Chinese research-funding notices (申报指南) into a typed model and check proposal drafts against them",
  titles: { "Usage:": "Usage:", "Arguments:": "Arguments:", "Options:": "Options:", "Commands:": "Commands:", "Global Options:": "Global Options:" },
  choices: "choices: {{values}}",
  default: "default: {{value}}",
  listSeparator: ", ",
  extra: " ({{items}})",
  extraSeparator: ", ",
  common: {
    lang: "message language (default: zh, or GUIDE_LANG)",
    debug: "show stack traces of errors",
    version: "print the version",
    help: "show the help of the command",
    helpCommand: "show the help of a command",
  },
  commands: {
    parse: {
      description: "parse a notice (TXT, MD, HTML, PDF, DOCX) into YAML or JSON",
      arguments: { notice: "the notice file, or - for standard input" },
      options: {
        format: "output format (default: yaml, or json for -o *.json)",
        output: "write to FILE atomically instead of stdout",
        maxSize: "refuse larger inputs (default: 20MB)",
        timeout: "stop reading a PDF after this many seconds (default: 60)",
        outline: "print the heading tree as the reader sees it (level, number, role, evidence) instead of the guide",
        directions: 'the numbering of the direction headings as written, e.g. "（一）", "1.", "方向1", "1001", where the reader picks the wrong level',
        strict: "exit 1 when the reader has warnings (no direction found, repeated numbers, empty directions)",
        stdinFilename: "with -: the name standard input is reported under; its extension tells the format (default: told by the bytes)",
      },
    },
    schema: {
      description: "print a JSON Schema: guide (parsed notice), check (check --format json), proposal (draft front matter), config (guide.config.yaml)",
      options: { name: "which schema" },
    },
    check: {
      description: "check proposal drafts (TXT, MD, DOCX, PDF) against a guide; exit 0 ok, 1 findings, 2 input error",
      arguments: {
        drafts: "the drafts (files, folders, quoted globs, - for standard input), checked and reported in this order (default: every draft guide.config.yaml names)",
      },
      options: {
        guide: "the guide: parsed .yaml/.json, or a notice (.txt .md .pdf .docx .html) parsed now; wins over the config",
        config: "the config (default: guide.config.yaml found upward from here)",
        direction: "check every draft against this direction instead of the one it names",
        format: "report format",
        failOn: "lowest severity that makes the exit code 1",
        output: "write the report to FILE atomically instead of stdout",
        maxSize: "refuse larger inputs (default: 20MB)",
        jobs: "worker threads checking drafts in parallel (default: number of cores)",
        cache: "parse notices again even when the guide cache holds them",
        quiet: "report errors only (no warnings or infos, as ESLint's --quiet), and no progress bar",
        progress: "no progress bar (there is none in CI or when stderr is not a terminal)",
        maxWarnings: "exit 1 when there are more warnings than N",
        writeBaseline: "accept the current findings into a baseline file (default: .guide-baseline.json next to the config)",
        baseline: "ignore the baseline file: report every finding",
        reportUnusedWaivers: "report waivers that matched no finding (unused-waiver)",
        stdinFilename: "with -: the name the draft on standard input is reported under; its extension tells the format, and the config entry and sidecar for that name apply",
        printConfig: "print how FILE would be checked (config entry, guide, direction, rule severities, waivers) as YAML, or JSON with --format json, and check nothing",
      },
    },
    init: { description: "write a commented starter guide.config.yaml here, listing the notices and drafts found below (never overwrites)" },
    validate: { description: "validate a parsed guide (YAML or JSON) against the schema", arguments: { file: "guide.yaml or guide.json" } },
    rules: {
      description: "list every check rule (id, default severity, what it checks), or print one rule's doc with a failing and a passing example",
      arguments: { id: "the rule id, as guide rules lists it" },
    },
    list: {
      description: "list the directions of a guide: id, title, mode, cap (万元), duration, KPI count",
      arguments: { guide: "parsed .yaml/.json, or a notice (.txt .md .pdf .docx .html) parsed now" },
      options: {
        keyword: "keep directions whose id, title, category or keywords contain WORD",
        mode: "keep directions of this 组织方式 (none: not stated)",
        capMin: "keep directions whose cap is at least this many 万元",
        capMax: "keep directions whose cap is at most this many 万元",
        format: "output format",
      },
    },
    show: {
      description: "show one direction in full: fields, the constraints that apply with their clauses, KPIs with their source lines",
      arguments: { guide: "parsed .yaml/.json, or a notice parsed now", id: "the direction id, as guide list prints it" },
      options: { format: "output format" },
    },
    template: {
      description: "write a Markdown draft skeleton for a direction: front matter, the KPI table with the guide's thresholds",
      arguments: { guide: "parsed .yaml/.json, or a notice parsed now" },
      options: { direction: "the direction id", output: "write to FILE atomically instead of stdout" },
    },
    diff: {
      description: "what changed between two versions of a notice: directions, thresholds, caps, ratios, durations, modes, deadlines, rules",
      arguments: { old: "the earlier version: parsed .yaml/.json or a notice", new: "the later version: parsed .yaml/.json or a notice" },
      options: { format: "output format" },
    },
  },
};

const zh: HelpTexts = {
  program: "把科研项目申报指南（申报通知、揭榜挂帅榜单）解析为结构化模型，并据此检查申报书",
  titles: { "Usage:": "用法：", "Arguments:": "参数：", "Options:": "选项：", "Commands:": "命令：", "Global Options:": "全局选项：" },
  choices: "可选：{{values}}",
  default: "默认：{{value}}",
  listSeparator: "、",
  extra: "（{{items}}）",
  extraSeparator: "；",
  common: {
    lang: "消息语言（默认 zh，或取 GUIDE_LANG）",
    debug: "出错时显示调用栈",
    version: "显示版本号",
    help: "显示本命令的帮助",
    helpCommand: "显示某个命令的帮助",
  },
  commands: {
    parse: {
      description: "把申报指南（TXT、MD、HTML、PDF、DOCX）解析为 YAML 或 JSON",
      arguments: { notice: "指南文件；- 表示从标准输入读取" },
      options: {
        format: "输出格式（默认 yaml；-o 的文件以 .json 结尾时为 json）",
        output: "原子地写入文件 FILE，而不是输出到标准输出",
        maxSize: "拒绝超过此大小的输入（默认 20MB）",
        timeout: "读取 PDF 超过此秒数即停止（默认 60）",
        outline: "不输出指南，改为输出解析器看到的标题树（层级、编号、角色、依据）",
        directions: "解析器选错层级时，按原文写出方向标题的编号样式，如 \"（一）\"、\"1.\"、\"方向1\"、\"1001\"",
        strict: "解析器有警告（未找到方向、编号重复、方向为空）时退出码为 1",
        stdinFilename: "与 - 同用：标准输入在报告中使用的文件名，其扩展名决定格式（默认按内容判断）",
      },
    },
    schema: {
      description: "输出 JSON Schema：guide（解析后的指南）、check（check --format json）、proposal（申报书的 front matter）、config（guide.config.yaml）",
      options: { name: "哪一个 schema" },
    },
    check: {
      description: "按指南检查申报书（TXT、MD、DOCX、PDF）；退出码 0 通过，1 有问题，2 输入错误",
      arguments: { drafts: "申报书（文件、文件夹、加引号的 glob，- 表示标准输入），按此顺序检查和报告（默认：guide.config.yaml 列出的全部申报书）" },
      options: {
        guide: "指南：解析后的 .yaml/.json，或当场解析的指南原文（.txt .md .pdf .docx .html）；优先于配置文件",
        config: "配置文件（默认：从当前目录向上找到的 guide.config.yaml）",
        direction: "所有申报书都按此方向检查，而不是按申报书自己填写的方向",
        format: "报告格式",
        failOn: "使退出码为 1 的最低级别",
        output: "把报告原子地写入文件 FILE，而不是输出到标准输出",
        maxSize: "拒绝超过此大小的输入（默认 20MB）",
        jobs: "并行检查申报书的工作线程数（默认：CPU 核数）",
        cache: "即使缓存中已有，也重新解析指南原文",
        quiet: "只报告错误（不显示也不计算警告和提示，同 ESLint 的 --quiet），不显示进度条",
        progress: "不显示进度条（在 CI 中或标准错误不是终端时本来就没有）",
        maxWarnings: "警告多于 N 条时退出码为 1",
        writeBaseline: "把当前的问题记入基线文件（默认：配置文件旁的 .guide-baseline.json）",
        baseline: "忽略基线文件：报告全部问题",
        reportUnusedWaivers: "报告没有匹配任何问题的豁免（unused-waiver）",
        stdinFilename: "与 - 同用：标准输入中的申报书在报告中使用的文件名；其扩展名决定格式，该文件名对应的配置项和旁注文件（sidecar）也随之生效",
        printConfig: "不做检查，只输出 FILE 将如何被检查（配置项、指南、方向、各规则级别、豁免），格式为 YAML，加 --format json 时为 JSON",
      },
    },
    init: { description: "在当前目录写一个带注释的 guide.config.yaml 初稿，列出下面找到的指南和申报书（从不覆盖已有文件）" },
    validate: { description: "按 schema 校验解析后的指南（YAML 或 JSON）", arguments: { file: "guide.yaml 或 guide.json" } },
    rules: {
      description: "列出全部检查规则（编号、默认级别、检查什么），或输出一条规则的说明及其不通过和通过的示例",
      arguments: { id: "规则编号，即 guide rules 列出的编号" },
    },
    list: {
      description: "列出指南的方向：编号、名称、组织方式、经费上限（万元）、实施期限、考核指标数",
      arguments: { guide: "解析后的 .yaml/.json，或当场解析的指南原文（.txt .md .pdf .docx .html）" },
      options: {
        keyword: "只保留编号、名称、类别或关键词中含有 WORD 的方向",
        mode: "只保留此组织方式的方向（none：未写明）",
        capMin: "只保留经费上限不低于此数（万元）的方向",
        capMax: "只保留经费上限不高于此数（万元）的方向",
        format: "输出格式",
      },
    },
    show: {
      description: "完整显示一个方向：各字段、适用的约束及其原文条款、考核指标及其出处行",
      arguments: { guide: "解析后的 .yaml/.json，或当场解析的指南原文", id: "方向编号，即 guide list 列出的编号" },
      options: { format: "输出格式" },
    },
    template: {
      description: "为一个方向生成 Markdown 申报书骨架：front matter，以及带指南阈值的考核指标表",
      arguments: { guide: "解析后的 .yaml/.json，或当场解析的指南原文" },
      options: { direction: "方向编号", output: "原子地写入文件 FILE，而不是输出到标准输出" },
    },
    diff: {
      description: "两个版本的指南之间有何变化：方向、阈值、经费上限、配套比例、实施期限、组织方式、截止日期、规则",
      arguments: { old: "较早的版本：解析后的 .yaml/.json 或指南原文", new: "较晚的版本：解析后的 .yaml/.json 或指南原文" },
      options: { format: "输出格式" },
    },
  },
};

/** The help texts of a language. */
export function helpFor(lang: Lang): HelpTexts {
  return lang === "en" ? en : zh;
}
