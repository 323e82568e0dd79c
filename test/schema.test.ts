import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderGuideSchema, renderGuideValidator } from "../src/model/emit-schemas.js";
import { validateGuideValue } from "../src/core/guide-file.js";
import { Ajv2020 } from "./ajv.js";

const SCHEMA_PATH = resolve(import.meta.dirname, "../schemas/guide.schema.json");

describe("schemas/guide.schema.json", () => {
  it("equals fresh generation from the zod model", () => {
    const committed = readFileSync(SCHEMA_PATH, "utf8");
    const fresh = renderGuideSchema();
    expect(committed === fresh, "schemas/guide.schema.json is out of date: run npm run schemas and commit it").toBe(true);
  });

  it("compiles with ajv (draft 2020-12, strict)", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8"));
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBeTruthy();
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
    expect(() => ajv.compile(schema)).not.toThrow();
  });
});

describe("src/model/guide-validate.ts (the guide schema compiled ahead of time)", () => {
  it("equals fresh generation with ajv's standalone code", async () => {
    const committed = readFileSync(resolve(import.meta.dirname, "../src/model/guide-validate.ts"), "utf8");
    expect(committed === (await renderGuideValidator()), "src/model/guide-validate.ts is out of date: run npm run schemas and commit it").toBe(true);
  });

  it("accepts a parsed guide and names the path of what the schema refuses", async () => {
    const guide = parseYaml(readFileSync(resolve(import.meta.dirname, "../fixtures/drafts/guides/003.yaml"), "utf8"));
    expect(await validateGuideValue(guide)).toEqual([]);
    guide.directions[0].kpis[0].op = "≥";
    delete guide.meta.title;
    expect(await validateGuideValue(guide)).toEqual([
      { path: "meta", message: "must have required property 'title'" },
      { path: "directions/0/kpis/0/op", message: 'must be equal to one of the allowed values (">=", ">", "<=", "<", "=", "range", "approx")' },
    ]);
  });
});
