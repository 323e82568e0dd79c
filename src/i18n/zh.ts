import type { Messages } from "./en.js";

/**
 * Chinese CLI texts (the default language). Placeholders `{{name}}` are filled from the GuideError's
 * `path` and `data`; every fatal template is one sentence naming the file and what to do.
 */
export const zh: Messages = {
  errors: {
    "file-not-found": "guide: 找不到文件：{{path}}。请检查路径和文件名。",
    "file-unreadable": "guide: 无法读取文件：{{path}}（{{detail}}）。请检查文件权限。",
    "is-directory": "guide: {{path}} 是目录而不是文件。请指定目录中的某个文件。",
    "unsupported-type": "guide: 不支持的文件类型（{{ext}}）：{{path}}。{{hint}}",
    "empty-file": "guide: 文件为空：{{path}}。请检查是否选错了文件。",
    "binary-file": "guide: 文件不是文本、PDF 或 DOCX，无法识别其内容：{{path}}。请确认文件未损坏，或另存为 DOCX、PDF 或 TXT。",
    "bad-directions-style": "guide: --directions 的值「{{value}}」不是标题编号（{{path}}）。请写出方向标题前的编号样式，如 \"（一）\"、\"1.\"、\"方向1\"、\"1001\"。",
    "too-large": "guide: 文件过大（{{size}} 字节，上限 {{limit}} 字节）：{{path}}。如确需处理，请用 --max-size 提高上限。",
    "bad-encoding": "guide: 无法识别文件的文字编码：{{path}}（{{detail}}）。请另存为 UTF-8 文本后重试。",
    "invalid-guide": "guide: 不是有效的指南文件：{{path}}（{{detail}}）。请用 guide parse 重新生成，或按提示修正。",
    "invalid-config": "guide: 配置文件有误：{{path}}（{{detail}}）。请按提示修正；guide init 可生成带注释的示例。",
    "file-exists": "guide: {{path}} 已存在，未作改动。请直接编辑它，或先删除后重新生成。",
    "output-is-input": "guide: 输出文件与输入文件相同：{{path}}。请用 -o 指定另一个输出文件，以免覆盖原文。",
    "output-unwritable": "guide: 无法写入输出文件：{{path}}（{{detail}}）。请检查目录是否存在以及写入权限。",
    usage: "guide: {{detail}}。运行 guide --help 查看用法。",
    "encrypted-pdf": "guide: {{path}} 是加密（有密码保护）的 PDF。请先解除保护（或打印为新的 PDF）后重试。",
    "no-text-layer": "guide: {{path}} 没有文字层（扫描图像）。请先进行 OCR 文字识别，或提供 DOCX 或文本原件。",
    "corrupt-file": "guide: 文件已损坏或不完整，无法读取：{{path}}（{{detail}}）。请重新下载或导出。",
    "zip-bomb": "guide: {{path}} 解压后超过 {{limit}} 字节，疑似压缩炸弹。请核实文件来源；正常的指南文件远小于此。",
    timeout: "guide: 读取 {{path}} 超过 {{seconds}} 秒，已停止。请重新另存为 PDF 或 DOCX，或拆分后重试。",
  },
  hints: {
    "legacy-office": "请用 WPS 或 Word 另存为 DOCX 或 PDF 后重试。",
    image: "图片中的文字需先经 OCR 识别；请提供 PDF、DOCX 或 TXT 原文。",
    other: "支持的类型：{{allowed}}。",
  },
  cli: {
    internal: "guide: 内部错误：{{detail}}。请加 --debug 重新运行以查看详情，并报告此问题。",
    unknownError: "guide: 出错（{{code}}）：{{path}}。",
    valid: "{{path}}：有效（valid），符合 guide.schema.json。",
    invalidSummary: "{{path}}：不符合 guide.schema.json，共 {{count}} 处错误。",
    unknownSchema: "未知的 schema 名称 {{name}}（可用：{{names}}）",
    noExt: "无扩展名",
    parseWarning: "{{path}}:{{line}}: 警告：{{message}}（{{code}}）",
    warnings: {
      "no-direction": "未找到任何指南方向：请用 guide parse --outline 查看标题层级，并用 --directions 指定方向的编号样式（如 \"（一）\"）",
      "numbering-repeats": "方向编号重复（{{ids}}），已按顺序重新编号：可能丢失了专题/领域标题",
      "empty-direction": "方向 {{id}} 没有任何内容",
      "no-title": "方向 {{id}} 没有标题",
    },
    strictFailed: "guide: 使用 --strict 时有 {{count}} 条警告：{{path}}",
    baselineWritten: "guide: 已将 {{count}} 个问题写入基线 {{path}}",
    roles: { area: "领域", direction: "方向", section: "章节", admin: "事务", label: "标签", content: "内容" },
    badSize: "--max-size 的值无效：{{value}}（应为字节数，如 20000000 或 20MB）",
  },
  check: {
    direction: "方向 {{id}}",
    severity: { error: "错误", warning: "警告", info: "提示", fatal: "无法读取" },
    clean: "未发现问题",
    clause: "指南 {{where}}：{{note}}",
    place: { page: "第 {{page}} 页", paragraph: "第 {{paragraph}} 段", cell: "表 {{table}} 第 {{row}} 行第 {{cell}} 格" },
    expected: "指南要求",
    actual: "申报书",
    summary: "共检查 {{files}} 个文件：{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 条提示",
    passed: "符合指南要求",
    unreadable: "无法读取申报书：{{detail}}",
    unreadableRule: "申报书无法读取（文件不存在、类型不支持、已损坏或为空），其中的内容均未检查。",
    badChoice: "{{option}} 的值无效：{{value}}（可选：{{allowed}}）",
  },
};
