import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key2) => {
          if (this.positiveOptions.has(key2)) {
            this.dualOptions.add(key2);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key2) {
        if (this._storeOptionsAsProperties) {
          return this[key2];
        }
        return this._optionValues[key2];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key2, value) {
        return this.setOptionValueWithSource(key2, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key2, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key2] = value;
        } else {
          this._optionValues[key2] = value;
        }
        this._optionValueSources[key2] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key2) {
        return this._optionValueSources[key2];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key2) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key2) !== void 0) {
            source = cmd.getOptionValueSource(key2);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key2 = this.options[i].attributeName();
            result[key2] = key2 === this._versionOptionName ? this._version : this[key2];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/cli/outline.ts
var outline_exports = {};
__export(outline_exports, {
  renderOutline: () => renderOutline
});
function renderOutline(entries, m) {
  const lines = entries.map((e) => {
    const title = e.title.length > 40 ? e.title.slice(0, 39) + "\u2026" : e.title;
    const evidence = `  (${[e.style, ...e.evidence].join("; ")})`;
    return `L${String(e.line).padEnd(5)} ${"  ".repeat(e.depth)}[${m.cli.roles[e.role]}] ${e.number}${title}${evidence}`;
  });
  return lines.join("\n") + (lines.length ? "\n" : "");
}
var init_outline = __esm({
  "src/cli/outline.ts"() {
  }
});

// src/core/emit-yaml.ts
function emitYaml(value) {
  const out = [];
  if (isBlock(value)) writeBlock(value, "", "", out);
  else out.push(inline(value));
  return out.join("\n") + "\n";
}
function isBlock(v) {
  if (typeof v !== "object" || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  for (const k in v) if (v[k] !== void 0) return true;
  return false;
}
function writeBlock(v, indent, lead, out) {
  let first = true;
  if (Array.isArray(v)) {
    for (const item of v) {
      const head = (first ? lead : indent) + "- ";
      first = false;
      if (isBlock(item)) writeBlock(item, indent + "  ", head, out);
      else out.push(head + inline(item));
    }
    return;
  }
  const map = v;
  for (const k in map) {
    const item = map[k];
    if (item === void 0) continue;
    const head = (first ? lead : indent) + key(k) + ":";
    first = false;
    if (!isBlock(item)) out.push(head + " " + inline(item));
    else {
      out.push(head);
      writeBlock(item, indent + "  ", indent + "  ", out);
    }
  }
}
function inline(v) {
  switch (typeof v) {
    case "string":
      return scalar(v);
    case "number":
      if (Number.isFinite(v)) return Object.is(v, -0) ? "-0" : String(v);
      return Number.isNaN(v) ? ".nan" : v > 0 ? ".inf" : "-.inf";
    case "boolean":
      return v ? "true" : "false";
    case "bigint":
      return String(v);
    case "undefined":
      return "null";
    case "object":
      if (v === null) return "null";
      return Array.isArray(v) ? "[]" : "{}";
    default:
      throw new TypeError(`emitYaml: cannot write a ${typeof v}`);
  }
}
function key(k) {
  if (k.length > 1e3) throw new RangeError("emitYaml: a mapping key longer than 1000 characters");
  return scalar(k);
}
function scalar(s) {
  if (s !== "" && !NEEDS_ESCAPE.test(s) && !NOT_PLAIN.test(s) && !(MAY_NOT_BE_STRING.test(s) && NOT_STRING.test(s))) return s;
  if (s.includes('"') && !s.includes("'") && !NEEDS_ESCAPE.test(s)) return "'" + s + "'";
  return JSON.stringify(s).replace(/[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}
var NEEDS_ESCAPE, NOT_PLAIN, NOT_STRING, MAY_NOT_BE_STRING;
var init_emit_yaml = __esm({
  "src/core/emit-yaml.ts"() {
    NEEDS_ESCAPE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]/;
    NOT_PLAIN = /^[\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|:[ \t]|[ \t]#|[\t :]$|^(?:---|\.\.\.)/;
    NOT_STRING = new RegExp(
      [
        /^(?:~|[Nn]ull|NULL)?$/,
        /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
        /^0o[0-7]+$/,
        /^[-+]?[0-9]+$/,
        /^0x[0-9a-fA-F]+$/,
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
        /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
        /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
        /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
        /^[-+]?0b[0-1_]+$/,
        /^[-+]?0[0-7_]+$/,
        /^[-+]?[0-9][0-9_]*$/,
        /^[-+]?0x[0-9a-fA-F_]+$/,
        /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
        /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
        /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
        /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
        /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
        /^<<$/
      ].map((re) => re.source).join("|")
    );
    MAY_NOT_BE_STRING = /^[-+.0-9~<eEnNtTfFyYoO]/;
  }
});

// src/cli/render.ts
var render_exports = {};
__export(render_exports, {
  renderGuide: () => renderGuide
});
async function renderGuide(doc, format) {
  return format === "json" ? JSON.stringify(doc, null, 2) + "\n" : emitYaml(doc);
}
var init_render = __esm({
  "src/cli/render.ts"() {
    init_emit_yaml();
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/model/published.ts
import { readFileSync } from "node:fs";
var DEFAULT_REPOSITORY = "https://github.com/guide-cli/guide";
function readPackage() {
  try {
    return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  } catch {
    return {};
  }
}
function repositoryUrl(repository) {
  const raw = (typeof repository === "string" ? repository : repository?.url)?.trim();
  if (!raw) return null;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1].replace(/\.git$/, "")}`;
  const url = /^(?:git\+)?(?:(?:https?|ssh|git):\/\/)?(?:[^@/]+@)?([^/:]+)[/:]([^#?]+?)(?:\.git)?\/?(?:[#?].*)?$/.exec(raw);
  return url ? `https://${url[1]}/${url[2]}` : null;
}
function forgeHomepage(homepage) {
  const m = /^https:\/\/(github\.com|gitlab\.com|codeberg\.org)\/([\w.-]+\/[\w.-]+)/.exec(homepage ?? "");
  return m ? `https://${m[1]}/${m[2]}` : null;
}
var PKG = readPackage();
var VERSION = PKG.version ?? "0.0.0";
var REPOSITORY = repositoryUrl(PKG.repository) ?? forgeHomepage(PKG.homepage) ?? DEFAULT_REPOSITORY;

// src/cli/main.ts
import { GuideError as GuideError5 } from "./core-errors.js";

// src/core/read-input.ts
import { open, readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { GuideError } from "./core-errors.js";
var DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
var NOTICE_EXTENSIONS = [".txt", ".md", ".text", ".pdf", ".docx", ".html", ".htm"];
var GUIDE_EXTENSIONS = [".yaml", ".yml", ".json"];
var LEGACY_OFFICE = /* @__PURE__ */ new Set([".doc", ".wps", ".wpt", ".dot", ".et", ".xls", ".ppt", ".dps"]);
var IMAGES = /* @__PURE__ */ new Set([".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".svg"]);
async function readInput(path, options) {
  const absPath = resolve(options.cwd, path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const extensions = options.extensions ?? NOTICE_EXTENSIONS;
  let size;
  try {
    const st = await stat(absPath);
    if (st.isDirectory()) throw new GuideError("is-directory", path);
    size = st.size;
  } catch (err) {
    throw toInputError(err, path);
  }
  const ext = extname(path).toLowerCase();
  if (!extensions.includes(ext)) {
    if (LEGACY_OFFICE.has(ext)) throwIfMisnamed(await readHead(absPath), path, ext);
    throw unsupported(path, ext, extensions);
  }
  if (size > maxBytes) throw new GuideError("too-large", path, { size, limit: maxBytes });
  let bytes;
  try {
    bytes = await readFile(absPath);
  } catch (err) {
    throw toInputError(err, path);
  }
  return { path, absPath, bytes: checkedBytes(bytes, path, maxBytes) };
}
var STDIN_ARGUMENT = "-";
var STDIN_PATH = "<stdin>";
async function readStdin(stream, filename, maxBytes = DEFAULT_MAX_BYTES) {
  const path = filename ?? STDIN_PATH;
  if (stream.isTTY === true) throw new GuideError("usage", "", { problem: "stdinTerminal" });
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes2 = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes2.length;
    if (size > maxBytes) throw new GuideError("too-large", path, { size, limit: maxBytes });
    chunks.push(bytes2);
  }
  const bytes = checkedBytes(Buffer.concat(chunks), path, maxBytes);
  const ext = extname(filename ?? "").toLowerCase();
  if (filename !== void 0 && ext !== "" && !NOTICE_EXTENSIONS.includes(ext)) {
    if (LEGACY_OFFICE.has(ext)) throwIfMisnamed(bytes, path, ext);
    throw unsupported(path, ext, NOTICE_EXTENSIONS);
  }
  return { path, format: formatOfPath(path) ?? sniffFormat(bytes), bytes };
}
var FORMAT_OF_EXTENSION = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".pdf": "pdf",
  ".docx": "docx",
  ".html": "html",
  ".htm": "html"
};
function formatOfPath(path) {
  return FORMAT_OF_EXTENSION[extname(path).toLowerCase()] ?? null;
}
function sniffFormat(bytes) {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("PK") || head.startsWith("\xD0\xCF\xE0")) return "docx";
  if (/^\s*<(!doctype\s+html|html)/i.test(head)) return "html";
  return "txt";
}
function unsupported(path, ext, allowed) {
  const kind = LEGACY_OFFICE.has(ext) ? "legacy-office" : IMAGES.has(ext) ? "image" : "other";
  return new GuideError("unsupported-type", path, { ext, kind, allowed: allowed.join(" ") });
}
function throwIfMisnamed(head, path, ext) {
  const magic = Buffer.from(head.subarray(0, 5)).toString("latin1");
  if (magic.startsWith("PK")) throw new GuideError("misnamed-file", path, { ext, actual: "DOCX", fix: ".docx" });
  if (magic === "%PDF-") throw new GuideError("misnamed-file", path, { ext, actual: "PDF", fix: ".pdf" });
}
async function readHead(absPath) {
  const handle = await open(absPath, "r").catch(() => null);
  if (handle === null) return new Uint8Array(0);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function checkedBytes(bytes, path, maxBytes) {
  if (bytes.length > maxBytes) throw new GuideError("too-large", path, { size: bytes.length, limit: maxBytes });
  if (bytes.length === 0) throw new GuideError("empty-file", path);
  return bytes;
}
function toInputError(err, path) {
  if (err instanceof GuideError) return err;
  const code = err?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new GuideError("file-not-found", path);
  if (code === "EISDIR") return new GuideError("is-directory", path);
  return new GuideError("file-unreadable", path, { detail: code ?? String(err?.message ?? err) });
}

// src/i18n/en.ts
var en = {
  errors: {
    "file-not-found": "guide: file not found: {{path}}. Check the path and file name.",
    "file-unreadable": "guide: cannot read {{path}} ({{detail}}). Check the file permissions.",
    "is-directory": "guide: {{path}} is a directory, not a file. Name a file inside it.",
    "unsupported-type": "guide: unsupported file type ({{ext}}): {{path}}. {{hint}}",
    "empty-file": "guide: file is empty: {{path}}. Check that you picked the right file.",
    "binary-file": "guide: {{path}} is not text, PDF or DOCX and its content cannot be read. Check that the file is not damaged, or save it as DOCX, PDF or TXT.",
    "bad-directions-style": 'guide: --directions "{{value}}" is not a heading number ({{path}}). Write the number style the direction headings start with, e.g. "\uFF08\u4E00\uFF09", "1.", "\u65B9\u54111", "1001".',
    "too-large": "guide: file too large ({{size}} bytes, limit {{limit}} bytes): {{path}}. Raise the limit with --max-size if you really need it.",
    "bad-encoding": "guide: cannot recognise the text encoding of {{path}} ({{detail}}). Save it as UTF-8 text and retry.",
    "invalid-guide": "guide: not a valid guide file: {{path}} ({{detail}}). Regenerate it with guide parse, or fix it as reported.",
    "invalid-config": "guide: invalid configuration in {{path}} ({{detail}}). Fix it as reported; guide init shows a commented example.",
    "file-exists": "guide: {{path}} already exists and is left as it is. Edit it, or remove it first to start again.",
    "output-is-input": "guide: the output file is the input file: {{path}}. Pick another file with -o so the source is not overwritten.",
    "output-unwritable": "guide: cannot write the output file {{path}} ({{detail}}). Check that the folder exists and is writable.",
    usage: "guide: {{detail}}. Run guide --help for usage.",
    "encrypted-pdf": "guide: {{path}} is a password-protected PDF. Remove the protection (or print it to a new PDF) and retry.",
    "no-text-layer": "guide: {{path}} has no text layer (a scanned image). Run OCR on it first, or provide the DOCX or text original.",
    "legacy-renamed": "guide: {{path}} is an old Word/WPS file (.doc/.wps) renamed to {{ext}}; renaming does not convert it. Open it in WPS or Word, save it as DOCX or PDF, and retry.",
    "misnamed-file": "guide: {{path}} holds a {{actual}} file but is named {{ext}}. Rename it to {{fix}} and retry.",
    "corrupt-file": "guide: {{path}} is damaged or truncated and cannot be read ({{detail}}). Download or export it again.",
    "zip-bomb": "guide: {{path}} expands to more than {{limit}} bytes and looks like a zip bomb. Check where the file came from; a real notice is far smaller.",
    timeout: "guide: reading {{path}} took longer than {{seconds}} s and was stopped. Save it again as PDF or DOCX, or split it, and retry."
  },
  hints: {
    "legacy-office": "Save it as DOCX or PDF (in WPS or Word) and retry.",
    image: "Text in images needs OCR first; provide the PDF, DOCX or TXT original instead.",
    other: "Supported types: {{allowed}}."
  },
  cli: {
    internal: "guide: internal error: {{detail}}. Rerun with --debug for details and report the problem.",
    unknownError: "guide: error ({{code}}): {{path}}.",
    valid: "{{path}}: valid against guide.schema.json.",
    invalidSummary: "{{path}}: does not match guide.schema.json, {{count}} error(s).",
    unknownSchema: "unknown schema name {{name}} (available: {{names}})",
    noExt: "no extension",
    badSize: "invalid --max-size value: {{value}} (bytes, e.g. 20000000 or 20MB)",
    parseWarning: "{{path}}:{{line}}: warning: {{message}} ({{code}})",
    warnings: {
      "no-direction": 'no direction found: see how the headings were read with guide parse --outline, and name the numbering of the directions with --directions (e.g. "\uFF08\u4E00\uFF09")',
      "numbering-repeats": "direction numbers repeat ({{ids}}); renumbered in order. An area heading (\u4E13\u9898/\u9886\u57DF) may have been lost",
      "empty-direction": "direction {{id}} has no content",
      "no-title": "direction {{id}} has no title"
    },
    strictFailed: "guide: {{count}} warning(s) with --strict: {{path}}",
    baselineWritten: "guide: wrote {{count}} finding(s) to the baseline {{path}}",
    unknownRule: "unknown rule {{id}}{{suggestion}} (guide rules lists every rule)",
    didYouMean: "; did you mean {{id}}?",
    ruleHeading: "{{id}} (default severity: {{severity}}): {{description}}",
    unknownDirection: "{{guide}} has no direction {{id}} (it has: {{ids}}; guide list shows them all)",
    roles: { area: "area", direction: "direction", section: "section", admin: "admin", label: "label", content: "content" }
  },
  usage: {
    noDrafts: "no drafts: name them, or add a guide.config.yaml (guide init writes one)",
    noGuide: "no guide: pass --guide GUIDE, or add a guide.config.yaml (guide init writes one)",
    noGuideFor: "no guide for {{draft}}: add it to the drafts of a guides entry in {{config}}, or pass --guide GUIDE",
    stdinOnce: "- (standard input) may stand for one draft only",
    stdinTerminal: "- reads standard input, but it is a terminal: pipe or redirect the file (guide check - < draft.md)",
    unknownOption: "unknown option {{option}}{{suggestion}}",
    unknownCommand: "unknown command {{command}}{{suggestion}}",
    missingArgument: "missing the argument {{argument}}",
    optionMissingArgument: "{{option}} needs a value",
    missingOption: "the option {{option}} is required",
    invalidChoice: "invalid value for {{option}}: {{value}} (allowed: {{allowed}})",
    excessArguments: "too many arguments: {{command}} takes {{expected}}, got {{got}}",
    wholeNumber: "invalid value for {{option}}: {{value}} (a whole number \u2265 1)",
    count: "invalid value for {{option}}: {{value}} (a whole number \u2265 0)",
    seconds: "invalid value for {{option}}: {{value}} (seconds > 0)",
    amount: "invalid value for {{option}}: {{value}} (an amount in \u4E07\u5143)"
  },
  check: {
    direction: "direction {{id}}",
    severity: { error: "error", warning: "warning", info: "info", fatal: "fatal" },
    clean: "no problems",
    clause: "guide {{where}}: {{note}}",
    place: { page: "page {{page}}", paragraph: "paragraph {{paragraph}}", cell: "table {{table}}, row {{row}}, cell {{cell}}" },
    expected: "expected",
    actual: "found",
    summary: "{{files}} file(s) checked: {{errors}} error(s), {{warnings}} warning(s), {{infos}} info(s)",
    passed: "meets the guide",
    unreadable: "The draft could not be read: {{detail}}",
    unreadableRule: "The draft could not be read (missing, unsupported, damaged or empty file); nothing else was checked in it."
  }
};

// src/i18n/zh.ts
var zh = {
  errors: {
    "file-not-found": "guide: \u627E\u4E0D\u5230\u6587\u4EF6\uFF1A{{path}}\u3002\u8BF7\u68C0\u67E5\u8DEF\u5F84\u548C\u6587\u4EF6\u540D\u3002",
    "file-unreadable": "guide: \u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u68C0\u67E5\u6587\u4EF6\u6743\u9650\u3002",
    "is-directory": "guide: {{path}} \u662F\u76EE\u5F55\u800C\u4E0D\u662F\u6587\u4EF6\u3002\u8BF7\u6307\u5B9A\u76EE\u5F55\u4E2D\u7684\u67D0\u4E2A\u6587\u4EF6\u3002",
    "unsupported-type": "guide: \u4E0D\u652F\u6301\u7684\u6587\u4EF6\u7C7B\u578B\uFF08{{ext}}\uFF09\uFF1A{{path}}\u3002{{hint}}",
    "empty-file": "guide: \u6587\u4EF6\u4E3A\u7A7A\uFF1A{{path}}\u3002\u8BF7\u68C0\u67E5\u662F\u5426\u9009\u9519\u4E86\u6587\u4EF6\u3002",
    "binary-file": "guide: \u6587\u4EF6\u4E0D\u662F\u6587\u672C\u3001PDF \u6216 DOCX\uFF0C\u65E0\u6CD5\u8BC6\u522B\u5176\u5185\u5BB9\uFF1A{{path}}\u3002\u8BF7\u786E\u8BA4\u6587\u4EF6\u672A\u635F\u574F\uFF0C\u6216\u53E6\u5B58\u4E3A DOCX\u3001PDF \u6216 TXT\u3002",
    "bad-directions-style": 'guide: --directions \u7684\u503C\u300C{{value}}\u300D\u4E0D\u662F\u6807\u9898\u7F16\u53F7\uFF08{{path}}\uFF09\u3002\u8BF7\u5199\u51FA\u65B9\u5411\u6807\u9898\u524D\u7684\u7F16\u53F7\u6837\u5F0F\uFF0C\u5982 "\uFF08\u4E00\uFF09"\u3001"1."\u3001"\u65B9\u54111"\u3001"1001"\u3002',
    "too-large": "guide: \u6587\u4EF6\u8FC7\u5927\uFF08{{size}} \u5B57\u8282\uFF0C\u4E0A\u9650 {{limit}} \u5B57\u8282\uFF09\uFF1A{{path}}\u3002\u5982\u786E\u9700\u5904\u7406\uFF0C\u8BF7\u7528 --max-size \u63D0\u9AD8\u4E0A\u9650\u3002",
    "bad-encoding": "guide: \u65E0\u6CD5\u8BC6\u522B\u6587\u4EF6\u7684\u6587\u5B57\u7F16\u7801\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u53E6\u5B58\u4E3A UTF-8 \u6587\u672C\u540E\u91CD\u8BD5\u3002",
    "invalid-guide": "guide: \u4E0D\u662F\u6709\u6548\u7684\u6307\u5357\u6587\u4EF6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u7528 guide parse \u91CD\u65B0\u751F\u6210\uFF0C\u6216\u6309\u63D0\u793A\u4FEE\u6B63\u3002",
    "invalid-config": "guide: \u914D\u7F6E\u6587\u4EF6\u6709\u8BEF\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u6309\u63D0\u793A\u4FEE\u6B63\uFF1Bguide init \u53EF\u751F\u6210\u5E26\u6CE8\u91CA\u7684\u793A\u4F8B\u3002",
    "file-exists": "guide: {{path}} \u5DF2\u5B58\u5728\uFF0C\u672A\u4F5C\u6539\u52A8\u3002\u8BF7\u76F4\u63A5\u7F16\u8F91\u5B83\uFF0C\u6216\u5148\u5220\u9664\u540E\u91CD\u65B0\u751F\u6210\u3002",
    "output-is-input": "guide: \u8F93\u51FA\u6587\u4EF6\u4E0E\u8F93\u5165\u6587\u4EF6\u76F8\u540C\uFF1A{{path}}\u3002\u8BF7\u7528 -o \u6307\u5B9A\u53E6\u4E00\u4E2A\u8F93\u51FA\u6587\u4EF6\uFF0C\u4EE5\u514D\u8986\u76D6\u539F\u6587\u3002",
    "output-unwritable": "guide: \u65E0\u6CD5\u5199\u5165\u8F93\u51FA\u6587\u4EF6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u68C0\u67E5\u76EE\u5F55\u662F\u5426\u5B58\u5728\u4EE5\u53CA\u5199\u5165\u6743\u9650\u3002",
    usage: "guide: {{detail}}\u3002\u8FD0\u884C guide --help \u67E5\u770B\u7528\u6CD5\u3002",
    "encrypted-pdf": "guide: {{path}} \u662F\u52A0\u5BC6\uFF08\u6709\u5BC6\u7801\u4FDD\u62A4\uFF09\u7684 PDF\u3002\u8BF7\u5148\u89E3\u9664\u4FDD\u62A4\uFF08\u6216\u6253\u5370\u4E3A\u65B0\u7684 PDF\uFF09\u540E\u91CD\u8BD5\u3002",
    "no-text-layer": "guide: {{path}} \u6CA1\u6709\u6587\u5B57\u5C42\uFF08\u626B\u63CF\u56FE\u50CF\uFF09\u3002\u8BF7\u5148\u8FDB\u884C OCR \u6587\u5B57\u8BC6\u522B\uFF0C\u6216\u63D0\u4F9B DOCX \u6216\u6587\u672C\u539F\u4EF6\u3002",
    "legacy-renamed": "guide: {{path}} \u5176\u5B9E\u662F\u65E7\u7248 Word/WPS \u6587\u4EF6\uFF08.doc/.wps\uFF09\uFF0C\u53EA\u662F\u6269\u5C55\u540D\u6539\u6210\u4E86 {{ext}}\uFF1B\u6539\u6269\u5C55\u540D\u4E0D\u80FD\u8F6C\u6362\u683C\u5F0F\u3002\u8BF7\u7528 WPS \u6216 Word \u6253\u5F00\u5B83\uFF0C\u300C\u53E6\u5B58\u4E3A\u300DDOCX \u6216 PDF \u540E\u91CD\u8BD5\u3002",
    "misnamed-file": "guide: {{path}} \u7684\u5185\u5BB9\u662F {{actual}} \u6587\u4EF6\uFF0C\u6269\u5C55\u540D\u5374\u662F {{ext}}\u3002\u8BF7\u628A\u6269\u5C55\u540D\u6539\u4E3A {{fix}} \u540E\u91CD\u8BD5\u3002",
    "corrupt-file": "guide: \u6587\u4EF6\u5DF2\u635F\u574F\u6216\u4E0D\u5B8C\u6574\uFF0C\u65E0\u6CD5\u8BFB\u53D6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u91CD\u65B0\u4E0B\u8F7D\u6216\u5BFC\u51FA\u3002",
    "zip-bomb": "guide: {{path}} \u89E3\u538B\u540E\u8D85\u8FC7 {{limit}} \u5B57\u8282\uFF0C\u7591\u4F3C\u538B\u7F29\u70B8\u5F39\u3002\u8BF7\u6838\u5B9E\u6587\u4EF6\u6765\u6E90\uFF1B\u6B63\u5E38\u7684\u6307\u5357\u6587\u4EF6\u8FDC\u5C0F\u4E8E\u6B64\u3002",
    timeout: "guide: \u8BFB\u53D6 {{path}} \u8D85\u8FC7 {{seconds}} \u79D2\uFF0C\u5DF2\u505C\u6B62\u3002\u8BF7\u91CD\u65B0\u53E6\u5B58\u4E3A PDF \u6216 DOCX\uFF0C\u6216\u62C6\u5206\u540E\u91CD\u8BD5\u3002"
  },
  hints: {
    "legacy-office": "\u8BF7\u7528 WPS \u6216 Word \u53E6\u5B58\u4E3A DOCX \u6216 PDF \u540E\u91CD\u8BD5\u3002",
    image: "\u56FE\u7247\u4E2D\u7684\u6587\u5B57\u9700\u5148\u7ECF OCR \u8BC6\u522B\uFF1B\u8BF7\u63D0\u4F9B PDF\u3001DOCX \u6216 TXT \u539F\u6587\u3002",
    other: "\u652F\u6301\u7684\u7C7B\u578B\uFF1A{{allowed}}\u3002"
  },
  cli: {
    internal: "guide: \u5185\u90E8\u9519\u8BEF\uFF1A{{detail}}\u3002\u8BF7\u52A0 --debug \u91CD\u65B0\u8FD0\u884C\u4EE5\u67E5\u770B\u8BE6\u60C5\uFF0C\u5E76\u62A5\u544A\u6B64\u95EE\u9898\u3002",
    unknownError: "guide: \u51FA\u9519\uFF08{{code}}\uFF09\uFF1A{{path}}\u3002",
    valid: "{{path}}\uFF1A\u6709\u6548\uFF08valid\uFF09\uFF0C\u7B26\u5408 guide.schema.json\u3002",
    invalidSummary: "{{path}}\uFF1A\u4E0D\u7B26\u5408 guide.schema.json\uFF0C\u5171 {{count}} \u5904\u9519\u8BEF\u3002",
    unknownSchema: "\u672A\u77E5\u7684 schema \u540D\u79F0 {{name}}\uFF08\u53EF\u7528\uFF1A{{names}}\uFF09",
    noExt: "\u65E0\u6269\u5C55\u540D",
    parseWarning: "{{path}}:{{line}}: \u8B66\u544A\uFF1A{{message}}\uFF08{{code}}\uFF09",
    warnings: {
      "no-direction": '\u672A\u627E\u5230\u4EFB\u4F55\u6307\u5357\u65B9\u5411\uFF1A\u8BF7\u7528 guide parse --outline \u67E5\u770B\u6807\u9898\u5C42\u7EA7\uFF0C\u5E76\u7528 --directions \u6307\u5B9A\u65B9\u5411\u7684\u7F16\u53F7\u6837\u5F0F\uFF08\u5982 "\uFF08\u4E00\uFF09"\uFF09',
      "numbering-repeats": "\u65B9\u5411\u7F16\u53F7\u91CD\u590D\uFF08{{ids}}\uFF09\uFF0C\u5DF2\u6309\u987A\u5E8F\u91CD\u65B0\u7F16\u53F7\uFF1A\u53EF\u80FD\u4E22\u5931\u4E86\u4E13\u9898/\u9886\u57DF\u6807\u9898",
      "empty-direction": "\u65B9\u5411 {{id}} \u6CA1\u6709\u4EFB\u4F55\u5185\u5BB9",
      "no-title": "\u65B9\u5411 {{id}} \u6CA1\u6709\u6807\u9898"
    },
    strictFailed: "guide: \u4F7F\u7528 --strict \u65F6\u6709 {{count}} \u6761\u8B66\u544A\uFF1A{{path}}",
    baselineWritten: "guide: \u5DF2\u5C06 {{count}} \u4E2A\u95EE\u9898\u5199\u5165\u57FA\u7EBF {{path}}",
    unknownRule: "\u6CA1\u6709\u89C4\u5219 {{id}}{{suggestion}}\uFF08guide rules \u5217\u51FA\u5168\u90E8\u89C4\u5219\uFF09",
    didYouMean: "\uFF0C\u60A8\u662F\u4E0D\u662F\u8981\u627E {{id}}\uFF1F",
    ruleHeading: "{{id}}\uFF08\u9ED8\u8BA4\u7EA7\u522B\uFF1A{{severity}}\uFF09\uFF1A{{description}}",
    unknownDirection: "{{guide}} \u4E2D\u6CA1\u6709\u65B9\u5411 {{id}}\uFF08\u6709\uFF1A{{ids}}\uFF1Bguide list \u5217\u51FA\u5168\u90E8\uFF09",
    roles: { area: "\u9886\u57DF", direction: "\u65B9\u5411", section: "\u7AE0\u8282", admin: "\u4E8B\u52A1", label: "\u6807\u7B7E", content: "\u5185\u5BB9" },
    badSize: "--max-size \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u5B57\u8282\u6570\uFF0C\u5982 20000000 \u6216 20MB\uFF09"
  },
  usage: {
    noDrafts: "\u6CA1\u6709\u7533\u62A5\u4E66\uFF1A\u8BF7\u5728\u547D\u4EE4\u884C\u4E2D\u7ED9\u51FA\uFF0C\u6216\u6DFB\u52A0 guide.config.yaml\uFF08guide init \u53EF\u751F\u6210\uFF09",
    noGuide: "\u6CA1\u6709\u6307\u5357\uFF1A\u8BF7\u7528 --guide GUIDE \u6307\u5B9A\uFF0C\u6216\u6DFB\u52A0 guide.config.yaml\uFF08guide init \u53EF\u751F\u6210\uFF09",
    noGuideFor: "{{draft}} \u6CA1\u6709\u5BF9\u5E94\u7684\u6307\u5357\uFF1A\u8BF7\u628A\u5B83\u52A0\u5165 {{config}} \u4E2D\u67D0\u4E2A guides \u6761\u76EE\u7684 drafts\uFF0C\u6216\u7528 --guide GUIDE \u6307\u5B9A",
    stdinOnce: "-\uFF08\u6807\u51C6\u8F93\u5165\uFF09\u53EA\u80FD\u4EE3\u8868\u4E00\u4EFD\u7533\u62A5\u4E66",
    stdinTerminal: "- \u8868\u793A\u4ECE\u6807\u51C6\u8F93\u5165\u8BFB\u53D6\uFF0C\u4F46\u6807\u51C6\u8F93\u5165\u662F\u7EC8\u7AEF\uFF1A\u8BF7\u7528\u7BA1\u9053\u6216\u91CD\u5B9A\u5411\u4F20\u5165\u6587\u4EF6\uFF08guide check - < \u7533\u62A5\u4E66.md\uFF09",
    unknownOption: "\u672A\u77E5\u9009\u9879 {{option}}{{suggestion}}",
    unknownCommand: "\u672A\u77E5\u547D\u4EE4 {{command}}{{suggestion}}",
    missingArgument: "\u7F3A\u5C11\u53C2\u6570 {{argument}}",
    optionMissingArgument: "{{option}} \u9700\u8981\u4E00\u4E2A\u503C",
    missingOption: "\u5FC5\u987B\u7ED9\u51FA\u9009\u9879 {{option}}",
    invalidChoice: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u53EF\u9009\uFF1A{{allowed}}\uFF09",
    excessArguments: "\u53C2\u6570\u8FC7\u591A\uFF1A{{command}} \u9700\u8981 {{expected}} \u4E2A\uFF0C\u5B9E\u9645\u7ED9\u4E86 {{got}} \u4E2A",
    wholeNumber: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u4E0D\u5C0F\u4E8E 1 \u7684\u6574\u6570\uFF09",
    count: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u4E0D\u5C0F\u4E8E 0 \u7684\u6574\u6570\uFF09",
    seconds: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u5927\u4E8E 0 \u7684\u79D2\u6570\uFF09",
    amount: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u4EE5\u4E07\u5143\u8BA1\u7684\u91D1\u989D\uFF09"
  },
  check: {
    direction: "\u65B9\u5411 {{id}}",
    severity: { error: "\u9519\u8BEF", warning: "\u8B66\u544A", info: "\u63D0\u793A", fatal: "\u65E0\u6CD5\u8BFB\u53D6" },
    clean: "\u672A\u53D1\u73B0\u95EE\u9898",
    clause: "\u6307\u5357 {{where}}\uFF1A{{note}}",
    place: { page: "\u7B2C {{page}} \u9875", paragraph: "\u7B2C {{paragraph}} \u6BB5", cell: "\u8868 {{table}} \u7B2C {{row}} \u884C\u7B2C {{cell}} \u683C" },
    expected: "\u6307\u5357\u8981\u6C42",
    actual: "\u7533\u62A5\u4E66",
    summary: "\u5171\u68C0\u67E5 {{files}} \u4E2A\u6587\u4EF6\uFF1A{{errors}} \u4E2A\u9519\u8BEF\uFF0C{{warnings}} \u4E2A\u8B66\u544A\uFF0C{{infos}} \u6761\u63D0\u793A",
    passed: "\u7B26\u5408\u6307\u5357\u8981\u6C42",
    unreadable: "\u65E0\u6CD5\u8BFB\u53D6\u7533\u62A5\u4E66\uFF1A{{detail}}",
    unreadableRule: "\u7533\u62A5\u4E66\u65E0\u6CD5\u8BFB\u53D6\uFF08\u6587\u4EF6\u4E0D\u5B58\u5728\u3001\u7C7B\u578B\u4E0D\u652F\u6301\u3001\u5DF2\u635F\u574F\u6216\u4E3A\u7A7A\uFF09\uFF0C\u5176\u4E2D\u7684\u5185\u5BB9\u5747\u672A\u68C0\u67E5\u3002"
  }
};

// src/i18n/index.ts
function messagesFor(lang) {
  return lang === "en" ? en : zh;
}
function fill(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key2) => data[key2] === void 0 ? "" : String(data[key2])).replace(/（）|\s?\(\)/g, "");
}

// src/i18n/errors.ts
function formatGuideError(err, lang) {
  const m = messagesFor(lang);
  const data = { ...err.data, path: err.path, code: err.code };
  if (err.code === "unsupported-type") {
    data.ext = err.data.ext ? String(err.data.ext) : m.cli.noExt;
    if (data.hint === void 0) {
      const named = String(err.data.kind ?? "other");
      const kind = named in m.hints ? named : "other";
      data.hint = fill(m.hints[kind], { allowed: String(err.data.allowed ?? NOTICE_EXTENSIONS.join(" ")) });
    }
  }
  if (err.code === "usage" && typeof err.data.problem === "string" && err.data.problem in m.usage) {
    const suggestion = err.data.suggestion ? fill(m.cli.didYouMean, { id: String(err.data.suggestion) }) : "";
    data.detail = fill(m.usage[err.data.problem], { ...data, suggestion });
  }
  const template = m.errors[err.code] ?? m.cli.unknownError;
  return oneLine(fill(template, data)).replace(/([？?])[。.]/g, "$1");
}
function formatInternalError(err, lang) {
  const detail = err instanceof Error ? `${err.name === "Error" ? "" : err.name + ": "}${err.message}` : String(err);
  return oneLine(fill(messagesFor(lang).cli.internal, { detail }));
}
function oneLine(s) {
  return s.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

// src/cli/command.ts
import { GuideError as GuideError2 } from "./core-errors.js";
var EXIT = { ok: 0, findings: 1, error: 2 };
function withCommonOptions(cmd) {
  return cmd.addOption(new Option("--lang <lang>").choices(["zh", "en"])).option("--debug");
}
function maxBytesOf(value, path, lang) {
  if (value === void 0) return DEFAULT_MAX_BYTES;
  const bytes = parseSize(value);
  if (bytes === null) throw new GuideError2("usage", path, { detail: fill(messagesFor(lang).cli.badSize, { value }) });
  return bytes;
}
function parseSize(s) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(s);
  if (!match) return null;
  const mult = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase()];
  return Math.floor(Number(match[1]) * mult);
}
function parseJobs(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("wholeNumber");
  return n;
}
function parseCount(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("count");
  return n;
}
function parseSeconds(value) {
  const n = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(n > 0)) throw new InvalidArgumentError("seconds");
  return n;
}

// src/cli/commands.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/cli/author.ts
var MODES = ["\u5B9A\u5411\u59D4\u6258", "\u63ED\u699C\u6302\u5E05", "\u7ADE\u4E89\u62E9\u4F18", "none"];
function wan(value) {
  const n = Number(value.replace(/万元?$/, ""));
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError("amount");
  return n;
}
function registerAuthorCommands(program2, ctx) {
  withCommonOptions(
    program2.command("list").argument("<guide>").option("--keyword <word>").addOption(new Option("--mode <mode>").choices([...MODES])).addOption(new Option("--cap-min <wan>").argParser(wan)).addOption(new Option("--cap-max <wan>").argParser(wan)).addOption(new Option("--format <format>").choices(["text", "json"]).default("text"))
  ).action(async (guide, opts) => {
    const { runList } = await import("./cli-list.js");
    ctx.setExit(await runList(guide, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });
  withCommonOptions(
    program2.command("show").argument("<guide>").argument("<id>").addOption(new Option("--format <format>").choices(["text", "json"]).default("text"))
  ).action(async (guide, id, opts) => {
    const { runShow } = await import("./cli-show.js");
    ctx.setExit(await runShow(guide, id, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });
  withCommonOptions(
    program2.command("template").argument("<guide>").requiredOption("--direction <id>").option("-o, --output <file>")
  ).action(async (guide, opts) => {
    const { runTemplate } = await import("./cli-template.js");
    ctx.setExit(await runTemplate(guide, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });
  withCommonOptions(
    program2.command("diff").argument("<old>").argument("<new>").addOption(new Option("--format <format>").choices(["text", "json"]).default("text"))
  ).action(async (oldGuide, newGuide, opts) => {
    const { runDiff } = await import("./cli-diff.js");
    ctx.setExit(await runDiff(oldGuide, newGuide, opts, { stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
  });
}

// src/cli/parse.ts
import { extname as extname2 } from "node:path";
async function runParse(notice, opts, ctx) {
  const { stdout, stderr, cwd } = ctx;
  const m = messagesFor(ctx.lang());
  const maxBytes = maxBytesOf(opts.maxSize, notice, ctx.lang());
  const fromStdin = notice === STDIN_ARGUMENT;
  const format = opts.format ?? (opts.output && extname2(opts.output).toLowerCase() === ".json" ? "json" : "yaml");
  let emit = async (text) => void stdout.write(text);
  const output = opts.output;
  if (output !== void 0) {
    const { assertNotInput, writeFileAtomic } = await import("./core-atomic-write.js");
    if (!fromStdin) await assertNotInput(output, notice, cwd);
    emit = (text) => writeFileAtomic(output, text, cwd);
  }
  let input;
  if (fromStdin) input = await readStdin(ctx.stdin(), opts.stdinFilename, maxBytes);
  else input = await readInput(notice, { cwd, maxBytes });
  const parseOptions = {
    path: input.path,
    format: input.format,
    maxBytes,
    ...opts.timeout === void 0 ? {} : { timeoutMs: opts.timeout * 1e3 },
    ...opts.directions === void 0 ? {} : { directions: opts.directions }
  };
  if (opts.outline) {
    const [{ readNoticeOutline }, { renderOutline: renderOutline2 }] = await Promise.all([import("./parse.js"), Promise.resolve().then(() => (init_outline(), outline_exports))]);
    await emit(renderOutline2(await readNoticeOutline(input.bytes, parseOptions), m));
    return EXIT.ok;
  }
  const [{ parseGuide }, { renderGuide: renderGuide2 }] = await Promise.all([import("./parse.js"), Promise.resolve().then(() => (init_render(), render_exports))]);
  const guide = await parseGuide(input.bytes, parseOptions);
  await emit(await renderGuide2(guide, format));
  const warnings = guide.warnings ?? [];
  for (const w of warnings)
    stderr.write(fill(m.cli.parseWarning, { path: input.path, line: w.span?.startLine ?? 1, code: w.code, message: fill(m.cli.warnings[w.code], w.data ?? {}) }) + "\n");
  if (opts.strict && warnings.length > 0) {
    stderr.write(fill(m.cli.strictFailed, { path: input.path, count: warnings.length }) + "\n");
    return EXIT.findings;
  }
  return EXIT.ok;
}

// src/cli/validate.ts
import { GuideError as GuideError3 } from "./core-errors.js";
async function runValidate(file, ctx) {
  const { stdout, cwd } = ctx;
  const m = messagesFor(ctx.lang());
  const input = await readInput(file, { cwd, extensions: GUIDE_EXTENSIONS });
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(input.bytes);
  } catch {
    throw new GuideError3("invalid-guide", file, { detail: "not UTF-8" });
  }
  const { loadGuideText, validateGuideValue } = await import("./core-guide-file.js");
  const issues = await validateGuideValue(await loadGuideText(text, file));
  if (issues.length === 0) {
    stdout.write(fill(m.cli.valid, { path: file }) + "\n");
    return EXIT.ok;
  }
  stdout.write(fill(m.cli.invalidSummary, { path: file, count: issues.length }) + "\n");
  for (const issue of issues) stdout.write(`${file}: ${issue.path || "(root)"}: ${issue.message}
`);
  return EXIT.findings;
}

// src/cli/commands.ts
var SCHEMA_NAMES = ["guide", "check", "proposal", "config"];
var CHECK_FORMATS = ["text", "json", "sarif", "junit", "github", "html"];
var registerParse = (program2, ctx) => withCommonOptions(
  program2.command("parse").argument("<notice>").addOption(new Option("--format <format>").choices(["yaml", "json"])).option("-o, --output <file>").option("--max-size <bytes>").addOption(new Option("--timeout <seconds>").argParser(parseSeconds)).option("--outline").option("--directions <number>").option("--strict").option("--stdin-filename <name>")
).action(async (notice, opts) => ctx.setExit(await runParse(notice, opts, ctx)));
var registerSchema = (program2, ctx) => withCommonOptions(
  program2.command("schema").addOption(new Option("--name <name>").choices([...SCHEMA_NAMES]).default("guide"))
).action(async (opts) => {
  ctx.stdout.write(await readFile2(new URL(`../../schemas/${opts.name}.schema.json`, import.meta.url), "utf8"));
  ctx.setExit(EXIT.ok);
});
var registerCheck = (program2, ctx) => withCommonOptions(
  program2.command("check").argument("[drafts...]").option("--guide <guide>").option("--config <file>").option("--direction <id>").addOption(new Option("--format <format>").choices([...CHECK_FORMATS]).default("text")).addOption(new Option("--fail-on <severity>").choices(["warning", "error"]).default("error")).option("-o, --output <file>").option("--max-size <bytes>").addOption(new Option("--jobs <n>").argParser(parseJobs)).option("--no-cache").option("--quiet").option("--no-progress").addOption(new Option("--max-warnings <n>").argParser(parseCount)).option("--write-baseline [file]").option("--no-baseline").option("--report-unused-waivers").option("--stdin-filename <name>").option("--print-config <file>")
).action(async (drafts, opts) => {
  const maxBytes = maxBytesOf(opts.maxSize, "", ctx.lang());
  const { runCheck } = await import("./check.js");
  const io = { stdout: ctx.stdout, stderr: ctx.stderr, stdin: ctx.stdin, cwd: ctx.cwd, env: ctx.env, lang: ctx.lang(), debug: ctx.debug(), version: VERSION, engine: ctx.checkEngine };
  ctx.setExit(await runCheck(drafts, { ...opts, maxBytes }, io));
});
var registerInit = (program2, ctx) => withCommonOptions(
  program2.command("init")
).action(async () => {
  const { runInit } = await import("./cli-init.js");
  ctx.setExit(await runInit({ stdout: ctx.stdout, cwd: ctx.cwd, lang: ctx.lang() }));
});
var registerValidate = (program2, ctx) => withCommonOptions(
  program2.command("validate").argument("<file>")
).action(async (file) => ctx.setExit(await runValidate(file, ctx)));
var registerRules = (program2, ctx) => withCommonOptions(
  program2.command("rules").argument("[id]")
).action(async (id) => {
  const { runRules } = await import("./cli-rules.js");
  ctx.setExit(runRules(id, { stdout: ctx.stdout, lang: ctx.lang() }));
});
var COMMANDS = [registerParse, registerSchema, registerCheck, registerInit, registerValidate, registerRules, registerAuthorCommands];

// src/core/display-width.ts
function displayWidth(s) {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 768 && c <= 879 || c === 8203 || c >= 65024 && c <= 65039) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}
function isWide(c) {
  return c >= 4352 && c <= 4447 || c >= 11904 && c <= 12350 || c >= 12353 && c <= 13311 || c >= 13312 && c <= 19903 || c >= 19968 && c <= 40959 || c >= 40960 && c <= 42191 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65072 && c <= 65103 || c >= 65280 && c <= 65376 || c >= 65504 && c <= 65510 || c >= 127744 && c <= 128591 || c >= 131072 && c <= 262141;
}

// src/i18n/help.ts
var en2 = {
  program: "Parse Chinese research-funding notices (\u7533\u62A5\u6307\u5357) into a typed model and check proposal drafts against them",
  titles: { "Usage:": "Usage:", "Arguments:": "Arguments:", "Options:": "Options:", "Commands:": "Commands:", "Global Options:": "Global Options:" },
  choices: "choices: {{values}}",
  default: "default: {{value}}",
  listSeparator: ", ",
  extra: " ({{items}})",
  extraSeparator: ", ",
  common: {
    lang: "message language (default: zh, or GUIDE_LANG)",
    debug: "show stack traces of errors",
    version: "print the version",
    help: "show the help of the command",
    helpCommand: "show the help of a command"
  },
  commands: {
    parse: {
      description: "parse a notice (TXT, MD, HTML, PDF, DOCX) into YAML or JSON",
      arguments: { notice: "the notice file, or - for standard input" },
      options: {
        format: "output format (default: yaml, or json for -o *.json)",
        output: "write to FILE atomically instead of stdout",
        maxSize: "refuse larger inputs (default: 20MB)",
        timeout: "stop reading a PDF after this many seconds (default: 60)",
        outline: "print the heading tree as the reader sees it (level, number, role, evidence) instead of the guide",
        directions: 'the numbering of the direction headings as written, e.g. "\uFF08\u4E00\uFF09", "1.", "\u65B9\u54111", "1001", where the reader picks the wrong level',
        strict: "exit 1 when the reader has warnings (no direction found, repeated numbers, empty directions)",
        stdinFilename: "with -: the name standard input is reported under; its extension tells the format (default: told by the bytes)"
      }
    },
    schema: {
      description: "print a JSON Schema: guide (parsed notice), check (check --format json), proposal (draft front matter), config (guide.config.yaml)",
      options: { name: "which schema" }
    },
    check: {
      description: "check proposal drafts (TXT, MD, DOCX, PDF) against a guide; exit 0 ok, 1 findings, 2 input error",
      arguments: {
        drafts: "the drafts (files, folders, quoted globs, - for standard input), checked and reported in this order (default: every draft guide.config.yaml names)"
      },
      options: {
        guide: "the guide: parsed .yaml/.json, or a notice (.txt .md .pdf .docx .html) parsed now; wins over the config",
        config: "the config (default: guide.config.yaml found upward from here)",
        direction: "check every draft against this direction instead of the one it names",
        format: "report format",
        failOn: "lowest severity that makes the exit code 1",
        output: "write the report to FILE atomically instead of stdout",
        maxSize: "refuse larger inputs (default: 20MB)",
        jobs: "worker threads checking drafts in parallel (default: number of cores)",
        cache: "parse notices again even when the guide cache holds them",
        quiet: "report errors only (no warnings or infos, as ESLint's --quiet), and no progress bar",
        progress: "no progress bar (there is none in CI or when stderr is not a terminal)",
        maxWarnings: "exit 1 when there are more warnings than N",
        writeBaseline: "accept the current findings into a baseline file (default: .guide-baseline.json next to the config)",
        baseline: "ignore the baseline file: report every finding",
        reportUnusedWaivers: "report waivers that matched no finding (unused-waiver)",
        stdinFilename: "with -: the name the draft on standard input is reported under; its extension tells the format, and the config entry and sidecar for that name apply",
        printConfig: "print how FILE would be checked (config entry, guide, direction, rule severities, waivers) as YAML, or JSON with --format json, and check nothing"
      }
    },
    init: { description: "write a commented starter guide.config.yaml here, listing the notices and drafts found below (never overwrites)" },
    validate: { description: "validate a parsed guide (YAML or JSON) against the schema", arguments: { file: "guide.yaml or guide.json" } },
    rules: {
      description: "list every check rule (id, default severity, what it checks), or print one rule's doc with a failing and a passing example",
      arguments: { id: "the rule id, as guide rules lists it" }
    },
    list: {
      description: "list the directions of a guide: id, title, mode, cap (\u4E07\u5143), duration, KPI count",
      arguments: { guide: "parsed .yaml/.json, or a notice (.txt .md .pdf .docx .html) parsed now" },
      options: {
        keyword: "keep directions whose id, title, category or keywords contain WORD",
        mode: "keep directions of this \u7EC4\u7EC7\u65B9\u5F0F (none: not stated)",
        capMin: "keep directions whose cap is at least this many \u4E07\u5143",
        capMax: "keep directions whose cap is at most this many \u4E07\u5143",
        format: "output format"
      }
    },
    show: {
      description: "show one direction in full: fields, the constraints that apply with their clauses, KPIs with their source lines",
      arguments: { guide: "parsed .yaml/.json, or a notice parsed now", id: "the direction id, as guide list prints it" },
      options: { format: "output format" }
    },
    template: {
      description: "write a Markdown draft skeleton for a direction: front matter, the KPI table with the guide's thresholds",
      arguments: { guide: "parsed .yaml/.json, or a notice parsed now" },
      options: { direction: "the direction id", output: "write to FILE atomically instead of stdout" }
    },
    diff: {
      description: "what changed between two versions of a notice: directions, thresholds, caps, ratios, durations, modes, deadlines, rules",
      arguments: { old: "the earlier version: parsed .yaml/.json or a notice", new: "the later version: parsed .yaml/.json or a notice" },
      options: { format: "output format" }
    }
  }
};
var zh2 = {
  program: "\u628A\u79D1\u7814\u9879\u76EE\u7533\u62A5\u6307\u5357\uFF08\u7533\u62A5\u901A\u77E5\u3001\u63ED\u699C\u6302\u5E05\u699C\u5355\uFF09\u89E3\u6790\u4E3A\u7ED3\u6784\u5316\u6A21\u578B\uFF0C\u5E76\u636E\u6B64\u68C0\u67E5\u7533\u62A5\u4E66",
  titles: { "Usage:": "\u7528\u6CD5\uFF1A", "Arguments:": "\u53C2\u6570\uFF1A", "Options:": "\u9009\u9879\uFF1A", "Commands:": "\u547D\u4EE4\uFF1A", "Global Options:": "\u5168\u5C40\u9009\u9879\uFF1A" },
  choices: "\u53EF\u9009\uFF1A{{values}}",
  default: "\u9ED8\u8BA4\uFF1A{{value}}",
  listSeparator: "\u3001",
  extra: "\uFF08{{items}}\uFF09",
  extraSeparator: "\uFF1B",
  common: {
    lang: "\u6D88\u606F\u8BED\u8A00\uFF08\u9ED8\u8BA4 zh\uFF0C\u6216\u53D6 GUIDE_LANG\uFF09",
    debug: "\u51FA\u9519\u65F6\u663E\u793A\u8C03\u7528\u6808",
    version: "\u663E\u793A\u7248\u672C\u53F7",
    help: "\u663E\u793A\u672C\u547D\u4EE4\u7684\u5E2E\u52A9",
    helpCommand: "\u663E\u793A\u67D0\u4E2A\u547D\u4EE4\u7684\u5E2E\u52A9"
  },
  commands: {
    parse: {
      description: "\u628A\u7533\u62A5\u6307\u5357\uFF08TXT\u3001MD\u3001HTML\u3001PDF\u3001DOCX\uFF09\u89E3\u6790\u4E3A YAML \u6216 JSON",
      arguments: { notice: "\u6307\u5357\u6587\u4EF6\uFF1B- \u8868\u793A\u4ECE\u6807\u51C6\u8F93\u5165\u8BFB\u53D6" },
      options: {
        format: "\u8F93\u51FA\u683C\u5F0F\uFF08\u9ED8\u8BA4 yaml\uFF1B-o \u7684\u6587\u4EF6\u4EE5 .json \u7ED3\u5C3E\u65F6\u4E3A json\uFF09",
        output: "\u539F\u5B50\u5730\u5199\u5165\u6587\u4EF6 FILE\uFF0C\u800C\u4E0D\u662F\u8F93\u51FA\u5230\u6807\u51C6\u8F93\u51FA",
        maxSize: "\u62D2\u7EDD\u8D85\u8FC7\u6B64\u5927\u5C0F\u7684\u8F93\u5165\uFF08\u9ED8\u8BA4 20MB\uFF09",
        timeout: "\u8BFB\u53D6 PDF \u8D85\u8FC7\u6B64\u79D2\u6570\u5373\u505C\u6B62\uFF08\u9ED8\u8BA4 60\uFF09",
        outline: "\u4E0D\u8F93\u51FA\u6307\u5357\uFF0C\u6539\u4E3A\u8F93\u51FA\u89E3\u6790\u5668\u770B\u5230\u7684\u6807\u9898\u6811\uFF08\u5C42\u7EA7\u3001\u7F16\u53F7\u3001\u89D2\u8272\u3001\u4F9D\u636E\uFF09",
        directions: '\u89E3\u6790\u5668\u9009\u9519\u5C42\u7EA7\u65F6\uFF0C\u6309\u539F\u6587\u5199\u51FA\u65B9\u5411\u6807\u9898\u7684\u7F16\u53F7\u6837\u5F0F\uFF0C\u5982 "\uFF08\u4E00\uFF09"\u3001"1."\u3001"\u65B9\u54111"\u3001"1001"',
        strict: "\u89E3\u6790\u5668\u6709\u8B66\u544A\uFF08\u672A\u627E\u5230\u65B9\u5411\u3001\u7F16\u53F7\u91CD\u590D\u3001\u65B9\u5411\u4E3A\u7A7A\uFF09\u65F6\u9000\u51FA\u7801\u4E3A 1",
        stdinFilename: "\u4E0E - \u540C\u7528\uFF1A\u6807\u51C6\u8F93\u5165\u5728\u62A5\u544A\u4E2D\u4F7F\u7528\u7684\u6587\u4EF6\u540D\uFF0C\u5176\u6269\u5C55\u540D\u51B3\u5B9A\u683C\u5F0F\uFF08\u9ED8\u8BA4\u6309\u5185\u5BB9\u5224\u65AD\uFF09"
      }
    },
    schema: {
      description: "\u8F93\u51FA JSON Schema\uFF1Aguide\uFF08\u89E3\u6790\u540E\u7684\u6307\u5357\uFF09\u3001check\uFF08check --format json\uFF09\u3001proposal\uFF08\u7533\u62A5\u4E66\u7684 front matter\uFF09\u3001config\uFF08guide.config.yaml\uFF09",
      options: { name: "\u54EA\u4E00\u4E2A schema" }
    },
    check: {
      description: "\u6309\u6307\u5357\u68C0\u67E5\u7533\u62A5\u4E66\uFF08TXT\u3001MD\u3001DOCX\u3001PDF\uFF09\uFF1B\u9000\u51FA\u7801 0 \u901A\u8FC7\uFF0C1 \u6709\u95EE\u9898\uFF0C2 \u8F93\u5165\u9519\u8BEF",
      arguments: { drafts: "\u7533\u62A5\u4E66\uFF08\u6587\u4EF6\u3001\u6587\u4EF6\u5939\u3001\u52A0\u5F15\u53F7\u7684 glob\uFF0C- \u8868\u793A\u6807\u51C6\u8F93\u5165\uFF09\uFF0C\u6309\u6B64\u987A\u5E8F\u68C0\u67E5\u548C\u62A5\u544A\uFF08\u9ED8\u8BA4\uFF1Aguide.config.yaml \u5217\u51FA\u7684\u5168\u90E8\u7533\u62A5\u4E66\uFF09" },
      options: {
        guide: "\u6307\u5357\uFF1A\u89E3\u6790\u540E\u7684 .yaml/.json\uFF0C\u6216\u5F53\u573A\u89E3\u6790\u7684\u6307\u5357\u539F\u6587\uFF08.txt .md .pdf .docx .html\uFF09\uFF1B\u4F18\u5148\u4E8E\u914D\u7F6E\u6587\u4EF6",
        config: "\u914D\u7F6E\u6587\u4EF6\uFF08\u9ED8\u8BA4\uFF1A\u4ECE\u5F53\u524D\u76EE\u5F55\u5411\u4E0A\u627E\u5230\u7684 guide.config.yaml\uFF09",
        direction: "\u6240\u6709\u7533\u62A5\u4E66\u90FD\u6309\u6B64\u65B9\u5411\u68C0\u67E5\uFF0C\u800C\u4E0D\u662F\u6309\u7533\u62A5\u4E66\u81EA\u5DF1\u586B\u5199\u7684\u65B9\u5411",
        format: "\u62A5\u544A\u683C\u5F0F",
        failOn: "\u4F7F\u9000\u51FA\u7801\u4E3A 1 \u7684\u6700\u4F4E\u7EA7\u522B",
        output: "\u628A\u62A5\u544A\u539F\u5B50\u5730\u5199\u5165\u6587\u4EF6 FILE\uFF0C\u800C\u4E0D\u662F\u8F93\u51FA\u5230\u6807\u51C6\u8F93\u51FA",
        maxSize: "\u62D2\u7EDD\u8D85\u8FC7\u6B64\u5927\u5C0F\u7684\u8F93\u5165\uFF08\u9ED8\u8BA4 20MB\uFF09",
        jobs: "\u5E76\u884C\u68C0\u67E5\u7533\u62A5\u4E66\u7684\u5DE5\u4F5C\u7EBF\u7A0B\u6570\uFF08\u9ED8\u8BA4\uFF1ACPU \u6838\u6570\uFF09",
        cache: "\u5373\u4F7F\u7F13\u5B58\u4E2D\u5DF2\u6709\uFF0C\u4E5F\u91CD\u65B0\u89E3\u6790\u6307\u5357\u539F\u6587",
        quiet: "\u53EA\u62A5\u544A\u9519\u8BEF\uFF08\u4E0D\u663E\u793A\u4E5F\u4E0D\u8BA1\u7B97\u8B66\u544A\u548C\u63D0\u793A\uFF0C\u540C ESLint \u7684 --quiet\uFF09\uFF0C\u4E0D\u663E\u793A\u8FDB\u5EA6\u6761",
        progress: "\u4E0D\u663E\u793A\u8FDB\u5EA6\u6761\uFF08\u5728 CI \u4E2D\u6216\u6807\u51C6\u9519\u8BEF\u4E0D\u662F\u7EC8\u7AEF\u65F6\u672C\u6765\u5C31\u6CA1\u6709\uFF09",
        maxWarnings: "\u8B66\u544A\u591A\u4E8E N \u6761\u65F6\u9000\u51FA\u7801\u4E3A 1",
        writeBaseline: "\u628A\u5F53\u524D\u7684\u95EE\u9898\u8BB0\u5165\u57FA\u7EBF\u6587\u4EF6\uFF08\u9ED8\u8BA4\uFF1A\u914D\u7F6E\u6587\u4EF6\u65C1\u7684 .guide-baseline.json\uFF09",
        baseline: "\u5FFD\u7565\u57FA\u7EBF\u6587\u4EF6\uFF1A\u62A5\u544A\u5168\u90E8\u95EE\u9898",
        reportUnusedWaivers: "\u62A5\u544A\u6CA1\u6709\u5339\u914D\u4EFB\u4F55\u95EE\u9898\u7684\u8C41\u514D\uFF08unused-waiver\uFF09",
        stdinFilename: "\u4E0E - \u540C\u7528\uFF1A\u6807\u51C6\u8F93\u5165\u4E2D\u7684\u7533\u62A5\u4E66\u5728\u62A5\u544A\u4E2D\u4F7F\u7528\u7684\u6587\u4EF6\u540D\uFF1B\u5176\u6269\u5C55\u540D\u51B3\u5B9A\u683C\u5F0F\uFF0C\u8BE5\u6587\u4EF6\u540D\u5BF9\u5E94\u7684\u914D\u7F6E\u9879\u548C\u65C1\u6CE8\u6587\u4EF6\uFF08sidecar\uFF09\u4E5F\u968F\u4E4B\u751F\u6548",
        printConfig: "\u4E0D\u505A\u68C0\u67E5\uFF0C\u53EA\u8F93\u51FA FILE \u5C06\u5982\u4F55\u88AB\u68C0\u67E5\uFF08\u914D\u7F6E\u9879\u3001\u6307\u5357\u3001\u65B9\u5411\u3001\u5404\u89C4\u5219\u7EA7\u522B\u3001\u8C41\u514D\uFF09\uFF0C\u683C\u5F0F\u4E3A YAML\uFF0C\u52A0 --format json \u65F6\u4E3A JSON"
      }
    },
    init: { description: "\u5728\u5F53\u524D\u76EE\u5F55\u5199\u4E00\u4E2A\u5E26\u6CE8\u91CA\u7684 guide.config.yaml \u521D\u7A3F\uFF0C\u5217\u51FA\u4E0B\u9762\u627E\u5230\u7684\u6307\u5357\u548C\u7533\u62A5\u4E66\uFF08\u4ECE\u4E0D\u8986\u76D6\u5DF2\u6709\u6587\u4EF6\uFF09" },
    validate: { description: "\u6309 schema \u6821\u9A8C\u89E3\u6790\u540E\u7684\u6307\u5357\uFF08YAML \u6216 JSON\uFF09", arguments: { file: "guide.yaml \u6216 guide.json" } },
    rules: {
      description: "\u5217\u51FA\u5168\u90E8\u68C0\u67E5\u89C4\u5219\uFF08\u7F16\u53F7\u3001\u9ED8\u8BA4\u7EA7\u522B\u3001\u68C0\u67E5\u4EC0\u4E48\uFF09\uFF0C\u6216\u8F93\u51FA\u4E00\u6761\u89C4\u5219\u7684\u8BF4\u660E\u53CA\u5176\u4E0D\u901A\u8FC7\u548C\u901A\u8FC7\u7684\u793A\u4F8B",
      arguments: { id: "\u89C4\u5219\u7F16\u53F7\uFF0C\u5373 guide rules \u5217\u51FA\u7684\u7F16\u53F7" }
    },
    list: {
      description: "\u5217\u51FA\u6307\u5357\u7684\u65B9\u5411\uFF1A\u7F16\u53F7\u3001\u540D\u79F0\u3001\u7EC4\u7EC7\u65B9\u5F0F\u3001\u7ECF\u8D39\u4E0A\u9650\uFF08\u4E07\u5143\uFF09\u3001\u5B9E\u65BD\u671F\u9650\u3001\u8003\u6838\u6307\u6807\u6570",
      arguments: { guide: "\u89E3\u6790\u540E\u7684 .yaml/.json\uFF0C\u6216\u5F53\u573A\u89E3\u6790\u7684\u6307\u5357\u539F\u6587\uFF08.txt .md .pdf .docx .html\uFF09" },
      options: {
        keyword: "\u53EA\u4FDD\u7559\u7F16\u53F7\u3001\u540D\u79F0\u3001\u7C7B\u522B\u6216\u5173\u952E\u8BCD\u4E2D\u542B\u6709 WORD \u7684\u65B9\u5411",
        mode: "\u53EA\u4FDD\u7559\u6B64\u7EC4\u7EC7\u65B9\u5F0F\u7684\u65B9\u5411\uFF08none\uFF1A\u672A\u5199\u660E\uFF09",
        capMin: "\u53EA\u4FDD\u7559\u7ECF\u8D39\u4E0A\u9650\u4E0D\u4F4E\u4E8E\u6B64\u6570\uFF08\u4E07\u5143\uFF09\u7684\u65B9\u5411",
        capMax: "\u53EA\u4FDD\u7559\u7ECF\u8D39\u4E0A\u9650\u4E0D\u9AD8\u4E8E\u6B64\u6570\uFF08\u4E07\u5143\uFF09\u7684\u65B9\u5411",
        format: "\u8F93\u51FA\u683C\u5F0F"
      }
    },
    show: {
      description: "\u5B8C\u6574\u663E\u793A\u4E00\u4E2A\u65B9\u5411\uFF1A\u5404\u5B57\u6BB5\u3001\u9002\u7528\u7684\u7EA6\u675F\u53CA\u5176\u539F\u6587\u6761\u6B3E\u3001\u8003\u6838\u6307\u6807\u53CA\u5176\u51FA\u5904\u884C",
      arguments: { guide: "\u89E3\u6790\u540E\u7684 .yaml/.json\uFF0C\u6216\u5F53\u573A\u89E3\u6790\u7684\u6307\u5357\u539F\u6587", id: "\u65B9\u5411\u7F16\u53F7\uFF0C\u5373 guide list \u5217\u51FA\u7684\u7F16\u53F7" },
      options: { format: "\u8F93\u51FA\u683C\u5F0F" }
    },
    template: {
      description: "\u4E3A\u4E00\u4E2A\u65B9\u5411\u751F\u6210 Markdown \u7533\u62A5\u4E66\u9AA8\u67B6\uFF1Afront matter\uFF0C\u4EE5\u53CA\u5E26\u6307\u5357\u9608\u503C\u7684\u8003\u6838\u6307\u6807\u8868",
      arguments: { guide: "\u89E3\u6790\u540E\u7684 .yaml/.json\uFF0C\u6216\u5F53\u573A\u89E3\u6790\u7684\u6307\u5357\u539F\u6587" },
      options: { direction: "\u65B9\u5411\u7F16\u53F7", output: "\u539F\u5B50\u5730\u5199\u5165\u6587\u4EF6 FILE\uFF0C\u800C\u4E0D\u662F\u8F93\u51FA\u5230\u6807\u51C6\u8F93\u51FA" }
    },
    diff: {
      description: "\u4E24\u4E2A\u7248\u672C\u7684\u6307\u5357\u4E4B\u95F4\u6709\u4F55\u53D8\u5316\uFF1A\u65B9\u5411\u3001\u9608\u503C\u3001\u7ECF\u8D39\u4E0A\u9650\u3001\u914D\u5957\u6BD4\u4F8B\u3001\u5B9E\u65BD\u671F\u9650\u3001\u7EC4\u7EC7\u65B9\u5F0F\u3001\u622A\u6B62\u65E5\u671F\u3001\u89C4\u5219",
      arguments: { old: "\u8F83\u65E9\u7684\u7248\u672C\uFF1A\u89E3\u6790\u540E\u7684 .yaml/.json \u6216\u6307\u5357\u539F\u6587", new: "\u8F83\u665A\u7684\u7248\u672C\uFF1A\u89E3\u6790\u540E\u7684 .yaml/.json \u6216\u6307\u5357\u539F\u6587" },
      options: { format: "\u8F93\u51FA\u683C\u5F0F" }
    }
  }
};
function helpFor(lang) {
  return lang === "en" ? en2 : zh2;
}

// src/cli/help.ts
var CHUNK = /\s*[（「『《]*(?:[^\s\u1100-\uffef]+|[\u1100-\uffef])[，。；：、）」』》！？]*/g;
function localizeHelp(program2, lang) {
  const t = helpFor(lang);
  program2.description(t.program);
  program2.helpCommand("help [command]", t.common.helpCommand);
  program2.configureHelp(helpConfiguration(t));
  describeOptions(program2, {}, t);
  for (const cmd of program2.commands) {
    const texts = t.commands[cmd.name()];
    if (texts === void 0) throw new Error(`no help text of the command ${cmd.name()}`);
    cmd.description(texts.description);
    cmd.configureHelp(helpConfiguration(t));
    cmd.helpOption("-h, --help", t.common.help);
    for (const arg of cmd.registeredArguments) {
      const text = texts.arguments?.[arg.name()];
      if (text === void 0) throw new Error(`no help text of the argument ${arg.name()} of ${cmd.name()}`);
      arg.description = text;
    }
    describeOptions(cmd, texts, t);
  }
  program2.helpOption("-h, --help", t.common.help);
}
function describeOptions(cmd, texts, t) {
  for (const option of cmd.options) {
    const key2 = option.attributeName();
    const text = key2 in t.common ? t.common[key2] : texts.options?.[key2];
    if (text === void 0) throw new Error(`no help text of the option ${option.long} of ${cmd.name()}`);
    option.description = text;
  }
}
function helpConfiguration(t) {
  return {
    styleTitle: (title) => t.titles[title] ?? title,
    displayWidth: (s) => displayWidth(s.replace(/\x1b\[\d*(;\d*)*m/g, "")),
    optionDescription(option) {
      const extra = [];
      if (option.argChoices) extra.push(fill(t.choices, { values: option.argChoices.join(t.listSeparator) }));
      const takesValue = option.required || option.optional;
      if (takesValue && option.defaultValue !== void 0) extra.push(fill(t.default, { value: option.defaultValueDescription ?? String(option.defaultValue) }));
      return extra.length === 0 ? option.description : `${option.description}${fill(t.extra, { items: extra.join(t.extraSeparator) })}`;
    },
    boxWrap(str, width) {
      return str.split(/\r?\n/).map((line) => {
        const out = [];
        let current = "";
        for (const chunk of line.match(CHUNK) ?? []) {
          if (current !== "" && displayWidth(current) + displayWidth(chunk) > width) {
            out.push(current);
            current = chunk.trimStart();
          } else current += chunk;
        }
        out.push(current);
        return out.join("\n");
      }).join("\n");
    }
  };
}

// src/cli/usage.ts
import { GuideError as GuideError4 } from "./core-errors.js";
var READERS = {
  "commander.unknownOption": {
    re: /unknown option '([^']+)'(?:\s*\(Did you mean ([^?]+)\?\))?/,
    read: (m) => ({ problem: "unknownOption", option: m[1], suggestion: m[2] ?? "" })
  },
  "commander.unknownCommand": {
    re: /unknown command '([^']+)'(?:\s*\(Did you mean ([^?]+)\?\))?/,
    read: (m) => ({ problem: "unknownCommand", command: m[1], suggestion: m[2] ?? "" })
  },
  "commander.missingArgument": { re: /missing required argument '([^']+)'/, read: (m) => ({ problem: "missingArgument", argument: m[1] }) },
  "commander.optionMissingArgument": { re: /option '([^' ]+)[^']*' argument missing/, read: (m) => ({ problem: "optionMissingArgument", option: m[1] }) },
  "commander.missingMandatoryOptionValue": { re: /required option '([^' ]+)[^']*' not specified/, read: (m) => ({ problem: "missingOption", option: m[1] }) },
  "commander.invalidArgument": {
    // the reason is commander's list of choices, or the problem our own parser named (src/cli/command.ts)
    re: /option '([^' ]+)[^']*' argument '([^']*)' is invalid\. (?:Allowed choices are (.*)\.|(\w+))$/,
    read: (m) => m[3] !== void 0 ? { problem: "invalidChoice", option: m[1], value: m[2], allowed: m[3] } : { problem: m[4], option: m[1], value: m[2] }
  },
  "commander.excessArguments": {
    re: /too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)/,
    read: (m) => ({ problem: "excessArguments", command: m[1] ?? "guide", expected: m[2], got: m[3] })
  }
};
function usageError(err) {
  const reader = READERS[err.code];
  const match = reader?.re.exec(err.message);
  if (reader && match) return new GuideError4("usage", "", reader.read(match));
  return new GuideError4("usage", "", { detail: err.message.replace(/^error:\s*/i, "").replace(/[.。\s]+$/, "") });
}

// src/cli/main.ts
async function main(params) {
  const { argv, stdout, stderr, cwd } = params;
  const env = params.env ?? process.env;
  let { lang, debug } = prescan(argv, env);
  let exitCode = EXIT.ok;
  const ctx = {
    stdout,
    stderr,
    cwd,
    env,
    stdin: () => params.stdin ?? process.stdin,
    lang: () => lang,
    debug: () => debug,
    setExit: (code) => exitCode = code,
    checkEngine: params.checkEngine
  };
  const program2 = withCommonOptions(
    new Command("guide").version(VERSION, "-V, --version").exitOverride().configureOutput({
      writeOut: (s) => stdout.write(s),
      writeErr: (s) => stderr.write(s),
      // Usage errors are reformatted below into our one-line template.
      outputError: () => {
      }
    })
  );
  for (const register of COMMANDS) register(program2, ctx);
  localizeHelp(program2, lang);
  program2.hook("preAction", (_this, action) => {
    const o = { ...program2.opts(), ...action.opts() };
    if (o.lang) lang = o.lang;
    if (o.debug) debug = true;
  });
  try {
    await program2.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT.ok;
      if (err.code === "commander.help") return EXIT.error;
      stderr.write(formatGuideError(usageError(err), lang) + "\n");
      return EXIT.error;
    }
    stderr.write((err instanceof GuideError5 ? formatGuideError(err, lang) : formatInternalError(err, lang)) + "\n");
    if (debug && err instanceof Error && err.stack) stderr.write(err.stack + "\n");
    return EXIT.error;
  }
}
function prescan(argv, env) {
  let lang = /^en/i.test(env.GUIDE_LANG ?? "") ? "en" : "zh";
  let debug = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    if (a === "--debug") debug = true;
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : void 0;
    if (v === "en" || v === "zh") lang = v;
  }
  return { lang, debug };
}
export {
  EXIT,
  main
};
