import { DRAFT_FIELDS, alternation } from "../lexicon/index.js";
import { Doc } from "../core/doc.js";
import { ingest, type IngestOptions } from "../ingest/index.js";
import { normalizeNotice } from "../normalize/index.js";
import { readBreakdown, readBudget } from "./budget.js";
import { readDirection } from "./direction.js";
import type { ExplicitFacts } from "./explicit.js";
import { findFields } from "./fields.js";
import { splitFrontMatter } from "./front-matter.js";
import { readCommittedKpis } from "./kpis.js";
import { readPeriod } from "./period.js";
import { readPi } from "./pi.js";
import { DraftText } from "./text.js";
import type { DraftFacts, Fact } from "./types.js";
import { readUnits } from "./parties.js";

export type { CommittedKpi, DraftFacts, DraftUnit, Fact, FactPlace } from "./types.js";

/** Options of readDraft. */
export interface ReadDraftOptions extends IngestOptions {
  /** Path of the draft: decides the format and is echoed in `path`. */
  path: string;
  /** Bytes of the sidecar NAME.proposal.yaml next to the draft, if there is one. */
  sidecar?: Uint8Array | null;
}

/**
 * Read a proposal draft (申报书) into the facts `guide check` compares with a guide: direction, project title,
 * lead and participating units, PI, period, budget and committed KPIs, each placed at its 1-based line and
 * column of the original file (front matter lines included). The draft is ingested and normalized as
 * notices are (TXT incl. GB18030, MD, DOCX tables as " | " rows, PDF, HTML).
 *
 * Explicit facts win over the text: the sidecar first, then YAML front matter (MD/TXT), then the text.
 * A PI or period stated only in part explicitly is completed from the text. Unknown or invalid explicit
 * keys, and front matter that is not valid YAML, are listed in `unknownKeys`; they never throw.
 *
 * @throws GuideError from ingest for input that cannot be read at all (empty, binary, corrupt, unsupported).
 */
export async function readDraft(bytes: Uint8Array, options: ReadDraftOptions): Promise<DraftFacts> {
  const { path } = options;
  const ingested = await ingest(bytes, path, options);
  let raw = ingested.text;
  let front: ExplicitFacts | null = null;
  if (ingested.format === "md" || ingested.format === "txt") {
    const fm = splitFrontMatter(raw);
    if (fm) {
      // the YAML reader and the zod model load only for drafts that state facts explicitly (issue 14)
      front = (await import("./explicit.js")).readExplicit(fm.yaml, "front-matter", fm.firstLine);
      raw = fm.body;
    }
    // comments (waiver directives, notes to co-authors) are not the draft's text: blanked, so that no line is
    // read with them or joined across them, and every line keeps its number and column
    raw = raw.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " "));
  }
  const side = options.sidecar ? (await import("./sidecar.js")).readSidecar(options.sidecar, path.replace(/\.[^./\\]+$/, "") + ".proposal.yaml") : null;
  const { text, display } = await normalizeNotice(raw, { draft: true, format: ingested.format });
  const doc = new Doc(path, raw, text, display, ingested.pageStarts);
  const t = new DraftText(doc, ingested.wordPlaces);

  const units = readUnits(t);
  const unfilled: Fact<string>[] = [];
  const facts: DraftFacts = {
    path,
    format: ingested.format,
    direction: readDirection(t),
    projectTitle: readProjectTitle(t),
    leadUnit: units.leadUnit,
    participants: units.participants,
    participantCount: units.participantCount,
    pi: readPi(t, units.leadUnit?.value.name ?? null),
    period: readPeriod(t),
    budget: { ...readBudget(t), breakdown: readBreakdown(t) },
    kpis: readCommittedKpis(t, unfilled),
    lines: t.sourceLines(),
    unknownKeys: [],
    unfilled,
  };
  for (const explicit of [front, side]) if (explicit) apply(facts, explicit);
  return facts;
}


/** Labels of the project title. */
const TITLE_LABEL = alternation(DRAFT_FIELDS.title);

function readProjectTitle(t: DraftText): Fact<string> | null {
  const hit = findFields(t.lines, TITLE_LABEL).find((h) => h.value.replace(/[《》“”"]/g, "").trim().length >= 2);
  if (!hit) {
    // a cover page: the title on the line above 项目申报书
    const cover = t.lines.slice(0, 8).findIndex((l) => /^(?:项目)?申报书$/.test(l.text.trim()));
    const prev = cover > 0 ? t.lines.slice(0, cover).reverse().find((l) => l.text.trim()) : undefined;
    if (!prev || prev.text.trim().length < 4 || /申报书|计划|专项|指南/.test(prev.text)) return null;
    return t.fact(prev.text.trim(), prev.text.trim(), prev.offset + (prev.text.length - prev.text.trimStart().length));
  }
  const value = hit.value.replace(/^[《“"]|[》”"]$/g, "").trim();
  return t.fact(value, hit.value, hit.offset);
}

/** Explicit facts override what the text says; partial PI, period and direction are completed from the text. */
function apply(facts: DraftFacts, e: ExplicitFacts): void {
  if (e.direction) {
    const fromText = facts.direction?.value;
    facts.direction = { ...e.direction, value: { id: e.direction.value.id ?? fromText?.id ?? null, title: e.direction.value.title ?? fromText?.title ?? null } };
  }
  if (e.projectTitle) facts.projectTitle = e.projectTitle;
  if (e.leadUnit) facts.leadUnit = e.leadUnit;
  if (e.participants) facts.participants = e.participants;
  if (e.participantCount) facts.participantCount = e.participantCount;
  if (e.pi) {
    const p = facts.pi?.value;
    const v = e.pi.value;
    const active = v.activeProjects ?? p?.activeProjects;
    facts.pi = {
      ...e.pi,
      value: {
        name: v.name ?? p?.name ?? null,
        birthDate: v.birthDate ?? p?.birthDate ?? null,
        title: v.title ?? p?.title ?? null,
        employedByLead: v.employedByLead ?? p?.employedByLead ?? null,
        ...(active ? { activeProjects: active } : {}),
      },
    };
  }
  if (e.period) {
    const p = facts.period?.value;
    const v = e.period.value;
    facts.period = { ...e.period, value: { start: v.start ?? p?.start ?? null, end: v.end ?? p?.end ?? null, months: v.months ?? p?.months ?? null } };
  }
  for (const k of ["government", "selfFunded", "total"] as const) if (e.budget[k]) facts.budget[k] = e.budget[k]!;
  if (e.kpis?.length) facts.kpis = e.kpis;
  facts.unknownKeys.push(...e.unknownKeys);
  facts.unfilled.push(...e.unfilled);
}
