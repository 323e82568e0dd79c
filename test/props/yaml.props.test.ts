// Properties of `guide parse` output (src/parse.ts + src/cli/render.ts), issue 6 "Property tests": for
// generated notices, the YAML (and JSON) output re-parses — with the same safe loader `guide validate` and
// `guide check --guide` use — to the same model, and that model validates against schemas/guide.schema.json.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { renderGuide } from "../../src/cli/render.js";
import { loadGuideText } from "../../src/core/guide-file.js";
import { GuideError } from "../../src/core/errors.js";
import { parseGuide } from "../../src/parse.js";
import { Ajv2020 } from "../ajv.js";
import { budget, params } from "./runs.js";
import { directionNotice, noticeText } from "./notice-gen.js";

let validate: (v: unknown) => boolean;
let errors: () => unknown;

beforeAll(() => {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
  const check = ajv.compile(JSON.parse(readFileSync("schemas/guide.schema.json", "utf8")));
  validate = (v) => check(v) as boolean;
  errors = () => check.errors;
});

const notice = fc.oneof({ weight: 3, arbitrary: directionNotice }, { weight: 1, arbitrary: noticeText });
const encoder = new TextEncoder();

describe("guide parse output", () => {
  it(
    "YAML re-parses to the same model, which validates against schemas/guide.schema.json",
    async () => {
      await fc.assert(
        fc.asyncProperty(notice, fc.constantFrom("notice.txt", "notice.md"), async (text, path) => {
          let model;
          try {
            model = await parseGuide(encoder.encode(text), { path });
          } catch (err) {
            // NUL bytes make a text file binary, and "" is empty: refusals with a message, not crashes.
            if (err instanceof GuideError && (err.code === "binary-file" || err.code === "empty-file")) return;
            throw err;
          }
          // the model as plain data (what JSON carries): no undefined fields, no class instances
          const plain = JSON.parse(JSON.stringify(model)) as unknown;
          expect(model).toEqual(plain);
          const yaml = await renderGuide(model, "yaml");
          const back = await loadGuideText(yaml, "guide.yaml");
          expect(back).toEqual(plain);
          const ok = validate(back);
          if (!ok) expect.fail(`schema: ${JSON.stringify(errors())}\n${text}`);
          // JSON output is the same object, and rendering is a function of the model
          expect(await loadGuideText(await renderGuide(model, "json"), "guide.json")).toEqual(plain);
          expect(await renderGuide(back as typeof model, "yaml")).toBe(yaml);
        }),
        params(),
      );
    },
    budget(20),
  );
});
