import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { renderGuideSchema } from "../src/model/emit-schemas.js";

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
