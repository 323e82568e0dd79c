import type { Comparator, Money, SourceFormat } from "../model/guide.js";
import type { UnitType } from "../model/proposal.js";

/** Where a draft fact was read: a 1-based line (and column) of the draft file, and by what means. */
export interface FactPlace {
  line: number;
  column?: number;
  page?: number;
  /** In a Word draft: the paragraph, or the table, row and cell (1-based) the fact stands in. */
  paragraph?: number;
  table?: number;
  row?: number;
  cell?: number;
  /** front-matter and sidecar win over text (SPEC: they state the facts explicitly). */
  source: "front-matter" | "sidecar" | "text";
}

/** A fact with its place and the words it was read from. */
export interface Fact<T> extends FactPlace {
  value: T;
  text: string;
  /**
   * Where parts of a composite fact were read, when a part stands on another line than the fact itself:
   * `pi.parts.birthDate` is the 出生年月 line below 项目负责人. Rules about one part should point there.
   */
  parts?: Record<string, FactPlace>;
}

/** An organisation of the draft: 牵头单位 or 参与单位. */
export interface DraftUnit {
  name: string;
  type: UnitType | null;
  /** Country or region as written; null for domestic (中国) units. */
  country: string | null;
  /** The province or municipality its registered address opens with (灅西省垟城市… → 灅西), for the lead unit. */
  registeredIn?: string;
}

/** A KPI the draft commits to: "光电转换效率 ≥21%". */
export interface CommittedKpi {
  metric: string;
  op: Comparator;
  value: number;
  max: number | null;
  unit: string;
  /** ± tolerance for values such as ≤±1.5%. */
  tolerance?: boolean;
  /** The guide's requirement written beside it in a table (指南要求 column), when there is one. */
  guideText?: string;
  /** The same quantity restated in brackets right after it, in another unit: 13B in 130亿参数（13B）. */
  restated?: Pick<CommittedKpi, "op" | "value" | "max" | "unit">;
}

/** What the draft says about its PI (项目负责人). */
export type PiValue = {
  name: string | null;
  birthDate: string | null;
  title: string | null;
  employedByLead: boolean | null;
  /** 在研项目 the PI leads, as the draft states them: 0 for 无在研项目, null when not said. */
  activeProjects?: { count: number; text: string } | null;
  /** Other projects the PI applies for as PI this year (本年度以负责人身份申报的其他项目): 0 for 无, absent when not said. */
  otherApplications?: { count: number; text: string } | null;
};

/**
 * Everything `guide check` reads from a proposal draft (申报书). Every fact is located so a finding
 * can point at it; absent facts are null (rules then report field-missing, never pass silently).
 */
export interface DraftFacts {
  path: string;
  format: SourceFormat;
  /** The direction the draft names: an id (指南方向：1.1) and/or a title. */
  direction: Fact<{ id: string | null; title: string | null }> | null;
  projectTitle: Fact<string> | null;
  leadUnit: Fact<DraftUnit> | null;
  participants: Fact<DraftUnit>[];
  /** A stated count of units, lead included (中方参与单位共11家（含牵头单位）). */
  participantCount: Fact<number> | null;
  pi: Fact<PiValue> | null;
  /** 执行期限: start/end as YYYY-MM and the length in months. */
  period: Fact<{ start: string | null; end: string | null; months: number | null }> | null;
  budget: {
    government: Fact<Money> | null;
    selfFunded: Fact<Money> | null;
    total: Fact<Money> | null;
    /** A budget table's column whose rows do not add up to its 合计 row (read from tables only). */
    breakdown?: Fact<Breakdown> | null;
  };
  kpis: Fact<CommittedKpi>[];
  /** The draft's text (normalized, one entry per source line), for content coverage. */
  lines: string[];
  /** Front-matter or sidecar keys that mean nothing to guide (reported as info). */
  unknownKeys: Fact<string>[];
  /** Front-matter or sidecar keys left empty: the fact path each would state ("budget.government"), at its line. */
  unfilled: Fact<string>[];
}

/** Rows of a budget table and the 合计 they should add up to. */
export interface Breakdown {
  items: { label: string; money: Money }[];
  total: Money | null;
}
