import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/core/errors.ts
var GuideError = class extends Error {
  constructor(code, path, data = {}) {
    super(`${code}: ${path}`);
    this.code = code;
    this.path = path;
    this.data = data;
    this.name = "GuideError";
  }
  code;
  path;
  data;
};
export {
  GuideError
};
