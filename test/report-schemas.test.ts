import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "./ajv.js";
import { parse as parseYaml } from "yaml";
import { renderSchema, SCHEMA_NAMES } from "../src/model/emit-schemas.js";
import { DEFAULT_REPOSITORY, repositoryUrl, schemaId, VERSION } from "../src/model/published.js";
import { runCli } from "./helpers.js";

const schemaPath = (name: string) => resolve(import.meta.dirname, `../schemas/${name}.schema.json`);

describe("schemas/*.schema.json", () => {
  it("publishes guide, check, proposal and config", () => {
    expect(SCHEMA_NAMES).toEqual(["guide", "check", "proposal", "config"]);
  });

  for (const name of SCHEMA_NAMES) {
    it(`${name}.schema.json equals fresh generation from the zod model`, () => {
      const committed = readFileSync(schemaPath(name), "utf8");
      expect(committed === renderSchema(name), `schemas/${name}.schema.json is out of date: run npm run schemas and commit it`).toBe(true);
    });

    it(`${name}.schema.json compiles with ajv (draft 2020-12, strict)`, () => {
      const schema = JSON.parse(readFileSync(schemaPath(name), "utf8"));
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id).toBe(schemaId(name));
      expect(schema.$id).toMatch(new RegExp(`^https://.+/v${VERSION.replace(/\./g, "\\.")}/schemas/${name}\\.schema\\.json$`));
      const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
      expect(() => ajv.compile(schema)).not.toThrow();
    });

    it(`guide schema --name ${name} prints the committed file`, async () => {
      const r = await runCli(["schema", "--name", name]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(readFileSync(schemaPath(name), "utf8"));
    });
  }

  it("the proposal schema lets other tools' front-matter keys through (they become info findings)", () => {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    const check = ajv.compile(JSON.parse(readFileSync(schemaPath("proposal"), "utf8")));
    expect(check({ direction: "1.1", budget: { government: "500万元", total: 10000000 }, 申报单位: "某大学" })).toBe(true);
    expect(check({ participantCount: 0 })).toBe(false);
  });

  it("the README's front matter example is valid against the proposal schema, with no key outside it", () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../README.md"), "utf8");
    const block = /```yaml\n---\n([\s\S]*?)\n---\n```/.exec(readme);
    expect(block, "README: front matter example").not.toBeNull();
    const value = parseYaml(block![1]);
    const schema = JSON.parse(readFileSync(schemaPath("proposal"), "utf8"));
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    expect(ajv.compile(schema)(value)).toBe(true);
    expect(Object.keys(value).filter((k) => !(k in schema.properties))).toEqual([]);
  });

  it("the $id is built on package.json's repository (any way npm lets one write it), else the documented default", () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, "../package.json"), "utf8"));
    expect(schemaId("config").startsWith(pkg.repository ? "https://" : DEFAULT_REPOSITORY.replace("github.com", "raw.githubusercontent.com"))).toBe(true);
    for (const written of ["git+https://github.com/o/r.git", "git@github.com:o/r.git", "github:o/r", "o/r", { url: "https://github.com/o/r" }, "https://github.com/o/r/"])
      expect(repositoryUrl(written), JSON.stringify(written)).toBe("https://github.com/o/r");
    expect(repositoryUrl("git+ssh://git@gitlab.com/group/sub/r.git")).toBe("https://gitlab.com/group/sub/r");
    expect(repositoryUrl(undefined)).toBeNull();
    expect(repositoryUrl("")).toBeNull();
  });
});
