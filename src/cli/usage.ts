import type { CommanderError } from "commander";
import { GuideError } from "../core/errors.js";

// commander's messages (English only), by error code: what each names, for our own templates in every language.
const READERS: Record<string, { re: RegExp; read: (m: RegExpExecArray) => Record<string, string> }> = {
  "commander.unknownOption": {
    re: /unknown option '([^']+)'(?:\s*\(Did you mean ([^?]+)\?\))?/,
    read: (m) => ({ problem: "unknownOption", option: m[1], suggestion: m[2] ?? "" }),
  },
  "commander.unknownCommand": {
    re: /unknown command '([^']+)'(?:\s*\(Did you mean ([^?]+)\?\))?/,
    read: (m) => ({ problem: "unknownCommand", command: m[1], suggestion: m[2] ?? "" }),
  },
  "commander.missingArgument": { re: /missing required argument '([^']+)'/, read: (m) => ({ problem: "missingArgument", argument: m[1] }) },
  "commander.optionMissingArgument": { re: /option '([^' ]+)[^']*' argument missing/, read: (m) => ({ problem: "optionMissingArgument", option: m[1] }) },
  "commander.missingMandatoryOptionValue": { re: /required option '([^' ]+)[^']*' not specified/, read: (m) => ({ problem: "missingOption", option: m[1] }) },
  "commander.invalidArgument": {
    // the reason is commander's list of choices, or the problem our own parser named (src/cli/command.ts)
    re: /option '([^' ]+)[^']*' argument '([^']*)' is invalid\. (?:Allowed choices are (.*)\.|(\w+))$/,
    read: (m): Record<string, string> =>
      m[3] !== undefined ? { problem: "invalidChoice", option: m[1], value: m[2], allowed: m[3] } : { problem: m[4], option: m[1], value: m[2] },
  },
  "commander.excessArguments": {
    re: /too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)/,
    read: (m) => ({ problem: "excessArguments", command: m[1] ?? "guide", expected: m[2], got: m[3] }),
  },
};

/** A usage error of commander as our GuideError, so that its line is in the user's language; commander's words for one we do not know. */
export function usageError(err: CommanderError): GuideError {
  const reader = READERS[err.code];
  const match = reader?.re.exec(err.message);
  if (reader && match) return new GuideError("usage", "", reader.read(match));
  return new GuideError("usage", "", { detail: err.message.replace(/^error:\s*/i, "").replace(/[.。\s]+$/, "") });
}
