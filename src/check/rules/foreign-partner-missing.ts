import { defineRule } from "../rule.js";
import { constraintOf } from "../runner.js";
import { allUnits, isForeign, maybeForeign } from "../facts.js";

/** Fewer foreign (国（境）外) partner units, or countries, than the guide requires. */
export default defineRule({
  meta: {
    id: "foreign-partner-missing",
    category: "partners",
    defaultSeverity: "error",
    description: {
      zh: "须有指南要求数量的国（境）外合作单位（及国家/地区）",
      en: "The project must have the foreign partner units (and countries) the guide requires",
    },
    requires: { guide: ["foreign_partner_min|foreign_partner_countries_min"], draft: ["leadUnit"] },
    messages: {
      tooFew: {
        zh: "国（境）外合作单位{{found}}家，少于指南要求的{{min}}家",
        en: "{{found}} foreign partner units, fewer than the {{min}} the guide requires",
      },
      tooFewCountries: {
        zh: "国（境）外合作单位来自{{found}}个国家/地区，少于指南要求的{{min}}个",
        en: "Foreign partners come from {{found}} countries or regions, fewer than the {{min}} the guide requires",
      },
    },
  },
  check({ constraints, facts, report }) {
    const foreign = allUnits(facts).filter(isForeign);
    const at = facts.participants[facts.participants.length - 1] ?? facts.leadUnit;
    // a unit named in Latin script without a country may well be the foreign partner
    const doubtful = allUnits(facts).some(maybeForeign);
    const min = constraintOf(constraints, "foreign_partner_min");
    if (min && typeof min.value === "number" && foreign.length < min.value)
      report({
        doubtful,
        messageId: "tooFew",
        at,
        data: { found: foreign.length, min: min.value },
        found: { foreign: foreign.map((u) => u.name) },
        clause: min,
      });
    const cmin = constraintOf(constraints, "foreign_partner_countries_min");
    const countries = new Set(foreign.map((u) => u.country!.trim()));
    if (cmin && typeof cmin.value === "number" && countries.size < cmin.value)
      report({
        doubtful,
        messageId: "tooFewCountries",
        at,
        data: { found: countries.size, min: cmin.value },
        found: { countries: [...countries] },
        clause: cmin,
      });
  },
});
