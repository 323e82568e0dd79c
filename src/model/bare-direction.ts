import type { Direction, Span } from "./guide.js";

/**
 * A direction of which the notice states only its name and place; every other field unstated. Kept apart
 * from the zod model (guide.ts) so that the check, which needs it, never loads zod (issue 14).
 */
export function bareDirection(id: string, parentId: string | null, title: string, span: Span): Direction {
  return {
    id,
    parentId,
    title,
    category: null,
    mode: null,
    entrustedTo: null,
    fundingCap: null,
    durationMaxYears: null,
    matchingRatioMin: null,
    projectsSupported: null,
    keywords: [],
    constraints: [],
    kpis: [],
    span,
  };
}
