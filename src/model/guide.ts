import { z } from "zod";

/** 1-based, inclusive line range in the raw source file (after decoding, before any normalization). */
export const Span = z
  .object({
    startLine: z.number().int().min(1).describe("First source line (1-based)"),
    endLine: z.number().int().min(1).describe("Last source line (1-based, inclusive)"),
    page: z.number().int().min(1).optional().describe("Page of the first line, for paged sources (PDF)"),
  })
  .describe("Where an item stands in the source file");
export type Span = z.infer<typeof Span>;

/** An amount of money: 2000万元 → { yuan: 20000000, text: "2000万元" }. */
export const Money = z
  .object({
    yuan: z.number().describe("Amount in yuan (元)"),
    text: z.string().describe("The amount as written, e.g. 2000万元"),
  })
  .describe("Money, converted to yuan and kept as written");
export type Money = z.infer<typeof Money>;

/** Comparators of a threshold (考核指标): 不低于 → >=, 超过 → >, 以内 → <=, 3-5 → range, 约 → approx. */
export const Comparator = z.enum([">=", ">", "<=", "<", "=", "range", "approx"]);
export type Comparator = z.infer<typeof Comparator>;

/** One numeric target atom of a 考核指标: "光电转换效率 ≥20%". */
export const Kpi = z
  .object({
    metric: z.string().describe("What is measured, short: 光电转换效率, 发明专利申请数"),
    op: Comparator.describe("Comparator"),
    value: z.number().describe("Threshold (lower bound for range); 1万套 → 10000"),
    max: z.number().nullable().describe("Upper bound when op is range, else null"),
    unit: z.string().describe("Unit as written, ASCII-normalized (%, Wh/kg, 万元, 件); empty when none"),
    text: z.string().describe("Source fragment, line-wraps joined"),
    condition: z.string().optional().describe("What qualifies the target (在…条件下, a bracket of test conditions right after it); never a KPI of its own"),
    option: z
      .string()
      .optional()
      .describe("The set of KPIs it belongs to where the notice lets a project choose one (选择其中1套考核指标: \"(1)\", \"(2)\")"),
    span: Span,
  })
  .describe("A KPI atom (考核指标)");
export type Kpi = z.infer<typeof Kpi>;

/** Kinds of constraints the checker understands; `other` keeps the text of the rest. */
export const ConstraintKind = z.enum([
  "gov_share_max",
  "gov_share_max_enterprise_led",
  "funding_cap",
  "matching_ratio_min",
  "duration_max_years",
  "participants_max",
  "foreign_partner_min",
  "foreign_partner_countries_min",
  "applicant_region",
  "applicant_legal_person",
  "enterprise_partner_required",
  "lead_enterprise_required",
  "pi_employment",
  "pi_active_project_limit",
  "pi_one_application_per_year",
  "youth_pi_ratio_min",
  "no_duplicate_submission",
  "ip_required",
  "ethics_compliance",
  "pi_age_max",
  "applicant_established_min_years",
  "applications_per_unit_max",
  "self_funding_share_min",
  "rd_intensity_min",
  "other",
]);
export type ConstraintKind = z.infer<typeof ConstraintKind>;

/** A rule of the notice (申报要求): document-wide in `rules`, or for one direction in its `constraints`. */
export const Constraint = z
  .object({
    kind: ConstraintKind.describe("What is constrained; fractions are fractions (50% → 0.5), funding_cap in yuan"),
    value: z.union([z.number(), z.string(), z.boolean(), z.null()]).describe("The limit, or null when only text states it"),
    text: z.string().describe("The sentence that states it"),
    condition: z
      .object({
        text: z.string().describe("What limits the rule (青年科学家项目, 事业单位牵头的项目, one 专项)"),
        appliesTo: z.array(z.string()).optional().describe("Direction ids the rule binds, where the notice says"),
      })
      .optional()
      .describe("A rule binding only part of the notice; absent for rules of the whole notice"),
    span: Span,
  })
  .describe("A constraint on applicants or projects");
export type Constraint = z.infer<typeof Constraint>;

/** 组织方式 of a direction. */
export const Mode = z.enum(["定向委托", "揭榜挂帅", "竞争择优"]);
export type Mode = z.infer<typeof Mode>;

/** A grouping that is not itself applied for: 1. 新能源, 三、人工智能专项, 专题一. */
export const Area = z
  .object({
    id: z.string().describe("Normalized id: 一 → 1, （二） → 2"),
    parentId: z.string().nullable().describe("Enclosing area, if any"),
    title: z.string().describe("Title as written"),
    description: z.string().nullable().describe("本专项目标 or the text under the heading, if any"),
    span: Span,
  })
  .describe("An area (领域 / 专项 / 专题)");
export type Area = z.infer<typeof Area>;

/** A research direction (指南方向): the unit one applies to. */
export const Direction = z
  .object({
    id: z.string().describe('Normalized id: "1.1", "3001", （一） → "1", 专题一 + （二） → "1.2"'),
    parentId: z.string().nullable().describe("Enclosing area (专项 / 领域), e.g. 1 for 1.1"),
    title: z.string().describe("Title as written, wrapped lines joined, category suffix removed"),
    category: z.string().nullable().describe("基础研究类 | 共性关键技术类 | 应用示范类 | …"),
    mode: Mode.nullable().describe("组织方式: 定向委托 | 揭榜挂帅 | 竞争择优"),
    entrustedTo: z.string().nullable().describe("The organisation a 定向委托 direction is entrusted to"),
    fundingCap: Money.nullable().describe("Per-project government funding cap (榜单金额, 省财政资助经费不超过…)"),
    durationMaxYears: z.number().nullable().describe("Longest project duration in years (实施期限, 项目执行期)"),
    matchingRatioMin: z.number().nullable().describe('配套(自筹)经费 : 国拨(财政)经费 lower bound, "不低于3:1" → 3'),
    projectsSupported: z.number().nullable().describe("拟支持项目数"),
    keywords: z.array(z.string()).describe("关键词"),
    constraints: z.array(Constraint).describe("Direction-specific constraints (其他要求, 有关说明)"),
    kpis: z.array(Kpi).describe("Numeric targets of 考核指标"),
    span: Span,
  })
  .describe("A research direction (指南方向)");
export type Direction = z.infer<typeof Direction>;

/** An application deadline: 网上填报截止时间为2024年8月5日17:30. */
export const Deadline = z
  .object({
    label: z.string().describe("What is due, as written"),
    at: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
      .describe("Local date-time YYYY-MM-DDTHH:mm (23:59 when only a date is given)"),
    text: z.string().optional().describe("The sentence that states it"),
    span: Span.optional(),
  })
  .describe("A deadline");
export type Deadline = z.infer<typeof Deadline>;

/** Format of the notice file, decided by its extension. */
export const SourceFormat = z.enum(["txt", "md", "pdf", "docx", "html"]);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Facts about the notice as a whole. */
export const Meta = z
  .object({
    title: z.string().nullable().describe("The notice's own title"),
    docNumber: z.string().nullable().describe("文号, e.g. 苏科资发〔2024〕112号"),
    issuers: z.array(z.string()).describe("发文单位"),
    publishedAt: z.string().nullable().describe("Publication date YYYY-MM-DD"),
    deadlines: z.array(Deadline).describe("Every deadline with its time"),
    totalBudget: Money.optional().describe("Total budget of the call (经费概算), when stated"),
    encoding: z.string().optional().describe("Detected text encoding of the source"),
  })
  .describe("Document metadata");
export type Meta = z.infer<typeof Meta>;

/** The parsed notice: what `guide parse` prints. */
export const Warning = z
  .object({
    code: z
      .enum(["no-direction", "numbering-repeats", "empty-direction", "no-title"])
      .describe("What is doubted: no direction found, direction numbers repeat (ids renumbered), a direction with no content, a direction without a title"),
    message: z.string().describe("The doubt in words (Chinese), naming what was read"),
    data: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe("The values the message names (ids), for other languages"),
    span: Span.optional(),
  })
  .describe("Something the reader doubts about the notice (printed on stderr by guide parse; --strict fails on it)");
export type Warning = z.infer<typeof Warning>;

export const GuideDocument = z
  .object({
    schemaVersion: z.literal(1),
    source: z
      .object({
        path: z.string(),
        format: SourceFormat,
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        pages: z.number().int().min(1).optional(),
      })
      .describe("The file this model was read from"),
    meta: Meta,
    rules: z.array(Constraint).describe("Document-wide constraints: apply to every direction"),
    areas: z.array(Area).describe("Groupings of directions"),
    directions: z.array(Direction).describe("The directions one applies to"),
    warnings: z.array(Warning).optional().describe("What the reader doubts (always written by guide parse; absent in guides of older versions)"),
  })
  .describe("A funding notice (申报指南) as a typed model");
export type GuideDocument = z.infer<typeof GuideDocument>;
