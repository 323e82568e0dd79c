import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/model/guide-validate.ts
var validate = validate20;
var guide_validate_default = validate20;
var schema31 = { "$id": "https://raw.githubusercontent.com/guide-cli/guide/v0.1.0/schemas/guide.schema.json", "$schema": "https://json-schema.org/draft/2020-12/schema", "additionalProperties": false, "description": "A funding notice (\u7533\u62A5\u6307\u5357) as a typed model", "properties": { "schemaVersion": { "const": 1, "type": "number" }, "source": { "additionalProperties": false, "description": "The file this model was read from", "properties": { "path": { "type": "string" }, "format": { "enum": ["txt", "md", "pdf", "docx", "html"], "type": "string" }, "sha256": { "pattern": "^[0-9a-f]{64}$", "type": "string" }, "pages": { "maximum": 9007199254740991, "minimum": 1, "type": "integer" } }, "required": ["path", "format", "sha256"], "type": "object" }, "meta": { "additionalProperties": false, "description": "Document metadata", "properties": { "title": { "description": "The notice's own title", "type": ["string", "null"] }, "docNumber": { "description": "\u6587\u53F7, e.g. \u82CF\u79D1\u8D44\u53D1\u30142024\u3015112\u53F7", "type": ["string", "null"] }, "issuers": { "description": "\u53D1\u6587\u5355\u4F4D", "items": { "type": "string" }, "type": "array" }, "publishedAt": { "description": "Publication date YYYY-MM-DD", "type": ["string", "null"] }, "deadlines": { "description": "Every deadline with its time", "items": { "additionalProperties": false, "description": "A deadline", "properties": { "label": { "description": "What is due, as written", "type": "string" }, "at": { "description": "Local date-time YYYY-MM-DDTHH:mm (23:59 when only a date is given)", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$", "type": "string" }, "text": { "description": "The sentence that states it", "type": "string" }, "span": { "additionalProperties": false, "description": "Where an item stands in the source file", "properties": { "startLine": { "description": "First source line (1-based)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "endLine": { "description": "Last source line (1-based, inclusive)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "page": { "description": "Page of the first line, for paged sources (PDF)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" } }, "required": ["startLine", "endLine"], "type": "object" } }, "required": ["label", "at"], "type": "object" }, "type": "array" }, "totalBudget": { "additionalProperties": false, "description": "Total budget of the call (\u7ECF\u8D39\u6982\u7B97), when stated", "properties": { "yuan": { "description": "Amount in yuan (\u5143)", "type": "number" }, "text": { "description": "The amount as written, e.g. 2000\u4E07\u5143", "type": "string" } }, "required": ["yuan", "text"], "type": "object" }, "encoding": { "description": "Detected text encoding of the source", "type": "string" } }, "required": ["title", "docNumber", "issuers", "publishedAt", "deadlines"], "type": "object" }, "rules": { "description": "Document-wide constraints: apply to every direction", "items": { "additionalProperties": false, "description": "A constraint on applicants or projects", "properties": { "kind": { "description": "What is constrained; fractions are fractions (50% \u2192 0.5), funding_cap in yuan", "enum": ["gov_share_max", "gov_share_max_enterprise_led", "funding_cap", "matching_ratio_min", "duration_max_years", "participants_max", "foreign_partner_min", "foreign_partner_countries_min", "applicant_region", "applicant_legal_person", "enterprise_partner_required", "lead_enterprise_required", "pi_employment", "pi_active_project_limit", "pi_one_application_per_year", "youth_pi_ratio_min", "no_duplicate_submission", "ip_required", "ethics_compliance", "pi_age_max", "applicant_established_min_years", "applications_per_unit_max", "self_funding_share_min", "rd_intensity_min", "other"], "type": "string" }, "value": { "description": "The limit, or null when only text states it", "type": ["number", "string", "boolean", "null"] }, "text": { "description": "The sentence that states it", "type": "string" }, "condition": { "additionalProperties": false, "description": "A rule binding only part of the notice; absent for rules of the whole notice", "properties": { "text": { "description": "What limits the rule (\u9752\u5E74\u79D1\u5B66\u5BB6\u9879\u76EE, \u4E8B\u4E1A\u5355\u4F4D\u7275\u5934\u7684\u9879\u76EE, one \u4E13\u9879)", "type": "string" }, "appliesTo": { "description": "Direction ids the rule binds, where the notice says", "items": { "type": "string" }, "type": "array" } }, "required": ["text"], "type": "object" }, "span": { "additionalProperties": false, "description": "Where an item stands in the source file", "properties": { "startLine": { "description": "First source line (1-based)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "endLine": { "description": "Last source line (1-based, inclusive)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "page": { "description": "Page of the first line, for paged sources (PDF)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" } }, "required": ["startLine", "endLine"], "type": "object" } }, "required": ["kind", "value", "text", "span"], "type": "object" }, "type": "array" }, "areas": { "description": "Groupings of directions", "items": { "additionalProperties": false, "description": "An area (\u9886\u57DF / \u4E13\u9879 / \u4E13\u9898)", "properties": { "id": { "description": "Normalized id: \u4E00 \u2192 1, \uFF08\u4E8C\uFF09 \u2192 2", "type": "string" }, "parentId": { "description": "Enclosing area, if any", "type": ["string", "null"] }, "title": { "description": "Title as written", "type": "string" }, "description": { "description": "\u672C\u4E13\u9879\u76EE\u6807 or the text under the heading, if any", "type": ["string", "null"] }, "span": { "additionalProperties": false, "description": "Where an item stands in the source file", "properties": { "startLine": { "description": "First source line (1-based)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "endLine": { "description": "Last source line (1-based, inclusive)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "page": { "description": "Page of the first line, for paged sources (PDF)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" } }, "required": ["startLine", "endLine"], "type": "object" } }, "required": ["id", "parentId", "title", "description", "span"], "type": "object" }, "type": "array" }, "directions": { "description": "The directions one applies to", "items": { "additionalProperties": false, "description": "A research direction (\u6307\u5357\u65B9\u5411)", "properties": { "id": { "description": 'Normalized id: "1.1", "3001", \uFF08\u4E00\uFF09 \u2192 "1", \u4E13\u9898\u4E00 + \uFF08\u4E8C\uFF09 \u2192 "1.2"', "type": "string" }, "parentId": { "description": "Enclosing area (\u4E13\u9879 / \u9886\u57DF), e.g. 1 for 1.1", "type": ["string", "null"] }, "title": { "description": "Title as written, wrapped lines joined, category suffix removed", "type": "string" }, "category": { "description": "\u57FA\u7840\u7814\u7A76\u7C7B | \u5171\u6027\u5173\u952E\u6280\u672F\u7C7B | \u5E94\u7528\u793A\u8303\u7C7B | \u2026", "type": ["string", "null"] }, "mode": { "anyOf": [{ "enum": ["\u5B9A\u5411\u59D4\u6258", "\u63ED\u699C\u6302\u5E05", "\u7ADE\u4E89\u62E9\u4F18"], "type": "string" }, { "type": "null" }], "description": "\u7EC4\u7EC7\u65B9\u5F0F: \u5B9A\u5411\u59D4\u6258 | \u63ED\u699C\u6302\u5E05 | \u7ADE\u4E89\u62E9\u4F18" }, "entrustedTo": { "description": "The organisation a \u5B9A\u5411\u59D4\u6258 direction is entrusted to", "type": ["string", "null"] }, "fundingCap": { "anyOf": [{ "additionalProperties": false, "description": "Money, converted to yuan and kept as written", "properties": { "yuan": { "description": "Amount in yuan (\u5143)", "type": "number" }, "text": { "description": "The amount as written, e.g. 2000\u4E07\u5143", "type": "string" } }, "required": ["yuan", "text"], "type": "object" }, { "type": "null" }], "description": "Per-project government funding cap (\u699C\u5355\u91D1\u989D, \u7701\u8D22\u653F\u8D44\u52A9\u7ECF\u8D39\u4E0D\u8D85\u8FC7\u2026)" }, "durationMaxYears": { "description": "Longest project duration in years (\u5B9E\u65BD\u671F\u9650, \u9879\u76EE\u6267\u884C\u671F)", "type": ["number", "null"] }, "matchingRatioMin": { "description": '\u914D\u5957(\u81EA\u7B79)\u7ECF\u8D39 : \u56FD\u62E8(\u8D22\u653F)\u7ECF\u8D39 lower bound, "\u4E0D\u4F4E\u4E8E3:1" \u2192 3', "type": ["number", "null"] }, "projectsSupported": { "description": "\u62DF\u652F\u6301\u9879\u76EE\u6570", "type": ["number", "null"] }, "keywords": { "description": "\u5173\u952E\u8BCD", "items": { "type": "string" }, "type": "array" }, "constraints": { "description": "Direction-specific constraints (\u5176\u4ED6\u8981\u6C42, \u6709\u5173\u8BF4\u660E)", "items": { "additionalProperties": false, "description": "A constraint on applicants or projects", "properties": { "kind": { "description": "What is constrained; fractions are fractions (50% \u2192 0.5), funding_cap in yuan", "enum": ["gov_share_max", "gov_share_max_enterprise_led", "funding_cap", "matching_ratio_min", "duration_max_years", "participants_max", "foreign_partner_min", "foreign_partner_countries_min", "applicant_region", "applicant_legal_person", "enterprise_partner_required", "lead_enterprise_required", "pi_employment", "pi_active_project_limit", "pi_one_application_per_year", "youth_pi_ratio_min", "no_duplicate_submission", "ip_required", "ethics_compliance", "pi_age_max", "applicant_established_min_years", "applications_per_unit_max", "self_funding_share_min", "rd_intensity_min", "other"], "type": "string" }, "value": { "description": "The limit, or null when only text states it", "type": ["number", "string", "boolean", "null"] }, "text": { "description": "The sentence that states it", "type": "string" }, "condition": { "additionalProperties": false, "description": "A rule binding only part of the notice; absent for rules of the whole notice", "properties": { "text": { "description": "What limits the rule (\u9752\u5E74\u79D1\u5B66\u5BB6\u9879\u76EE, \u4E8B\u4E1A\u5355\u4F4D\u7275\u5934\u7684\u9879\u76EE, one \u4E13\u9879)", "type": "string" }, "appliesTo": { "description": "Direction ids the rule binds, where the notice says", "items": { "type": "string" }, "type": "array" } }, "required": ["text"], "type": "object" }, "span": { "additionalProperties": false, "description": "Where an item stands in the source file", "properties": { "startLine": { "description": "First source line (1-based)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "endLine": { "description": "Last source line (1-based, inclusive)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "page": { "description": "Page of the first line, for paged sources (PDF)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" } }, "required": ["startLine", "endLine"], "type": "object" } }, "required": ["kind", "value", "text", "span"], "type": "object" }, "type": "array" }, "kpis": { "description": "Numeric targets of \u8003\u6838\u6307\u6807", "items": { "additionalProperties": false, "description": "A KPI atom (\u8003\u6838\u6307\u6807)", "properties": { "metric": { "description": "What is measured, short: \u5149\u7535\u8F6C\u6362\u6548\u7387, \u53D1\u660E\u4E13\u5229\u7533\u8BF7\u6570", "type": "string" }, "op": { "description": "Comparator", "enum": [">=", ">", "<=", "<", "=", "range", "approx"], "type": "string" }, "value": { "description": "Threshold (lower bound for range); 1\u4E07\u5957 \u2192 10000", "type": "number" }, "max": { "description": "Upper bound when op is range, else null", "type": ["number", "null"] }, "unit": { "description": "Unit as written, ASCII-normalized (%, Wh/kg, \u4E07\u5143, \u4EF6); empty when none", "type": "string" }, "text": { "description": "Source fragment, line-wraps joined", "type": "string" }, "condition": { "description": "What qualifies the target (\u5728\u2026\u6761\u4EF6\u4E0B, a bracket of test conditions right after it); never a KPI of its own", "type": "string" }, "option": { "description": 'The set of KPIs it belongs to where the notice lets a project choose one (\u9009\u62E9\u5176\u4E2D1\u5957\u8003\u6838\u6307\u6807: "(1)", "(2)")', "type": "string" }, "span": { "additionalProperties": false, "description": "Where an item stands in the source file", "properties": { "startLine": { "description": "First source line (1-based)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "endLine": { "description": "Last source line (1-based, inclusive)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "page": { "description": "Page of the first line, for paged sources (PDF)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" } }, "required": ["startLine", "endLine"], "type": "object" } }, "required": ["metric", "op", "value", "max", "unit", "text", "span"], "type": "object" }, "type": "array" }, "span": { "additionalProperties": false, "description": "Where an item stands in the source file", "properties": { "startLine": { "description": "First source line (1-based)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "endLine": { "description": "Last source line (1-based, inclusive)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "page": { "description": "Page of the first line, for paged sources (PDF)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" } }, "required": ["startLine", "endLine"], "type": "object" } }, "required": ["id", "parentId", "title", "category", "mode", "entrustedTo", "fundingCap", "durationMaxYears", "matchingRatioMin", "projectsSupported", "keywords", "constraints", "kpis", "span"], "type": "object" }, "type": "array" }, "warnings": { "description": "What the reader doubts (always written by guide parse; absent in guides of older versions)", "items": { "additionalProperties": false, "description": "Something the reader doubts about the notice (printed on stderr by guide parse; --strict fails on it)", "properties": { "code": { "description": "What is doubted: no direction found, direction numbers repeat (ids renumbered), a direction with no content, a direction without a title", "enum": ["no-direction", "numbering-repeats", "empty-direction", "no-title"], "type": "string" }, "message": { "description": "The doubt in words (Chinese), naming what was read", "type": "string" }, "data": { "additionalProperties": { "type": ["string", "number"] }, "description": "The values the message names (ids), for other languages", "propertyNames": { "type": "string" }, "type": "object" }, "span": { "additionalProperties": false, "description": "Where an item stands in the source file", "properties": { "startLine": { "description": "First source line (1-based)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "endLine": { "description": "Last source line (1-based, inclusive)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" }, "page": { "description": "Page of the first line, for paged sources (PDF)", "maximum": 9007199254740991, "minimum": 1, "type": "integer" } }, "required": ["startLine", "endLine"], "type": "object" } }, "required": ["code", "message"], "type": "object" }, "type": "array" } }, "required": ["schemaVersion", "source", "meta", "rules", "areas", "directions"], "type": "object" };
var pattern4 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern5 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$", "u");
var func1 = Object.prototype.hasOwnProperty;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.meta === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meta" }, message: "must have required property 'meta'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.rules === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.areas === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "areas" }, message: "must have required property 'areas'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.directions === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "directions" }, message: "must have required property 'directions'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "schemaVersion" || key0 === "source" || key0 === "meta" || key0 === "rules" || key0 === "areas" || key0 === "directions" || key0 === "warnings")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err7 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (1 !== data0) {
        const err8 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data1 = data.source;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.path === void 0) {
          const err9 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.format === void 0) {
          const err10 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1.sha256 === void 0) {
          const err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "path" || key1 === "format" || key1 === "sha256" || key1 === "pages")) {
            const err12 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.path !== void 0) {
          if (typeof data1.path !== "string") {
            const err13 = { instancePath: instancePath + "/source/path", schemaPath: "#/properties/source/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.format !== void 0) {
          let data3 = data1.format;
          if (typeof data3 !== "string") {
            const err14 = { instancePath: instancePath + "/source/format", schemaPath: "#/properties/source/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data3 === "txt" || data3 === "md" || data3 === "pdf" || data3 === "docx" || data3 === "html")) {
            const err15 = { instancePath: instancePath + "/source/format", schemaPath: "#/properties/source/properties/format/enum", keyword: "enum", params: { allowedValues: schema31.properties.source.properties.format.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data1.sha256 !== void 0) {
          let data4 = data1.sha256;
          if (typeof data4 === "string") {
            if (!pattern4.test(data4)) {
              const err16 = { instancePath: instancePath + "/source/sha256", schemaPath: "#/properties/source/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/source/sha256", schemaPath: "#/properties/source/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.pages !== void 0) {
          let data5 = data1.pages;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err18 = { instancePath: instancePath + "/source/pages", schemaPath: "#/properties/source/properties/pages/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 > 9007199254740991 || isNaN(data5)) {
              const err19 = { instancePath: instancePath + "/source/pages", schemaPath: "#/properties/source/properties/pages/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data5 < 1 || isNaN(data5)) {
              const err20 = { instancePath: instancePath + "/source/pages", schemaPath: "#/properties/source/properties/pages/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.meta !== void 0) {
      let data6 = data.meta;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.title === void 0) {
          const err22 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data6.docNumber === void 0) {
          const err23 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "docNumber" }, message: "must have required property 'docNumber'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data6.issuers === void 0) {
          const err24 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "issuers" }, message: "must have required property 'issuers'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data6.publishedAt === void 0) {
          const err25 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "publishedAt" }, message: "must have required property 'publishedAt'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data6.deadlines === void 0) {
          const err26 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "deadlines" }, message: "must have required property 'deadlines'" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!(key2 === "title" || key2 === "docNumber" || key2 === "issuers" || key2 === "publishedAt" || key2 === "deadlines" || key2 === "totalBudget" || key2 === "encoding")) {
            const err27 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data6.title !== void 0) {
          let data7 = data6.title;
          if (typeof data7 !== "string" && data7 !== null) {
            const err28 = { instancePath: instancePath + "/meta/title", schemaPath: "#/properties/meta/properties/title/type", keyword: "type", params: { type: schema31.properties.meta.properties.title.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data6.docNumber !== void 0) {
          let data8 = data6.docNumber;
          if (typeof data8 !== "string" && data8 !== null) {
            const err29 = { instancePath: instancePath + "/meta/docNumber", schemaPath: "#/properties/meta/properties/docNumber/type", keyword: "type", params: { type: schema31.properties.meta.properties.docNumber.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data6.issuers !== void 0) {
          let data9 = data6.issuers;
          if (Array.isArray(data9)) {
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data9[i0] !== "string") {
                const err30 = { instancePath: instancePath + "/meta/issuers/" + i0, schemaPath: "#/properties/meta/properties/issuers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/meta/issuers", schemaPath: "#/properties/meta/properties/issuers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data6.publishedAt !== void 0) {
          let data11 = data6.publishedAt;
          if (typeof data11 !== "string" && data11 !== null) {
            const err32 = { instancePath: instancePath + "/meta/publishedAt", schemaPath: "#/properties/meta/properties/publishedAt/type", keyword: "type", params: { type: schema31.properties.meta.properties.publishedAt.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data6.deadlines !== void 0) {
          let data12 = data6.deadlines;
          if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1];
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.label === void 0) {
                  const err33 = { instancePath: instancePath + "/meta/deadlines/" + i1, schemaPath: "#/properties/meta/properties/deadlines/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (data13.at === void 0) {
                  const err34 = { instancePath: instancePath + "/meta/deadlines/" + i1, schemaPath: "#/properties/meta/properties/deadlines/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                for (const key3 in data13) {
                  if (!(key3 === "label" || key3 === "at" || key3 === "text" || key3 === "span")) {
                    const err35 = { instancePath: instancePath + "/meta/deadlines/" + i1, schemaPath: "#/properties/meta/properties/deadlines/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data13.label !== void 0) {
                  if (typeof data13.label !== "string") {
                    const err36 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/label", schemaPath: "#/properties/meta/properties/deadlines/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data13.at !== void 0) {
                  let data15 = data13.at;
                  if (typeof data15 === "string") {
                    if (!pattern5.test(data15)) {
                      const err37 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/at", schemaPath: "#/properties/meta/properties/deadlines/items/properties/at/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  } else {
                    const err38 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/at", schemaPath: "#/properties/meta/properties/deadlines/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data13.text !== void 0) {
                  if (typeof data13.text !== "string") {
                    const err39 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/text", schemaPath: "#/properties/meta/properties/deadlines/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data13.span !== void 0) {
                  let data17 = data13.span;
                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    if (data17.startLine === void 0) {
                      const err40 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/required", keyword: "required", params: { missingProperty: "startLine" }, message: "must have required property 'startLine'" };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (data17.endLine === void 0) {
                      const err41 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/required", keyword: "required", params: { missingProperty: "endLine" }, message: "must have required property 'endLine'" };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                    for (const key4 in data17) {
                      if (!(key4 === "startLine" || key4 === "endLine" || key4 === "page")) {
                        const err42 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data17.startLine !== void 0) {
                      let data18 = data17.startLine;
                      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                        const err43 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span/startLine", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                      if (typeof data18 == "number" && isFinite(data18)) {
                        if (data18 > 9007199254740991 || isNaN(data18)) {
                          const err44 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span/startLine", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/properties/startLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                        if (data18 < 1 || isNaN(data18)) {
                          const err45 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span/startLine", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err45];
                          } else {
                            vErrors.push(err45);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data17.endLine !== void 0) {
                      let data19 = data17.endLine;
                      if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                        const err46 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span/endLine", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                      if (typeof data19 == "number" && isFinite(data19)) {
                        if (data19 > 9007199254740991 || isNaN(data19)) {
                          const err47 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span/endLine", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                        if (data19 < 1 || isNaN(data19)) {
                          const err48 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span/endLine", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err48];
                          } else {
                            vErrors.push(err48);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data17.page !== void 0) {
                      let data20 = data17.page;
                      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                        const err49 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span/page", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                      if (typeof data20 == "number" && isFinite(data20)) {
                        if (data20 > 9007199254740991 || isNaN(data20)) {
                          const err50 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span/page", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                        if (data20 < 1 || isNaN(data20)) {
                          const err51 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span/page", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err51];
                          } else {
                            vErrors.push(err51);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err52 = { instancePath: instancePath + "/meta/deadlines/" + i1 + "/span", schemaPath: "#/properties/meta/properties/deadlines/items/properties/span/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
              } else {
                const err53 = { instancePath: instancePath + "/meta/deadlines/" + i1, schemaPath: "#/properties/meta/properties/deadlines/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/meta/deadlines", schemaPath: "#/properties/meta/properties/deadlines/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data6.totalBudget !== void 0) {
          let data21 = data6.totalBudget;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.yuan === void 0) {
              const err55 = { instancePath: instancePath + "/meta/totalBudget", schemaPath: "#/properties/meta/properties/totalBudget/required", keyword: "required", params: { missingProperty: "yuan" }, message: "must have required property 'yuan'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data21.text === void 0) {
              const err56 = { instancePath: instancePath + "/meta/totalBudget", schemaPath: "#/properties/meta/properties/totalBudget/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            for (const key5 in data21) {
              if (!(key5 === "yuan" || key5 === "text")) {
                const err57 = { instancePath: instancePath + "/meta/totalBudget", schemaPath: "#/properties/meta/properties/totalBudget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data21.yuan !== void 0) {
              let data22 = data21.yuan;
              if (!(typeof data22 == "number" && isFinite(data22))) {
                const err58 = { instancePath: instancePath + "/meta/totalBudget/yuan", schemaPath: "#/properties/meta/properties/totalBudget/properties/yuan/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data21.text !== void 0) {
              if (typeof data21.text !== "string") {
                const err59 = { instancePath: instancePath + "/meta/totalBudget/text", schemaPath: "#/properties/meta/properties/totalBudget/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/meta/totalBudget", schemaPath: "#/properties/meta/properties/totalBudget/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data6.encoding !== void 0) {
          if (typeof data6.encoding !== "string") {
            const err61 = { instancePath: instancePath + "/meta/encoding", schemaPath: "#/properties/meta/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data25 = data.rules;
      if (Array.isArray(data25)) {
        const len2 = data25.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data26 = data25[i2];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.kind === void 0) {
              const err63 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data26.value === void 0) {
              const err64 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data26.text === void 0) {
              const err65 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data26.span === void 0) {
              const err66 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "span" }, message: "must have required property 'span'" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            for (const key6 in data26) {
              if (!(key6 === "kind" || key6 === "value" || key6 === "text" || key6 === "condition" || key6 === "span")) {
                const err67 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data26.kind !== void 0) {
              let data27 = data26.kind;
              if (typeof data27 !== "string") {
                const err68 = { instancePath: instancePath + "/rules/" + i2 + "/kind", schemaPath: "#/properties/rules/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              if (!(data27 === "gov_share_max" || data27 === "gov_share_max_enterprise_led" || data27 === "funding_cap" || data27 === "matching_ratio_min" || data27 === "duration_max_years" || data27 === "participants_max" || data27 === "foreign_partner_min" || data27 === "foreign_partner_countries_min" || data27 === "applicant_region" || data27 === "applicant_legal_person" || data27 === "enterprise_partner_required" || data27 === "lead_enterprise_required" || data27 === "pi_employment" || data27 === "pi_active_project_limit" || data27 === "pi_one_application_per_year" || data27 === "youth_pi_ratio_min" || data27 === "no_duplicate_submission" || data27 === "ip_required" || data27 === "ethics_compliance" || data27 === "pi_age_max" || data27 === "applicant_established_min_years" || data27 === "applications_per_unit_max" || data27 === "self_funding_share_min" || data27 === "rd_intensity_min" || data27 === "other")) {
                const err69 = { instancePath: instancePath + "/rules/" + i2 + "/kind", schemaPath: "#/properties/rules/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data26.value !== void 0) {
              let data28 = data26.value;
              if (!(typeof data28 == "number" && isFinite(data28)) && typeof data28 !== "string" && typeof data28 !== "boolean" && data28 !== null) {
                const err70 = { instancePath: instancePath + "/rules/" + i2 + "/value", schemaPath: "#/properties/rules/items/properties/value/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.value.type }, message: "must be number,string,boolean,null" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data26.text !== void 0) {
              if (typeof data26.text !== "string") {
                const err71 = { instancePath: instancePath + "/rules/" + i2 + "/text", schemaPath: "#/properties/rules/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data26.condition !== void 0) {
              let data30 = data26.condition;
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                if (data30.text === void 0) {
                  const err72 = { instancePath: instancePath + "/rules/" + i2 + "/condition", schemaPath: "#/properties/rules/items/properties/condition/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                for (const key7 in data30) {
                  if (!(key7 === "text" || key7 === "appliesTo")) {
                    const err73 = { instancePath: instancePath + "/rules/" + i2 + "/condition", schemaPath: "#/properties/rules/items/properties/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data30.text !== void 0) {
                  if (typeof data30.text !== "string") {
                    const err74 = { instancePath: instancePath + "/rules/" + i2 + "/condition/text", schemaPath: "#/properties/rules/items/properties/condition/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data30.appliesTo !== void 0) {
                  let data32 = data30.appliesTo;
                  if (Array.isArray(data32)) {
                    const len3 = data32.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data32[i3] !== "string") {
                        const err75 = { instancePath: instancePath + "/rules/" + i2 + "/condition/appliesTo/" + i3, schemaPath: "#/properties/rules/items/properties/condition/properties/appliesTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/rules/" + i2 + "/condition/appliesTo", schemaPath: "#/properties/rules/items/properties/condition/properties/appliesTo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
              } else {
                const err77 = { instancePath: instancePath + "/rules/" + i2 + "/condition", schemaPath: "#/properties/rules/items/properties/condition/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data26.span !== void 0) {
              let data34 = data26.span;
              if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                if (data34.startLine === void 0) {
                  const err78 = { instancePath: instancePath + "/rules/" + i2 + "/span", schemaPath: "#/properties/rules/items/properties/span/required", keyword: "required", params: { missingProperty: "startLine" }, message: "must have required property 'startLine'" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (data34.endLine === void 0) {
                  const err79 = { instancePath: instancePath + "/rules/" + i2 + "/span", schemaPath: "#/properties/rules/items/properties/span/required", keyword: "required", params: { missingProperty: "endLine" }, message: "must have required property 'endLine'" };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                for (const key8 in data34) {
                  if (!(key8 === "startLine" || key8 === "endLine" || key8 === "page")) {
                    const err80 = { instancePath: instancePath + "/rules/" + i2 + "/span", schemaPath: "#/properties/rules/items/properties/span/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                if (data34.startLine !== void 0) {
                  let data35 = data34.startLine;
                  if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                    const err81 = { instancePath: instancePath + "/rules/" + i2 + "/span/startLine", schemaPath: "#/properties/rules/items/properties/span/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                  if (typeof data35 == "number" && isFinite(data35)) {
                    if (data35 > 9007199254740991 || isNaN(data35)) {
                      const err82 = { instancePath: instancePath + "/rules/" + i2 + "/span/startLine", schemaPath: "#/properties/rules/items/properties/span/properties/startLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (data35 < 1 || isNaN(data35)) {
                      const err83 = { instancePath: instancePath + "/rules/" + i2 + "/span/startLine", schemaPath: "#/properties/rules/items/properties/span/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                }
                if (data34.endLine !== void 0) {
                  let data36 = data34.endLine;
                  if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                    const err84 = { instancePath: instancePath + "/rules/" + i2 + "/span/endLine", schemaPath: "#/properties/rules/items/properties/span/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                  if (typeof data36 == "number" && isFinite(data36)) {
                    if (data36 > 9007199254740991 || isNaN(data36)) {
                      const err85 = { instancePath: instancePath + "/rules/" + i2 + "/span/endLine", schemaPath: "#/properties/rules/items/properties/span/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                    if (data36 < 1 || isNaN(data36)) {
                      const err86 = { instancePath: instancePath + "/rules/" + i2 + "/span/endLine", schemaPath: "#/properties/rules/items/properties/span/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  }
                }
                if (data34.page !== void 0) {
                  let data37 = data34.page;
                  if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                    const err87 = { instancePath: instancePath + "/rules/" + i2 + "/span/page", schemaPath: "#/properties/rules/items/properties/span/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                  if (typeof data37 == "number" && isFinite(data37)) {
                    if (data37 > 9007199254740991 || isNaN(data37)) {
                      const err88 = { instancePath: instancePath + "/rules/" + i2 + "/span/page", schemaPath: "#/properties/rules/items/properties/span/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    if (data37 < 1 || isNaN(data37)) {
                      const err89 = { instancePath: instancePath + "/rules/" + i2 + "/span/page", schemaPath: "#/properties/rules/items/properties/span/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err90 = { instancePath: instancePath + "/rules/" + i2 + "/span", schemaPath: "#/properties/rules/items/properties/span/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.areas !== void 0) {
      let data38 = data.areas;
      if (Array.isArray(data38)) {
        const len4 = data38.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data39 = data38[i4];
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.id === void 0) {
              const err93 = { instancePath: instancePath + "/areas/" + i4, schemaPath: "#/properties/areas/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            if (data39.parentId === void 0) {
              const err94 = { instancePath: instancePath + "/areas/" + i4, schemaPath: "#/properties/areas/items/required", keyword: "required", params: { missingProperty: "parentId" }, message: "must have required property 'parentId'" };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data39.title === void 0) {
              const err95 = { instancePath: instancePath + "/areas/" + i4, schemaPath: "#/properties/areas/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (data39.description === void 0) {
              const err96 = { instancePath: instancePath + "/areas/" + i4, schemaPath: "#/properties/areas/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data39.span === void 0) {
              const err97 = { instancePath: instancePath + "/areas/" + i4, schemaPath: "#/properties/areas/items/required", keyword: "required", params: { missingProperty: "span" }, message: "must have required property 'span'" };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            for (const key9 in data39) {
              if (!(key9 === "id" || key9 === "parentId" || key9 === "title" || key9 === "description" || key9 === "span")) {
                const err98 = { instancePath: instancePath + "/areas/" + i4, schemaPath: "#/properties/areas/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data39.id !== void 0) {
              if (typeof data39.id !== "string") {
                const err99 = { instancePath: instancePath + "/areas/" + i4 + "/id", schemaPath: "#/properties/areas/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data39.parentId !== void 0) {
              let data41 = data39.parentId;
              if (typeof data41 !== "string" && data41 !== null) {
                const err100 = { instancePath: instancePath + "/areas/" + i4 + "/parentId", schemaPath: "#/properties/areas/items/properties/parentId/type", keyword: "type", params: { type: schema31.properties.areas.items.properties.parentId.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data39.title !== void 0) {
              if (typeof data39.title !== "string") {
                const err101 = { instancePath: instancePath + "/areas/" + i4 + "/title", schemaPath: "#/properties/areas/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data39.description !== void 0) {
              let data43 = data39.description;
              if (typeof data43 !== "string" && data43 !== null) {
                const err102 = { instancePath: instancePath + "/areas/" + i4 + "/description", schemaPath: "#/properties/areas/items/properties/description/type", keyword: "type", params: { type: schema31.properties.areas.items.properties.description.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data39.span !== void 0) {
              let data44 = data39.span;
              if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                if (data44.startLine === void 0) {
                  const err103 = { instancePath: instancePath + "/areas/" + i4 + "/span", schemaPath: "#/properties/areas/items/properties/span/required", keyword: "required", params: { missingProperty: "startLine" }, message: "must have required property 'startLine'" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
                if (data44.endLine === void 0) {
                  const err104 = { instancePath: instancePath + "/areas/" + i4 + "/span", schemaPath: "#/properties/areas/items/properties/span/required", keyword: "required", params: { missingProperty: "endLine" }, message: "must have required property 'endLine'" };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
                for (const key10 in data44) {
                  if (!(key10 === "startLine" || key10 === "endLine" || key10 === "page")) {
                    const err105 = { instancePath: instancePath + "/areas/" + i4 + "/span", schemaPath: "#/properties/areas/items/properties/span/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data44.startLine !== void 0) {
                  let data45 = data44.startLine;
                  if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                    const err106 = { instancePath: instancePath + "/areas/" + i4 + "/span/startLine", schemaPath: "#/properties/areas/items/properties/span/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                  if (typeof data45 == "number" && isFinite(data45)) {
                    if (data45 > 9007199254740991 || isNaN(data45)) {
                      const err107 = { instancePath: instancePath + "/areas/" + i4 + "/span/startLine", schemaPath: "#/properties/areas/items/properties/span/properties/startLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                    if (data45 < 1 || isNaN(data45)) {
                      const err108 = { instancePath: instancePath + "/areas/" + i4 + "/span/startLine", schemaPath: "#/properties/areas/items/properties/span/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  }
                }
                if (data44.endLine !== void 0) {
                  let data46 = data44.endLine;
                  if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                    const err109 = { instancePath: instancePath + "/areas/" + i4 + "/span/endLine", schemaPath: "#/properties/areas/items/properties/span/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                  if (typeof data46 == "number" && isFinite(data46)) {
                    if (data46 > 9007199254740991 || isNaN(data46)) {
                      const err110 = { instancePath: instancePath + "/areas/" + i4 + "/span/endLine", schemaPath: "#/properties/areas/items/properties/span/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                    if (data46 < 1 || isNaN(data46)) {
                      const err111 = { instancePath: instancePath + "/areas/" + i4 + "/span/endLine", schemaPath: "#/properties/areas/items/properties/span/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                  }
                }
                if (data44.page !== void 0) {
                  let data47 = data44.page;
                  if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)) && isFinite(data47))) {
                    const err112 = { instancePath: instancePath + "/areas/" + i4 + "/span/page", schemaPath: "#/properties/areas/items/properties/span/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                  if (typeof data47 == "number" && isFinite(data47)) {
                    if (data47 > 9007199254740991 || isNaN(data47)) {
                      const err113 = { instancePath: instancePath + "/areas/" + i4 + "/span/page", schemaPath: "#/properties/areas/items/properties/span/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    if (data47 < 1 || isNaN(data47)) {
                      const err114 = { instancePath: instancePath + "/areas/" + i4 + "/span/page", schemaPath: "#/properties/areas/items/properties/span/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err115 = { instancePath: instancePath + "/areas/" + i4 + "/span", schemaPath: "#/properties/areas/items/properties/span/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/areas/" + i4, schemaPath: "#/properties/areas/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
      } else {
        const err117 = { instancePath: instancePath + "/areas", schemaPath: "#/properties/areas/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.directions !== void 0) {
      let data48 = data.directions;
      if (Array.isArray(data48)) {
        const len5 = data48.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data49 = data48[i5];
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.id === void 0) {
              const err118 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            if (data49.parentId === void 0) {
              const err119 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "parentId" }, message: "must have required property 'parentId'" };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            if (data49.title === void 0) {
              const err120 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            if (data49.category === void 0) {
              const err121 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
            if (data49.mode === void 0) {
              const err122 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'" };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
            if (data49.entrustedTo === void 0) {
              const err123 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "entrustedTo" }, message: "must have required property 'entrustedTo'" };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
            if (data49.fundingCap === void 0) {
              const err124 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "fundingCap" }, message: "must have required property 'fundingCap'" };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
            if (data49.durationMaxYears === void 0) {
              const err125 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "durationMaxYears" }, message: "must have required property 'durationMaxYears'" };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            if (data49.matchingRatioMin === void 0) {
              const err126 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "matchingRatioMin" }, message: "must have required property 'matchingRatioMin'" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            if (data49.projectsSupported === void 0) {
              const err127 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "projectsSupported" }, message: "must have required property 'projectsSupported'" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data49.keywords === void 0) {
              const err128 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "keywords" }, message: "must have required property 'keywords'" };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            if (data49.constraints === void 0) {
              const err129 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "constraints" }, message: "must have required property 'constraints'" };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (data49.kpis === void 0) {
              const err130 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "kpis" }, message: "must have required property 'kpis'" };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
            if (data49.span === void 0) {
              const err131 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/required", keyword: "required", params: { missingProperty: "span" }, message: "must have required property 'span'" };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
            for (const key11 in data49) {
              if (!func1.call(schema31.properties.directions.items.properties, key11)) {
                const err132 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data49.id !== void 0) {
              if (typeof data49.id !== "string") {
                const err133 = { instancePath: instancePath + "/directions/" + i5 + "/id", schemaPath: "#/properties/directions/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data49.parentId !== void 0) {
              let data51 = data49.parentId;
              if (typeof data51 !== "string" && data51 !== null) {
                const err134 = { instancePath: instancePath + "/directions/" + i5 + "/parentId", schemaPath: "#/properties/directions/items/properties/parentId/type", keyword: "type", params: { type: schema31.properties.directions.items.properties.parentId.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data49.title !== void 0) {
              if (typeof data49.title !== "string") {
                const err135 = { instancePath: instancePath + "/directions/" + i5 + "/title", schemaPath: "#/properties/directions/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data49.category !== void 0) {
              let data53 = data49.category;
              if (typeof data53 !== "string" && data53 !== null) {
                const err136 = { instancePath: instancePath + "/directions/" + i5 + "/category", schemaPath: "#/properties/directions/items/properties/category/type", keyword: "type", params: { type: schema31.properties.directions.items.properties.category.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data49.mode !== void 0) {
              let data54 = data49.mode;
              const _errs122 = errors;
              let valid24 = false;
              const _errs123 = errors;
              if (typeof data54 !== "string") {
                const err137 = { instancePath: instancePath + "/directions/" + i5 + "/mode", schemaPath: "#/properties/directions/items/properties/mode/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
              if (!(data54 === "\u5B9A\u5411\u59D4\u6258" || data54 === "\u63ED\u699C\u6302\u5E05" || data54 === "\u7ADE\u4E89\u62E9\u4F18")) {
                const err138 = { instancePath: instancePath + "/directions/" + i5 + "/mode", schemaPath: "#/properties/directions/items/properties/mode/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.directions.items.properties.mode.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
              var _valid0 = _errs123 === errors;
              valid24 = valid24 || _valid0;
              const _errs125 = errors;
              if (data54 !== null) {
                const err139 = { instancePath: instancePath + "/directions/" + i5 + "/mode", schemaPath: "#/properties/directions/items/properties/mode/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
              var _valid0 = _errs125 === errors;
              valid24 = valid24 || _valid0;
              if (!valid24) {
                const err140 = { instancePath: instancePath + "/directions/" + i5 + "/mode", schemaPath: "#/properties/directions/items/properties/mode/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              } else {
                errors = _errs122;
                if (vErrors !== null) {
                  if (_errs122) {
                    vErrors.length = _errs122;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data49.entrustedTo !== void 0) {
              let data55 = data49.entrustedTo;
              if (typeof data55 !== "string" && data55 !== null) {
                const err141 = { instancePath: instancePath + "/directions/" + i5 + "/entrustedTo", schemaPath: "#/properties/directions/items/properties/entrustedTo/type", keyword: "type", params: { type: schema31.properties.directions.items.properties.entrustedTo.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data49.fundingCap !== void 0) {
              let data56 = data49.fundingCap;
              const _errs130 = errors;
              let valid25 = false;
              const _errs131 = errors;
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                if (data56.yuan === void 0) {
                  const err142 = { instancePath: instancePath + "/directions/" + i5 + "/fundingCap", schemaPath: "#/properties/directions/items/properties/fundingCap/anyOf/0/required", keyword: "required", params: { missingProperty: "yuan" }, message: "must have required property 'yuan'" };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
                if (data56.text === void 0) {
                  const err143 = { instancePath: instancePath + "/directions/" + i5 + "/fundingCap", schemaPath: "#/properties/directions/items/properties/fundingCap/anyOf/0/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
                for (const key12 in data56) {
                  if (!(key12 === "yuan" || key12 === "text")) {
                    const err144 = { instancePath: instancePath + "/directions/" + i5 + "/fundingCap", schemaPath: "#/properties/directions/items/properties/fundingCap/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
                if (data56.yuan !== void 0) {
                  let data57 = data56.yuan;
                  if (!(typeof data57 == "number" && isFinite(data57))) {
                    const err145 = { instancePath: instancePath + "/directions/" + i5 + "/fundingCap/yuan", schemaPath: "#/properties/directions/items/properties/fundingCap/anyOf/0/properties/yuan/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
                if (data56.text !== void 0) {
                  if (typeof data56.text !== "string") {
                    const err146 = { instancePath: instancePath + "/directions/" + i5 + "/fundingCap/text", schemaPath: "#/properties/directions/items/properties/fundingCap/anyOf/0/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                }
              } else {
                const err147 = { instancePath: instancePath + "/directions/" + i5 + "/fundingCap", schemaPath: "#/properties/directions/items/properties/fundingCap/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
              var _valid1 = _errs131 === errors;
              valid25 = valid25 || _valid1;
              const _errs138 = errors;
              if (data56 !== null) {
                const err148 = { instancePath: instancePath + "/directions/" + i5 + "/fundingCap", schemaPath: "#/properties/directions/items/properties/fundingCap/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
              var _valid1 = _errs138 === errors;
              valid25 = valid25 || _valid1;
              if (!valid25) {
                const err149 = { instancePath: instancePath + "/directions/" + i5 + "/fundingCap", schemaPath: "#/properties/directions/items/properties/fundingCap/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              } else {
                errors = _errs130;
                if (vErrors !== null) {
                  if (_errs130) {
                    vErrors.length = _errs130;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data49.durationMaxYears !== void 0) {
              let data59 = data49.durationMaxYears;
              if (!(typeof data59 == "number" && isFinite(data59)) && data59 !== null) {
                const err150 = { instancePath: instancePath + "/directions/" + i5 + "/durationMaxYears", schemaPath: "#/properties/directions/items/properties/durationMaxYears/type", keyword: "type", params: { type: schema31.properties.directions.items.properties.durationMaxYears.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data49.matchingRatioMin !== void 0) {
              let data60 = data49.matchingRatioMin;
              if (!(typeof data60 == "number" && isFinite(data60)) && data60 !== null) {
                const err151 = { instancePath: instancePath + "/directions/" + i5 + "/matchingRatioMin", schemaPath: "#/properties/directions/items/properties/matchingRatioMin/type", keyword: "type", params: { type: schema31.properties.directions.items.properties.matchingRatioMin.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
            if (data49.projectsSupported !== void 0) {
              let data61 = data49.projectsSupported;
              if (!(typeof data61 == "number" && isFinite(data61)) && data61 !== null) {
                const err152 = { instancePath: instancePath + "/directions/" + i5 + "/projectsSupported", schemaPath: "#/properties/directions/items/properties/projectsSupported/type", keyword: "type", params: { type: schema31.properties.directions.items.properties.projectsSupported.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data49.keywords !== void 0) {
              let data62 = data49.keywords;
              if (Array.isArray(data62)) {
                const len6 = data62.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (typeof data62[i6] !== "string") {
                    const err153 = { instancePath: instancePath + "/directions/" + i5 + "/keywords/" + i6, schemaPath: "#/properties/directions/items/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
              } else {
                const err154 = { instancePath: instancePath + "/directions/" + i5 + "/keywords", schemaPath: "#/properties/directions/items/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data49.constraints !== void 0) {
              let data64 = data49.constraints;
              if (Array.isArray(data64)) {
                const len7 = data64.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data65 = data64[i7];
                  if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                    if (data65.kind === void 0) {
                      const err155 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7, schemaPath: "#/properties/directions/items/properties/constraints/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                      if (vErrors === null) {
                        vErrors = [err155];
                      } else {
                        vErrors.push(err155);
                      }
                      errors++;
                    }
                    if (data65.value === void 0) {
                      const err156 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7, schemaPath: "#/properties/directions/items/properties/constraints/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                    if (data65.text === void 0) {
                      const err157 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7, schemaPath: "#/properties/directions/items/properties/constraints/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                      if (vErrors === null) {
                        vErrors = [err157];
                      } else {
                        vErrors.push(err157);
                      }
                      errors++;
                    }
                    if (data65.span === void 0) {
                      const err158 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7, schemaPath: "#/properties/directions/items/properties/constraints/items/required", keyword: "required", params: { missingProperty: "span" }, message: "must have required property 'span'" };
                      if (vErrors === null) {
                        vErrors = [err158];
                      } else {
                        vErrors.push(err158);
                      }
                      errors++;
                    }
                    for (const key13 in data65) {
                      if (!(key13 === "kind" || key13 === "value" || key13 === "text" || key13 === "condition" || key13 === "span")) {
                        const err159 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7, schemaPath: "#/properties/directions/items/properties/constraints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err159];
                        } else {
                          vErrors.push(err159);
                        }
                        errors++;
                      }
                    }
                    if (data65.kind !== void 0) {
                      let data66 = data65.kind;
                      if (typeof data66 !== "string") {
                        const err160 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/kind", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err160];
                        } else {
                          vErrors.push(err160);
                        }
                        errors++;
                      }
                      if (!(data66 === "gov_share_max" || data66 === "gov_share_max_enterprise_led" || data66 === "funding_cap" || data66 === "matching_ratio_min" || data66 === "duration_max_years" || data66 === "participants_max" || data66 === "foreign_partner_min" || data66 === "foreign_partner_countries_min" || data66 === "applicant_region" || data66 === "applicant_legal_person" || data66 === "enterprise_partner_required" || data66 === "lead_enterprise_required" || data66 === "pi_employment" || data66 === "pi_active_project_limit" || data66 === "pi_one_application_per_year" || data66 === "youth_pi_ratio_min" || data66 === "no_duplicate_submission" || data66 === "ip_required" || data66 === "ethics_compliance" || data66 === "pi_age_max" || data66 === "applicant_established_min_years" || data66 === "applications_per_unit_max" || data66 === "self_funding_share_min" || data66 === "rd_intensity_min" || data66 === "other")) {
                        const err161 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/kind", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.directions.items.properties.constraints.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err161];
                        } else {
                          vErrors.push(err161);
                        }
                        errors++;
                      }
                    }
                    if (data65.value !== void 0) {
                      let data67 = data65.value;
                      if (!(typeof data67 == "number" && isFinite(data67)) && typeof data67 !== "string" && typeof data67 !== "boolean" && data67 !== null) {
                        const err162 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/value", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/value/type", keyword: "type", params: { type: schema31.properties.directions.items.properties.constraints.items.properties.value.type }, message: "must be number,string,boolean,null" };
                        if (vErrors === null) {
                          vErrors = [err162];
                        } else {
                          vErrors.push(err162);
                        }
                        errors++;
                      }
                    }
                    if (data65.text !== void 0) {
                      if (typeof data65.text !== "string") {
                        const err163 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/text", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err163];
                        } else {
                          vErrors.push(err163);
                        }
                        errors++;
                      }
                    }
                    if (data65.condition !== void 0) {
                      let data69 = data65.condition;
                      if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                        if (data69.text === void 0) {
                          const err164 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/condition", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/condition/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                          if (vErrors === null) {
                            vErrors = [err164];
                          } else {
                            vErrors.push(err164);
                          }
                          errors++;
                        }
                        for (const key14 in data69) {
                          if (!(key14 === "text" || key14 === "appliesTo")) {
                            const err165 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/condition", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/condition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err165];
                            } else {
                              vErrors.push(err165);
                            }
                            errors++;
                          }
                        }
                        if (data69.text !== void 0) {
                          if (typeof data69.text !== "string") {
                            const err166 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/condition/text", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/condition/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err166];
                            } else {
                              vErrors.push(err166);
                            }
                            errors++;
                          }
                        }
                        if (data69.appliesTo !== void 0) {
                          let data71 = data69.appliesTo;
                          if (Array.isArray(data71)) {
                            const len8 = data71.length;
                            for (let i8 = 0; i8 < len8; i8++) {
                              if (typeof data71[i8] !== "string") {
                                const err167 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/condition/appliesTo/" + i8, schemaPath: "#/properties/directions/items/properties/constraints/items/properties/condition/properties/appliesTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err167];
                                } else {
                                  vErrors.push(err167);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err168 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/condition/appliesTo", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/condition/properties/appliesTo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err168];
                            } else {
                              vErrors.push(err168);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err169 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/condition", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/condition/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err169];
                        } else {
                          vErrors.push(err169);
                        }
                        errors++;
                      }
                    }
                    if (data65.span !== void 0) {
                      let data73 = data65.span;
                      if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                        if (data73.startLine === void 0) {
                          const err170 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/required", keyword: "required", params: { missingProperty: "startLine" }, message: "must have required property 'startLine'" };
                          if (vErrors === null) {
                            vErrors = [err170];
                          } else {
                            vErrors.push(err170);
                          }
                          errors++;
                        }
                        if (data73.endLine === void 0) {
                          const err171 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/required", keyword: "required", params: { missingProperty: "endLine" }, message: "must have required property 'endLine'" };
                          if (vErrors === null) {
                            vErrors = [err171];
                          } else {
                            vErrors.push(err171);
                          }
                          errors++;
                        }
                        for (const key15 in data73) {
                          if (!(key15 === "startLine" || key15 === "endLine" || key15 === "page")) {
                            const err172 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err172];
                            } else {
                              vErrors.push(err172);
                            }
                            errors++;
                          }
                        }
                        if (data73.startLine !== void 0) {
                          let data74 = data73.startLine;
                          if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)) && isFinite(data74))) {
                            const err173 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span/startLine", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err173];
                            } else {
                              vErrors.push(err173);
                            }
                            errors++;
                          }
                          if (typeof data74 == "number" && isFinite(data74)) {
                            if (data74 > 9007199254740991 || isNaN(data74)) {
                              const err174 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span/startLine", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/properties/startLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                              if (vErrors === null) {
                                vErrors = [err174];
                              } else {
                                vErrors.push(err174);
                              }
                              errors++;
                            }
                            if (data74 < 1 || isNaN(data74)) {
                              const err175 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span/startLine", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                              if (vErrors === null) {
                                vErrors = [err175];
                              } else {
                                vErrors.push(err175);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data73.endLine !== void 0) {
                          let data75 = data73.endLine;
                          if (!(typeof data75 == "number" && (!(data75 % 1) && !isNaN(data75)) && isFinite(data75))) {
                            const err176 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span/endLine", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err176];
                            } else {
                              vErrors.push(err176);
                            }
                            errors++;
                          }
                          if (typeof data75 == "number" && isFinite(data75)) {
                            if (data75 > 9007199254740991 || isNaN(data75)) {
                              const err177 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span/endLine", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                              if (vErrors === null) {
                                vErrors = [err177];
                              } else {
                                vErrors.push(err177);
                              }
                              errors++;
                            }
                            if (data75 < 1 || isNaN(data75)) {
                              const err178 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span/endLine", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                              if (vErrors === null) {
                                vErrors = [err178];
                              } else {
                                vErrors.push(err178);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data73.page !== void 0) {
                          let data76 = data73.page;
                          if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)) && isFinite(data76))) {
                            const err179 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span/page", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err179];
                            } else {
                              vErrors.push(err179);
                            }
                            errors++;
                          }
                          if (typeof data76 == "number" && isFinite(data76)) {
                            if (data76 > 9007199254740991 || isNaN(data76)) {
                              const err180 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span/page", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                              if (vErrors === null) {
                                vErrors = [err180];
                              } else {
                                vErrors.push(err180);
                              }
                              errors++;
                            }
                            if (data76 < 1 || isNaN(data76)) {
                              const err181 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span/page", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                              if (vErrors === null) {
                                vErrors = [err181];
                              } else {
                                vErrors.push(err181);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err182 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7 + "/span", schemaPath: "#/properties/directions/items/properties/constraints/items/properties/span/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err182];
                        } else {
                          vErrors.push(err182);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err183 = { instancePath: instancePath + "/directions/" + i5 + "/constraints/" + i7, schemaPath: "#/properties/directions/items/properties/constraints/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err183];
                    } else {
                      vErrors.push(err183);
                    }
                    errors++;
                  }
                }
              } else {
                const err184 = { instancePath: instancePath + "/directions/" + i5 + "/constraints", schemaPath: "#/properties/directions/items/properties/constraints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
            }
            if (data49.kpis !== void 0) {
              let data77 = data49.kpis;
              if (Array.isArray(data77)) {
                const len9 = data77.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data78 = data77[i9];
                  if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                    if (data78.metric === void 0) {
                      const err185 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9, schemaPath: "#/properties/directions/items/properties/kpis/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
                      if (vErrors === null) {
                        vErrors = [err185];
                      } else {
                        vErrors.push(err185);
                      }
                      errors++;
                    }
                    if (data78.op === void 0) {
                      const err186 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9, schemaPath: "#/properties/directions/items/properties/kpis/items/required", keyword: "required", params: { missingProperty: "op" }, message: "must have required property 'op'" };
                      if (vErrors === null) {
                        vErrors = [err186];
                      } else {
                        vErrors.push(err186);
                      }
                      errors++;
                    }
                    if (data78.value === void 0) {
                      const err187 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9, schemaPath: "#/properties/directions/items/properties/kpis/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                      if (vErrors === null) {
                        vErrors = [err187];
                      } else {
                        vErrors.push(err187);
                      }
                      errors++;
                    }
                    if (data78.max === void 0) {
                      const err188 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9, schemaPath: "#/properties/directions/items/properties/kpis/items/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                      if (vErrors === null) {
                        vErrors = [err188];
                      } else {
                        vErrors.push(err188);
                      }
                      errors++;
                    }
                    if (data78.unit === void 0) {
                      const err189 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9, schemaPath: "#/properties/directions/items/properties/kpis/items/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'" };
                      if (vErrors === null) {
                        vErrors = [err189];
                      } else {
                        vErrors.push(err189);
                      }
                      errors++;
                    }
                    if (data78.text === void 0) {
                      const err190 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9, schemaPath: "#/properties/directions/items/properties/kpis/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                      if (vErrors === null) {
                        vErrors = [err190];
                      } else {
                        vErrors.push(err190);
                      }
                      errors++;
                    }
                    if (data78.span === void 0) {
                      const err191 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9, schemaPath: "#/properties/directions/items/properties/kpis/items/required", keyword: "required", params: { missingProperty: "span" }, message: "must have required property 'span'" };
                      if (vErrors === null) {
                        vErrors = [err191];
                      } else {
                        vErrors.push(err191);
                      }
                      errors++;
                    }
                    for (const key16 in data78) {
                      if (!func1.call(schema31.properties.directions.items.properties.kpis.items.properties, key16)) {
                        const err192 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9, schemaPath: "#/properties/directions/items/properties/kpis/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err192];
                        } else {
                          vErrors.push(err192);
                        }
                        errors++;
                      }
                    }
                    if (data78.metric !== void 0) {
                      if (typeof data78.metric !== "string") {
                        const err193 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/metric", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err193];
                        } else {
                          vErrors.push(err193);
                        }
                        errors++;
                      }
                    }
                    if (data78.op !== void 0) {
                      let data80 = data78.op;
                      if (typeof data80 !== "string") {
                        const err194 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/op", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/op/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err194];
                        } else {
                          vErrors.push(err194);
                        }
                        errors++;
                      }
                      if (!(data80 === ">=" || data80 === ">" || data80 === "<=" || data80 === "<" || data80 === "=" || data80 === "range" || data80 === "approx")) {
                        const err195 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/op", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/op/enum", keyword: "enum", params: { allowedValues: schema31.properties.directions.items.properties.kpis.items.properties.op.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err195];
                        } else {
                          vErrors.push(err195);
                        }
                        errors++;
                      }
                    }
                    if (data78.value !== void 0) {
                      let data81 = data78.value;
                      if (!(typeof data81 == "number" && isFinite(data81))) {
                        const err196 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/value", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err196];
                        } else {
                          vErrors.push(err196);
                        }
                        errors++;
                      }
                    }
                    if (data78.max !== void 0) {
                      let data82 = data78.max;
                      if (!(typeof data82 == "number" && isFinite(data82)) && data82 !== null) {
                        const err197 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/max", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/max/type", keyword: "type", params: { type: schema31.properties.directions.items.properties.kpis.items.properties.max.type }, message: "must be number,null" };
                        if (vErrors === null) {
                          vErrors = [err197];
                        } else {
                          vErrors.push(err197);
                        }
                        errors++;
                      }
                    }
                    if (data78.unit !== void 0) {
                      if (typeof data78.unit !== "string") {
                        const err198 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/unit", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err198];
                        } else {
                          vErrors.push(err198);
                        }
                        errors++;
                      }
                    }
                    if (data78.text !== void 0) {
                      if (typeof data78.text !== "string") {
                        const err199 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/text", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err199];
                        } else {
                          vErrors.push(err199);
                        }
                        errors++;
                      }
                    }
                    if (data78.condition !== void 0) {
                      if (typeof data78.condition !== "string") {
                        const err200 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/condition", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err200];
                        } else {
                          vErrors.push(err200);
                        }
                        errors++;
                      }
                    }
                    if (data78.option !== void 0) {
                      if (typeof data78.option !== "string") {
                        const err201 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/option", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/option/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err201];
                        } else {
                          vErrors.push(err201);
                        }
                        errors++;
                      }
                    }
                    if (data78.span !== void 0) {
                      let data87 = data78.span;
                      if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                        if (data87.startLine === void 0) {
                          const err202 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/required", keyword: "required", params: { missingProperty: "startLine" }, message: "must have required property 'startLine'" };
                          if (vErrors === null) {
                            vErrors = [err202];
                          } else {
                            vErrors.push(err202);
                          }
                          errors++;
                        }
                        if (data87.endLine === void 0) {
                          const err203 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/required", keyword: "required", params: { missingProperty: "endLine" }, message: "must have required property 'endLine'" };
                          if (vErrors === null) {
                            vErrors = [err203];
                          } else {
                            vErrors.push(err203);
                          }
                          errors++;
                        }
                        for (const key17 in data87) {
                          if (!(key17 === "startLine" || key17 === "endLine" || key17 === "page")) {
                            const err204 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err204];
                            } else {
                              vErrors.push(err204);
                            }
                            errors++;
                          }
                        }
                        if (data87.startLine !== void 0) {
                          let data88 = data87.startLine;
                          if (!(typeof data88 == "number" && (!(data88 % 1) && !isNaN(data88)) && isFinite(data88))) {
                            const err205 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span/startLine", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err205];
                            } else {
                              vErrors.push(err205);
                            }
                            errors++;
                          }
                          if (typeof data88 == "number" && isFinite(data88)) {
                            if (data88 > 9007199254740991 || isNaN(data88)) {
                              const err206 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span/startLine", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/properties/startLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                              if (vErrors === null) {
                                vErrors = [err206];
                              } else {
                                vErrors.push(err206);
                              }
                              errors++;
                            }
                            if (data88 < 1 || isNaN(data88)) {
                              const err207 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span/startLine", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                              if (vErrors === null) {
                                vErrors = [err207];
                              } else {
                                vErrors.push(err207);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data87.endLine !== void 0) {
                          let data89 = data87.endLine;
                          if (!(typeof data89 == "number" && (!(data89 % 1) && !isNaN(data89)) && isFinite(data89))) {
                            const err208 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span/endLine", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err208];
                            } else {
                              vErrors.push(err208);
                            }
                            errors++;
                          }
                          if (typeof data89 == "number" && isFinite(data89)) {
                            if (data89 > 9007199254740991 || isNaN(data89)) {
                              const err209 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span/endLine", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                              if (vErrors === null) {
                                vErrors = [err209];
                              } else {
                                vErrors.push(err209);
                              }
                              errors++;
                            }
                            if (data89 < 1 || isNaN(data89)) {
                              const err210 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span/endLine", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                              if (vErrors === null) {
                                vErrors = [err210];
                              } else {
                                vErrors.push(err210);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data87.page !== void 0) {
                          let data90 = data87.page;
                          if (!(typeof data90 == "number" && (!(data90 % 1) && !isNaN(data90)) && isFinite(data90))) {
                            const err211 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span/page", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err211];
                            } else {
                              vErrors.push(err211);
                            }
                            errors++;
                          }
                          if (typeof data90 == "number" && isFinite(data90)) {
                            if (data90 > 9007199254740991 || isNaN(data90)) {
                              const err212 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span/page", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                              if (vErrors === null) {
                                vErrors = [err212];
                              } else {
                                vErrors.push(err212);
                              }
                              errors++;
                            }
                            if (data90 < 1 || isNaN(data90)) {
                              const err213 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span/page", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                              if (vErrors === null) {
                                vErrors = [err213];
                              } else {
                                vErrors.push(err213);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err214 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9 + "/span", schemaPath: "#/properties/directions/items/properties/kpis/items/properties/span/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err214];
                        } else {
                          vErrors.push(err214);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err215 = { instancePath: instancePath + "/directions/" + i5 + "/kpis/" + i9, schemaPath: "#/properties/directions/items/properties/kpis/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err215];
                    } else {
                      vErrors.push(err215);
                    }
                    errors++;
                  }
                }
              } else {
                const err216 = { instancePath: instancePath + "/directions/" + i5 + "/kpis", schemaPath: "#/properties/directions/items/properties/kpis/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
            if (data49.span !== void 0) {
              let data91 = data49.span;
              if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                if (data91.startLine === void 0) {
                  const err217 = { instancePath: instancePath + "/directions/" + i5 + "/span", schemaPath: "#/properties/directions/items/properties/span/required", keyword: "required", params: { missingProperty: "startLine" }, message: "must have required property 'startLine'" };
                  if (vErrors === null) {
                    vErrors = [err217];
                  } else {
                    vErrors.push(err217);
                  }
                  errors++;
                }
                if (data91.endLine === void 0) {
                  const err218 = { instancePath: instancePath + "/directions/" + i5 + "/span", schemaPath: "#/properties/directions/items/properties/span/required", keyword: "required", params: { missingProperty: "endLine" }, message: "must have required property 'endLine'" };
                  if (vErrors === null) {
                    vErrors = [err218];
                  } else {
                    vErrors.push(err218);
                  }
                  errors++;
                }
                for (const key18 in data91) {
                  if (!(key18 === "startLine" || key18 === "endLine" || key18 === "page")) {
                    const err219 = { instancePath: instancePath + "/directions/" + i5 + "/span", schemaPath: "#/properties/directions/items/properties/span/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err219];
                    } else {
                      vErrors.push(err219);
                    }
                    errors++;
                  }
                }
                if (data91.startLine !== void 0) {
                  let data92 = data91.startLine;
                  if (!(typeof data92 == "number" && (!(data92 % 1) && !isNaN(data92)) && isFinite(data92))) {
                    const err220 = { instancePath: instancePath + "/directions/" + i5 + "/span/startLine", schemaPath: "#/properties/directions/items/properties/span/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err220];
                    } else {
                      vErrors.push(err220);
                    }
                    errors++;
                  }
                  if (typeof data92 == "number" && isFinite(data92)) {
                    if (data92 > 9007199254740991 || isNaN(data92)) {
                      const err221 = { instancePath: instancePath + "/directions/" + i5 + "/span/startLine", schemaPath: "#/properties/directions/items/properties/span/properties/startLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err221];
                      } else {
                        vErrors.push(err221);
                      }
                      errors++;
                    }
                    if (data92 < 1 || isNaN(data92)) {
                      const err222 = { instancePath: instancePath + "/directions/" + i5 + "/span/startLine", schemaPath: "#/properties/directions/items/properties/span/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err222];
                      } else {
                        vErrors.push(err222);
                      }
                      errors++;
                    }
                  }
                }
                if (data91.endLine !== void 0) {
                  let data93 = data91.endLine;
                  if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)) && isFinite(data93))) {
                    const err223 = { instancePath: instancePath + "/directions/" + i5 + "/span/endLine", schemaPath: "#/properties/directions/items/properties/span/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err223];
                    } else {
                      vErrors.push(err223);
                    }
                    errors++;
                  }
                  if (typeof data93 == "number" && isFinite(data93)) {
                    if (data93 > 9007199254740991 || isNaN(data93)) {
                      const err224 = { instancePath: instancePath + "/directions/" + i5 + "/span/endLine", schemaPath: "#/properties/directions/items/properties/span/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err224];
                      } else {
                        vErrors.push(err224);
                      }
                      errors++;
                    }
                    if (data93 < 1 || isNaN(data93)) {
                      const err225 = { instancePath: instancePath + "/directions/" + i5 + "/span/endLine", schemaPath: "#/properties/directions/items/properties/span/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err225];
                      } else {
                        vErrors.push(err225);
                      }
                      errors++;
                    }
                  }
                }
                if (data91.page !== void 0) {
                  let data94 = data91.page;
                  if (!(typeof data94 == "number" && (!(data94 % 1) && !isNaN(data94)) && isFinite(data94))) {
                    const err226 = { instancePath: instancePath + "/directions/" + i5 + "/span/page", schemaPath: "#/properties/directions/items/properties/span/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err226];
                    } else {
                      vErrors.push(err226);
                    }
                    errors++;
                  }
                  if (typeof data94 == "number" && isFinite(data94)) {
                    if (data94 > 9007199254740991 || isNaN(data94)) {
                      const err227 = { instancePath: instancePath + "/directions/" + i5 + "/span/page", schemaPath: "#/properties/directions/items/properties/span/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err227];
                      } else {
                        vErrors.push(err227);
                      }
                      errors++;
                    }
                    if (data94 < 1 || isNaN(data94)) {
                      const err228 = { instancePath: instancePath + "/directions/" + i5 + "/span/page", schemaPath: "#/properties/directions/items/properties/span/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err228];
                      } else {
                        vErrors.push(err228);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err229 = { instancePath: instancePath + "/directions/" + i5 + "/span", schemaPath: "#/properties/directions/items/properties/span/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err229];
                } else {
                  vErrors.push(err229);
                }
                errors++;
              }
            }
          } else {
            const err230 = { instancePath: instancePath + "/directions/" + i5, schemaPath: "#/properties/directions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err230];
            } else {
              vErrors.push(err230);
            }
            errors++;
          }
        }
      } else {
        const err231 = { instancePath: instancePath + "/directions", schemaPath: "#/properties/directions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err231];
        } else {
          vErrors.push(err231);
        }
        errors++;
      }
    }
    if (data.warnings !== void 0) {
      let data95 = data.warnings;
      if (Array.isArray(data95)) {
        const len10 = data95.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data96 = data95[i10];
          if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
            if (data96.code === void 0) {
              const err232 = { instancePath: instancePath + "/warnings/" + i10, schemaPath: "#/properties/warnings/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
              if (vErrors === null) {
                vErrors = [err232];
              } else {
                vErrors.push(err232);
              }
              errors++;
            }
            if (data96.message === void 0) {
              const err233 = { instancePath: instancePath + "/warnings/" + i10, schemaPath: "#/properties/warnings/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err233];
              } else {
                vErrors.push(err233);
              }
              errors++;
            }
            for (const key19 in data96) {
              if (!(key19 === "code" || key19 === "message" || key19 === "data" || key19 === "span")) {
                const err234 = { instancePath: instancePath + "/warnings/" + i10, schemaPath: "#/properties/warnings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err234];
                } else {
                  vErrors.push(err234);
                }
                errors++;
              }
            }
            if (data96.code !== void 0) {
              let data97 = data96.code;
              if (typeof data97 !== "string") {
                const err235 = { instancePath: instancePath + "/warnings/" + i10 + "/code", schemaPath: "#/properties/warnings/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
              if (!(data97 === "no-direction" || data97 === "numbering-repeats" || data97 === "empty-direction" || data97 === "no-title")) {
                const err236 = { instancePath: instancePath + "/warnings/" + i10 + "/code", schemaPath: "#/properties/warnings/items/properties/code/enum", keyword: "enum", params: { allowedValues: schema31.properties.warnings.items.properties.code.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
            }
            if (data96.message !== void 0) {
              if (typeof data96.message !== "string") {
                const err237 = { instancePath: instancePath + "/warnings/" + i10 + "/message", schemaPath: "#/properties/warnings/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err237];
                } else {
                  vErrors.push(err237);
                }
                errors++;
              }
            }
            if (data96.data !== void 0) {
              let data99 = data96.data;
              if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                for (const key20 in data99) {
                  const _errs229 = errors;
                  if (typeof key20 !== "string") {
                    const err238 = { instancePath: instancePath + "/warnings/" + i10 + "/data", schemaPath: "#/properties/warnings/items/properties/data/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key20 };
                    if (vErrors === null) {
                      vErrors = [err238];
                    } else {
                      vErrors.push(err238);
                    }
                    errors++;
                  }
                  var valid44 = _errs229 === errors;
                  if (!valid44) {
                    const err239 = { instancePath: instancePath + "/warnings/" + i10 + "/data", schemaPath: "#/properties/warnings/items/properties/data/propertyNames", keyword: "propertyNames", params: { propertyName: key20 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  }
                }
                for (const key21 in data99) {
                  let data100 = data99[key21];
                  if (typeof data100 !== "string" && !(typeof data100 == "number" && isFinite(data100))) {
                    const err240 = { instancePath: instancePath + "/warnings/" + i10 + "/data/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/warnings/items/properties/data/additionalProperties/type", keyword: "type", params: { type: schema31.properties.warnings.items.properties.data.additionalProperties.type }, message: "must be string,number" };
                    if (vErrors === null) {
                      vErrors = [err240];
                    } else {
                      vErrors.push(err240);
                    }
                    errors++;
                  }
                }
              } else {
                const err241 = { instancePath: instancePath + "/warnings/" + i10 + "/data", schemaPath: "#/properties/warnings/items/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
            }
            if (data96.span !== void 0) {
              let data101 = data96.span;
              if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                if (data101.startLine === void 0) {
                  const err242 = { instancePath: instancePath + "/warnings/" + i10 + "/span", schemaPath: "#/properties/warnings/items/properties/span/required", keyword: "required", params: { missingProperty: "startLine" }, message: "must have required property 'startLine'" };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
                if (data101.endLine === void 0) {
                  const err243 = { instancePath: instancePath + "/warnings/" + i10 + "/span", schemaPath: "#/properties/warnings/items/properties/span/required", keyword: "required", params: { missingProperty: "endLine" }, message: "must have required property 'endLine'" };
                  if (vErrors === null) {
                    vErrors = [err243];
                  } else {
                    vErrors.push(err243);
                  }
                  errors++;
                }
                for (const key22 in data101) {
                  if (!(key22 === "startLine" || key22 === "endLine" || key22 === "page")) {
                    const err244 = { instancePath: instancePath + "/warnings/" + i10 + "/span", schemaPath: "#/properties/warnings/items/properties/span/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err244];
                    } else {
                      vErrors.push(err244);
                    }
                    errors++;
                  }
                }
                if (data101.startLine !== void 0) {
                  let data102 = data101.startLine;
                  if (!(typeof data102 == "number" && (!(data102 % 1) && !isNaN(data102)) && isFinite(data102))) {
                    const err245 = { instancePath: instancePath + "/warnings/" + i10 + "/span/startLine", schemaPath: "#/properties/warnings/items/properties/span/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err245];
                    } else {
                      vErrors.push(err245);
                    }
                    errors++;
                  }
                  if (typeof data102 == "number" && isFinite(data102)) {
                    if (data102 > 9007199254740991 || isNaN(data102)) {
                      const err246 = { instancePath: instancePath + "/warnings/" + i10 + "/span/startLine", schemaPath: "#/properties/warnings/items/properties/span/properties/startLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err246];
                      } else {
                        vErrors.push(err246);
                      }
                      errors++;
                    }
                    if (data102 < 1 || isNaN(data102)) {
                      const err247 = { instancePath: instancePath + "/warnings/" + i10 + "/span/startLine", schemaPath: "#/properties/warnings/items/properties/span/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err247];
                      } else {
                        vErrors.push(err247);
                      }
                      errors++;
                    }
                  }
                }
                if (data101.endLine !== void 0) {
                  let data103 = data101.endLine;
                  if (!(typeof data103 == "number" && (!(data103 % 1) && !isNaN(data103)) && isFinite(data103))) {
                    const err248 = { instancePath: instancePath + "/warnings/" + i10 + "/span/endLine", schemaPath: "#/properties/warnings/items/properties/span/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err248];
                    } else {
                      vErrors.push(err248);
                    }
                    errors++;
                  }
                  if (typeof data103 == "number" && isFinite(data103)) {
                    if (data103 > 9007199254740991 || isNaN(data103)) {
                      const err249 = { instancePath: instancePath + "/warnings/" + i10 + "/span/endLine", schemaPath: "#/properties/warnings/items/properties/span/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err249];
                      } else {
                        vErrors.push(err249);
                      }
                      errors++;
                    }
                    if (data103 < 1 || isNaN(data103)) {
                      const err250 = { instancePath: instancePath + "/warnings/" + i10 + "/span/endLine", schemaPath: "#/properties/warnings/items/properties/span/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err250];
                      } else {
                        vErrors.push(err250);
                      }
                      errors++;
                    }
                  }
                }
                if (data101.page !== void 0) {
                  let data104 = data101.page;
                  if (!(typeof data104 == "number" && (!(data104 % 1) && !isNaN(data104)) && isFinite(data104))) {
                    const err251 = { instancePath: instancePath + "/warnings/" + i10 + "/span/page", schemaPath: "#/properties/warnings/items/properties/span/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err251];
                    } else {
                      vErrors.push(err251);
                    }
                    errors++;
                  }
                  if (typeof data104 == "number" && isFinite(data104)) {
                    if (data104 > 9007199254740991 || isNaN(data104)) {
                      const err252 = { instancePath: instancePath + "/warnings/" + i10 + "/span/page", schemaPath: "#/properties/warnings/items/properties/span/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                      if (vErrors === null) {
                        vErrors = [err252];
                      } else {
                        vErrors.push(err252);
                      }
                      errors++;
                    }
                    if (data104 < 1 || isNaN(data104)) {
                      const err253 = { instancePath: instancePath + "/warnings/" + i10 + "/span/page", schemaPath: "#/properties/warnings/items/properties/span/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err253];
                      } else {
                        vErrors.push(err253);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err254 = { instancePath: instancePath + "/warnings/" + i10 + "/span", schemaPath: "#/properties/warnings/items/properties/span/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err254];
                } else {
                  vErrors.push(err254);
                }
                errors++;
              }
            }
          } else {
            const err255 = { instancePath: instancePath + "/warnings/" + i10, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err255];
            } else {
              vErrors.push(err255);
            }
            errors++;
          }
        }
      } else {
        const err256 = { instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err256];
        } else {
          vErrors.push(err256);
        }
        errors++;
      }
    }
  } else {
    const err257 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err257];
    } else {
      vErrors.push(err257);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  guide_validate_default as default,
  validate
};
