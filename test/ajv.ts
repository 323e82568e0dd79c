import ajv2020 from "ajv/dist/2020.js";

/**
 * Ajv for JSON Schema 2020-12. ajv is CommonJS: under NodeNext its default import is module.exports,
 * whose `default` is the class (as in src/model/emit-schemas.ts); the class carries `default` too, so this
 * holds however the test runner interops.
 */
export const Ajv2020 = ajv2020.default;
