import { z } from "zod";

/** 单位类型 of an organisation in a proposal. */
export const UnitType = z.enum(["enterprise", "university", "institute", "hospital", "government", "other"]);
export type UnitType = z.infer<typeof UnitType>;

/** An organisation taking part: 牵头单位 or 参与单位. */
export const ProposalUnit = z.object({
  name: z.string().describe("单位名称"),
  type: UnitType.optional().describe("企业 / 高校 / 科研院所 / 医院 / 政府 / 其他"),
  country: z.string().optional().describe("Country or region; absent or 中国 for domestic units"),
});
export type ProposalUnit = z.infer<typeof ProposalUnit>;

/** An amount as a number of yuan, or as written ("500万元", "0.9亿元"). */
const Amount = z.union([z.number(), z.string()]);

/**
 * Facts of a proposal draft stated explicitly: YAML front matter of a Markdown/TXT draft, or a sidecar
 * NAME.proposal.yaml. They win over what is read from the draft's text. Keys not listed here are ignored
 * with an info finding.
 */
export const Proposal = z
  .object({
    direction: z.string().optional().describe("指南方向: the direction id (1.1, 3001) or its title"),
    title: z.string().optional().describe("项目名称"),
    leadUnit: ProposalUnit.optional().describe("牵头单位 / 承担单位"),
    participants: z.array(ProposalUnit).optional().describe("参与单位, without the lead unit"),
    participantCount: z.number().int().min(1).optional().describe("Stated number of units, lead included"),
    pi: z
      .object({
        name: z.string().optional(),
        birthDate: z.string().optional().describe("出生年月: YYYY-MM or YYYY-MM-DD"),
        title: z.string().optional().describe("职称"),
        employedByLead: z.boolean().optional().describe("项目负责人是牵头单位在职人员"),
      })
      .optional()
      .describe("项目负责人"),
    period: z
      .object({
        start: z.string().optional().describe("YYYY-MM"),
        end: z.string().optional().describe("YYYY-MM"),
        months: z.number().int().min(1).optional(),
      })
      .optional()
      .describe("执行期限"),
    budget: z
      .object({
        government: Amount.optional().describe("申请财政 / 国拨经费"),
        selfFunded: Amount.optional().describe("自筹 / 配套经费"),
        total: Amount.optional().describe("总经费"),
      })
      .optional()
      .describe("经费预算"),
    kpis: z
      .array(z.object({ metric: z.string(), value: z.union([z.string(), z.number()]), unit: z.string().optional() }))
      .optional()
      .describe('Committed KPIs: value as written ("≥21%") or a number with its unit'),
  })
  .describe("Facts of a proposal draft");
export type Proposal = z.infer<typeof Proposal>;
