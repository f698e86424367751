// Commander (14.0.3, pinned) in the run's language: a Help subclass words the headings, the usage
// line's placeholders and an option's choices and default from the CLI catalogue, and wraps Chinese
// between characters (never before a closing or after an opening mark); a Command subclass words
// the usage errors commander detects, told apart by their error code.

import { Command, Help, type Argument, type ErrorOptions, type Option } from 'commander';
import type { CliText, HelpHeading } from '../i18n/index.js';
import { isWideCodePoint } from '../report/index.js';

/** The titles commander's formatHelp passes to styleTitle, and the catalogue's heading for each. */
const HEADINGS: Readonly<Record<string, HelpHeading>> = {
  'Usage:': 'usage',
  'Arguments:': 'arguments',
  'Options:': 'options',
  'Commands:': 'commands',
  'Global Options:': 'global-options',
};

/** Marks a line never starts with, and marks a line never ends with (GB/T 15834). */
const NO_LINE_START = new Set([...'）】」』》〉〕］｝，。、；：？！…—～％·)]},.;:?!%”’']);
const NO_LINE_END = new Set([...'（【「『《〈〔［｛([{“‘']);

// eslint-disable-next-line no-control-regex
const ANSI_STYLE = /\x1b\[\d*(?:;\d*)*m/g;

const isWide = (ch: string): boolean => isWideCodePoint(ch.codePointAt(0) ?? 0);

/** `<files...>` or `[command]`: an argument as commander's usage line writes it. */
function argumentName(argument: Argument): string {
  const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
}

/** Help in one language: the same layout as commander's, every word from the catalogue. */
export class LocalizedHelp extends Help {
  private readonly text: CliText;

  constructor(text: CliText) {
    super();
    this.text = text;
  }

  override styleTitle(title: string): string {
    const heading = HEADINGS[title];
    return heading === undefined ? title : this.text.helpHeading({ heading });
  }

  /** As commander's, but no space after a heading that ends in a full-width colon (用法：procopt …). */
  override formatHelp(cmd: Command, helper: Help): string {
    const text = super.formatHelp(cmd, helper);
    const title = this.styleTitle('Usage:');
    return title.endsWith('：') && text.startsWith(`${title} `) ? title + text.slice(title.length + 1) : text;
  }

  override commandUsage(cmd: Command): string {
    const names: string[] = [];
    for (let c = cmd.parent; c !== null; c = c.parent) names.unshift(c.name());
    // Every procopt command has the help option, so [options] is always there.
    const usage = [this.text.usageOptions(), ...(cmd.commands.length > 0 ? [this.text.usageCommand()] : []), ...cmd.registeredArguments.map(argumentName)];
    return [...names, cmd.name(), ...usage].join(' ');
  }

  override subcommandTerm(cmd: Command): string {
    return [cmd.name(), ...(cmd.options.length > 0 ? [this.text.usageOptions()] : []), ...cmd.registeredArguments.map(argumentName)].join(' ');
  }

  override optionDescription(option: Option): string {
    const extra: string[] = [];
    if (option.argChoices) extra.push(this.text.helpChoices({ choices: option.argChoices }));
    // As commander: a default is shown for options taking a value and for switches with a boolean default.
    const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    if (option.defaultValue !== undefined && showDefault) extra.push(this.text.helpDefault({ value: option.defaultValue, description: option.defaultValueDescription || undefined }));
    if (option.presetArg !== undefined && option.optional) extra.push(this.text.helpPreset({ value: option.presetArg }));
    if (option.envVar !== undefined) extra.push(this.text.helpEnv({ name: option.envVar }));
    return extra.length === 0 ? option.description : this.text.helpExtra({ description: option.description, extra });
  }

  override argumentDescription(argument: Argument): string {
    const extra: string[] = [];
    if (argument.argChoices) extra.push(this.text.helpChoices({ choices: argument.argChoices }));
    if (argument.defaultValue !== undefined) extra.push(this.text.helpDefault({ value: argument.defaultValue, description: argument.defaultValueDescription || undefined }));
    return extra.length === 0 ? argument.description : this.text.helpExtra({ description: argument.description, extra });
  }

  /** Terminal columns: a CJK character or full-width mark takes two. */
  override displayWidth(str: string): number {
    let width = 0;
    for (const ch of str.replace(ANSI_STYLE, '')) width += isWide(ch) ? 2 : 1;
    return width;
  }

  /** Commander's greedy wrapping, with a break also allowed next to a CJK character (kinsoku: not before "）", "，"…, not after "（"…). */
  override boxWrap(str: string, width: number): string {
    if (width < this.minWidthToWrap) return str;
    return str
      .split(/\r\n|\n/)
      .map((line) => {
        const lines: string[] = [];
        let current = '';
        for (const chunk of breakChunks(line)) {
          if (current === '' || this.displayWidth(current + chunk) <= width) {
            current += chunk;
            continue;
          }
          lines.push(current);
          current = chunk.trimStart();
        }
        lines.push(current);
        return lines.join('\n');
      })
      .join('\n');
  }
}

/** A line cut where it may break: before a run of spaces, and between two characters one of which is wide. */
function breakChunks(line: string): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let prev = '';
  for (const ch of line) {
    const space = /\s/.test(ch);
    const prevSpace = /\s/.test(prev);
    const breakHere =
      chunk !== '' &&
      ((space && !prevSpace) || (!space && !prevSpace && (isWide(prev) || isWide(ch)) && !NO_LINE_START.has(ch) && !NO_LINE_END.has(prev)));
    if (breakHere) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += ch;
    prev = ch;
  }
  if (chunk !== '') chunks.push(chunk);
  return chunks;
}

/** The names of commander's "Did you mean …?" line (none when it has none). */
function suggestionsOf(tail: string | undefined): string[] {
  return tail === undefined || tail === '' ? [] : tail.split(', ');
}

/** An invalid value's reason: commander's list of choices, or the parser's own (already worded) message. */
function reasonOf(text: CliText, why: string): string {
  const choices = /^Allowed choices are (.*)\.$/s.exec(why);
  return choices === null ? why : text.notOneOf({ choices: choices[1]!.split(', ') });
}

/**
 * A usage error of commander in the catalogue's words. Commander hands error() its English message
 * and a code naming the error; the parameters (an option's flags, the value) are read back from that
 * message, whose form commander 14.0.3 fixes. A message of another form stays as commander wrote it
 * (the CLI tests fail on that, in Chinese).
 */
export function localizeCommanderError(text: CliText, message: string, code: string | undefined): string {
  switch (code) {
    case 'commander.unknownOption': {
      const m = /^error: unknown option '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s.exec(message);
      return m === null ? message : text.unknownOptionError({ flag: m[1]!, suggestions: suggestionsOf(m[2]) });
    }
    case 'commander.unknownCommand': {
      const m = /^error: unknown command '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s.exec(message);
      return m === null ? message : text.unknownCommandError({ name: m[1]!, suggestions: suggestionsOf(m[2]) });
    }
    case 'commander.missingArgument': {
      const m = /^error: missing required argument '(.*)'$/s.exec(message);
      return m === null ? message : text.missingArgumentError({ name: m[1]! });
    }
    case 'commander.optionMissingArgument': {
      const m = /^error: option '(.*)' argument missing$/s.exec(message);
      return m === null ? message : text.optionMissingArgumentError({ flags: m[1]! });
    }
    case 'commander.missingMandatoryOptionValue': {
      const m = /^error: required option '(.*)' not specified$/s.exec(message);
      return m === null ? message : text.missingMandatoryOptionError({ flags: m[1]! });
    }
    case 'commander.excessArguments': {
      const m = /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(message);
      return m === null ? message : text.excessArgumentsError({ command: m[1] ?? null, expected: Number(m[2]), got: Number(m[3]) });
    }
    case 'commander.invalidArgument': {
      const option = /^error: option '(.*?)' argument '(.*)' is invalid\. (.*)$/s.exec(message);
      if (option !== null) return text.invalidOptionValueError({ flags: option[1]!, value: option[2]!, why: reasonOf(text, option[3]!) });
      const argument = /^error: command-argument value '(.*)' is invalid for argument '(.*?)'\. (.*)$/s.exec(message);
      if (argument !== null) return text.invalidArgumentValueError({ name: argument[2]!, value: argument[1]!, why: reasonOf(text, argument[3]!) });
      return message;
    }
    default:
      return message;
  }
}

/** A commander Command whose help, usage errors and subcommands speak the catalogue's language. */
export class LocalizedCommand extends Command {
  private readonly text: CliText;

  constructor(text: CliText, name?: string) {
    super(name);
    this.text = text;
  }

  override createCommand(name?: string): LocalizedCommand {
    return new LocalizedCommand(this.text, name);
  }

  override createHelp(): Help {
    return Object.assign(new LocalizedHelp(this.text), this.configureHelp());
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(localizeCommanderError(this.text, message, errorOptions?.code), errorOptions);
  }
}
