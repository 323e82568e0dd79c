import type { RuleMeta } from "../check/rule.js";
import type { InputFormat } from "../core/read-input.js";
import type { DraftFacts } from "../draft/types.js";
import type { Lang } from "../i18n/index.js";
import type { Finding, KpiCheck } from "../model/check.js";
import type { GuideDocument } from "../model/guide.js";

/** Options of checkDraft that a check run sets. */
export interface CheckDraftOptions {
  direction?: string;
  lang?: Lang;
  severity?: Record<string, "off" | "info" | "warning" | "error">;
}

/**
 * What a check run needs to check one draft: reading drafts, checking them, the rules' meta and docs.
 * Loaded on demand (the parse path never pays for it); tests may pass their own to checkFiles or `main`.
 */
export interface CheckEngine {
  readDraft(bytes: Uint8Array, options: { path: string; sidecar?: Uint8Array | null; format?: InputFormat }): Promise<DraftFacts>;
  checkDraft(guide: GuideDocument, facts: DraftFacts, options: CheckDraftOptions): { directionId: string | null; findings: Finding[]; kpiChecklist?: KpiCheck[] };
  /** Rule meta by id (SARIF tool.driver.rules). */
  rules: Record<string, RuleMeta>;
  /** A rule's documentation, pinned to the package version. */
  ruleUrl(id: string): string;
}

/** The real engine: src/draft and src/check, imported now. */
export async function loadEngine(): Promise<CheckEngine> {
  const [draft, check] = await Promise.all([import("../draft/index.js"), import("../check/index.js")]);
  const rules: Record<string, RuleMeta> = {};
  for (const [id, rule] of Object.entries(check.RULES)) rules[id] = rule.meta;
  return { readDraft: draft.readDraft, checkDraft: check.checkDraft, rules, ruleUrl: check.ruleDocsUrl };
}
