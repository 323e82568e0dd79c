import type { Command, Help, Option } from "commander";
import { displayWidth } from "../core/display-width.js";
import { helpFor, type CommandName, type HelpTexts } from "../i18n/help.js";
import { fill, type Lang } from "../i18n/index.js";

// A line may break after any wide character, but not after an opening bracket nor before closing punctuation.
const CHUNK = /\s*[（「『《]*(?:[^\s\u1100-\uffef]+|[\u1100-\uffef])[，。；：、）」』》！？]*/g;

/**
 * Put the help of `program` and of every command in `lang` (issue 13: the help follows --lang and GUIDE_LANG, as
 * the messages do): descriptions of commands, arguments and options from src/i18n/help.ts, commander's own
 * headings and notes, and line wrapping that counts a Chinese character as two columns and may break between two.
 * Call after every command is registered; an option without a text is an internal error a test catches.
 */
export function localizeHelp(program: Command, lang: Lang): void {
  const t = helpFor(lang);
  program.description(t.program);
  program.helpCommand("help [command]", t.common.helpCommand);
  program.configureHelp(helpConfiguration(t));
  describeOptions(program, {}, t);
  for (const cmd of program.commands) {
    const texts = t.commands[cmd.name() as CommandName];
    if (texts === undefined) throw new Error(`no help text of the command ${cmd.name()}`);
    cmd.description(texts.description);
    cmd.configureHelp(helpConfiguration(t));
    cmd.helpOption("-h, --help", t.common.help);
    for (const arg of cmd.registeredArguments) {
      const text = texts.arguments?.[arg.name()];
      if (text === undefined) throw new Error(`no help text of the argument ${arg.name()} of ${cmd.name()}`);
      arg.description = text;
    }
    describeOptions(cmd, texts, t);
  }
  program.helpOption("-h, --help", t.common.help);
}

function describeOptions(cmd: Command, texts: { options?: Record<string, string> }, t: HelpTexts): void {
  for (const option of cmd.options as Option[]) {
    const key = option.attributeName();
    const text = key in t.common ? t.common[key as keyof HelpTexts["common"]] : texts.options?.[key];
    if (text === undefined) throw new Error(`no help text of the option ${option.long} of ${cmd.name()}`);
    option.description = text;
  }
}

function helpConfiguration(t: HelpTexts): Partial<Help> {
  return {
    styleTitle: (title: string) => t.titles[title as keyof HelpTexts["titles"]] ?? title,
    displayWidth: (s: string) => displayWidth(s.replace(/\x1b\[\d*(;\d*)*m/g, "")),
    optionDescription(option: Option): string {
      const extra: string[] = [];
      if (option.argChoices) extra.push(fill(t.choices, { values: option.argChoices.join(t.listSeparator) }));
      const takesValue = option.required || option.optional;
      if (takesValue && option.defaultValue !== undefined) extra.push(fill(t.default, { value: option.defaultValueDescription ?? String(option.defaultValue) }));
      return extra.length === 0 ? option.description : `${option.description}${fill(t.extra, { items: extra.join(t.extraSeparator) })}`;
    },
    boxWrap(str: string, width: number): string {
      return str
        .split(/\r?\n/)
        .map((line) => {
          const out: string[] = [];
          let current = "";
          for (const chunk of line.match(CHUNK) ?? []) {
            if (current !== "" && displayWidth(current) + displayWidth(chunk) > width) {
              out.push(current);
              current = chunk.trimStart();
            } else current += chunk;
          }
          out.push(current);
          return out.join("\n");
        })
        .join("\n");
    },
  };
}
