export { parseGuide, type ParseOptions } from "./parse.js";
export { GuideError, type GuideErrorCode } from "./core/errors.js";
export * from "./model/guide.js";
