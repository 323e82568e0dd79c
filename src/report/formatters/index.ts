import type { Formatter } from "../types.js";
import { github } from "./github.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { text } from "./text.js";

/** The formatter registry of `guide check --format` (HOUSE-STYLE 7.7). */
export const FORMATTERS = { text, json, sarif, junit, github, html } satisfies Record<string, Formatter>;

/** Names of the output formats of `guide check`. */
export type FormatName = keyof typeof FORMATTERS;

/** Names of the output formats, in the order `--help` lists them. */
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export type { FormatContext, Formatter } from "../types.js";
