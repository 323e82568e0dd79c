/**
 * The rule registry: every rule by its SPEC id, sorted by id (explicit imports, no directory scan).
 */
import type { Rule } from "../rule.js";
import applicantIneligible from "./applicant-ineligible.js";
import budgetInconsistent from "./budget-inconsistent.js";
import contentNotCovered from "./content-not-covered.js";
import directionNotFound from "./direction-not-found.js";
import durationTooLong from "./duration-too-long.js";
import enterprisePartnerMissing from "./enterprise-partner-missing.js";
import fieldMissing from "./field-missing.js";
import foreignPartnerMissing from "./foreign-partner-missing.js";
import frontMatterKeyUnknown from "./front-matter-key-unknown.js";
import fundingOverCap from "./funding-over-cap.js";
import govShareTooHigh from "./gov-share-too-high.js";
import kpiMissing from "./kpi-missing.js";
import kpiThresholdNotMet from "./kpi-threshold-not-met.js";
import kpiUnitIncompatible from "./kpi-unit-incompatible.js";
import matchingRatioTooLow from "./matching-ratio-too-low.js";
import participantsTooMany from "./participants-too-many.js";
import piIneligible from "./pi-ineligible.js";
import unusedWaiver from "./unused-waiver.js";
import waiverReasonMissing from "./waiver-reason-missing.js";

/** Every rule, keyed by id, in id order. */
export const RULES: Readonly<Record<string, Rule>> = {
  "applicant-ineligible": applicantIneligible,
  "budget-inconsistent": budgetInconsistent,
  "content-not-covered": contentNotCovered,
  "direction-not-found": directionNotFound,
  "duration-too-long": durationTooLong,
  "enterprise-partner-missing": enterprisePartnerMissing,
  "field-missing": fieldMissing,
  "foreign-partner-missing": foreignPartnerMissing,
  "front-matter-key-unknown": frontMatterKeyUnknown,
  "funding-over-cap": fundingOverCap,
  "gov-share-too-high": govShareTooHigh,
  "kpi-missing": kpiMissing,
  "kpi-threshold-not-met": kpiThresholdNotMet,
  "kpi-unit-incompatible": kpiUnitIncompatible,
  "matching-ratio-too-low": matchingRatioTooLow,
  "participants-too-many": participantsTooMany,
  "pi-ineligible": piIneligible,
  "unused-waiver": unusedWaiver,
  "waiver-reason-missing": waiverReasonMissing,
};

/** The rules as a list, in id order. */
export const RULE_LIST: readonly Rule[] = Object.values(RULES);
