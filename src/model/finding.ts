import type { Finding } from "./check.js";

/** What a finding is made of; the optional parts are left out when absent. */
export type FindingParts = Omit<Finding, "url"> & { url: string };

const ORDER: (keyof Finding)[] = [
  "ruleId", "severity", "message", "directionId", "kpi", "found", "location", "excerpt",
  "messageId", "data", "expected", "actual", "related", "url", "fatal",
];

/**
 * Make a finding (vfile's `message()` for the check): every finding — a rule's report, a waiver's, an unreadable
 * draft's, a crashed rule's — is made here, its fields in one order and absent parts left out, so that the JSON
 * of the same findings is the same bytes whoever made them.
 */
export function makeFinding(parts: FindingParts): Finding {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (parts[k] !== undefined) out[k] = parts[k];
  return out as Finding;
}
