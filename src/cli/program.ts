// Commander wiring: every command, its options and help text. Choices come from the
// registries (finding kinds, formats, encodings), never from a second hand-written list.

import { InvalidArgumentError, Option, type Command } from 'commander';
import { FINDING_KINDS, type FindingKind } from '../domain/index.js';
import { parseIsoDate, type DayNumber } from '../calendar/index.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../analyze/index.js';
import { ENCODINGS, type EncodingName } from '../import/index.js';
import { CHECK_LIMITS, DEFAULT_MAX_STATES } from '../model/index.js';
import { HTML_PAGE_SIZE, STREAM_FORMATS, type StreamFormatName } from '../report/index.js';
import { runAnalyze } from './commands/analyze.js';
import { runBpmn } from './commands/bpmn.js';
import { runDiagram } from './commands/diagram.js';
import { runModel } from './commands/model.js';
import { runReport } from './commands/report.js';
import { runTemplate } from './commands/template.js';
import { runValidate } from './commands/validate.js';
import { CONFORMANCE_FORMATS, runConformance, type ConformanceFormat } from './commands/conformance.js';
import { DEFAULT_ALIGNMENT_MAX_STATES, DEFAULT_MIN_CASES, DURATION_SOURCES, type DurationSource } from '../conformance/index.js';
import type { ExitCode } from './exit-codes.js';
import type { Io } from './io.js';
import { coreCount } from '../workers/index.js';
import { CLI_TEXT, LANGS, type CliText, type Lang, type Placeholder } from '../i18n/index.js';
import { LocalizedCommand } from './localized-commander.js';

const EXAMPLE_FILES = 'models/*.csv';

/** The per-item analysis time budget (seconds) when --item-time-limit is not given. */
export const DEFAULT_ITEM_TIME_LIMIT_SECONDS = 30;

const EXAMPLE_LOG = 'models/logs/cases.csv';

/** The helpers that word the options and arguments every command shares, in one language. */
function optionMakers(text: CliText) {
  const ph = (name: Placeholder): string => text.placeholder({ name });
  const positiveInt = (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(text.notWholeNumber());
    return n;
  };
  return {
    positiveInt,
    collectKinds(value: string, previous: FindingKind[]): FindingKind[] {
      const kinds = value.split(',').map((k) => k.trim());
      for (const kind of kinds) {
        if (!(FINDING_KINDS as readonly string[]).includes(kind)) throw new InvalidArgumentError(text.unknownFindingKind({ kind, kinds: FINDING_KINDS }));
      }
      return [...previous, ...(kinds as FindingKind[])];
    },
    examples: (lines: string[]): string => `\n${text.examplesHeading()}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`,
    maxStatesHelp: (whose: 'item' | 'items'): string => text.maxStatesOption({ whose, steps: CHECK_LIMITS.steps, links: CHECK_LIMITS.links }),
    /** The options every command that reads case logs takes. */
    addLogOptions(command: Command, required: boolean): Command {
      const log = new Option(`--log <${ph('files')}...>`, text.logOption());
      // Commander tells a variadic option by a word character before "...": a Chinese placeholder is not one.
      log.variadic = true;
      if (required) log.makeOptionMandatory();
      return command
        .addOption(log)
        .option(`--calendar <${ph('file')}>`, text.calendarOption())
        .option(`--max-states <${ph('n')}>`, text.alignmentMaxStatesOption(), positiveInt, DEFAULT_ALIGNMENT_MAX_STATES);
    },
    encodingOption: (): Option => new Option(`--encoding <${ph('name')}>`, text.encodingOption()).choices(ENCODINGS).default('auto'),
    rolesOption: (): Option => new Option(`--roles <${ph('file')}>`, text.rolesOption()),
    sheetOption: (): Option => new Option(`--sheet <${ph('name')}>`, text.sheetOption()),
    /** --lang: read before the program is built (resolveLang); declared here for the help and its choices. */
    langOption: (): Option => new Option(`--lang <${ph('lang')}>`, text.langOption()).choices(LANGS),
    /** --start-date, --samples and --seed (analyze and report; --calendar comes with the log options). */
    addDateAndOddsOptions(command: Command): Command {
      const isoDate = (value: string): DayNumber => {
        const day = parseIsoDate(value.trim());
        if (day === undefined) throw new InvalidArgumentError(text.notIsoDate({ value }));
        return day;
      };
      const seedValue = (value: string): number => {
        const n = Number(value);
        if (!Number.isSafeInteger(n)) throw new InvalidArgumentError(text.notSeed());
        return n;
      };
      return command
        .option(`--start-date <${ph('date')}>`, text.startDateOption(), isoDate)
        .option(`--samples <${ph('n')}>`, text.samplesOption(), positiveInt, DEFAULT_SAMPLES)
        .option(`--seed <${ph('n')}>`, text.seedOption(), seedValue, DEFAULT_SEED);
    },
    itemTimeLimitOption: (): Option =>
      new Option(`--item-time-limit <${ph('seconds')}>`, text.itemTimeLimitOption())
        .argParser((value: string): number => {
          const n = Number(value);
          if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(text.notSeconds());
          return n;
        })
        .default(DEFAULT_ITEM_TIME_LIMIT_SECONDS),
  };
}

/**
 * Builds the program, its help in `lang` (the language resolveLang found on the command line, which
 * every command also runs in). `setExit` receives each command's exit status; `io` carries output.
 * exitOverride/configureOutput are set before any .command() so subcommands inherit them.
 */
export function buildProgram(io: Io, setExit: (code: ExitCode) => void, version: string, lang: Lang): Command {
  const text = CLI_TEXT[lang];
  const ph = (name: Placeholder): string => text.placeholder({ name });
  const { positiveInt, collectKinds, examples, maxStatesHelp, addLogOptions, encodingOption, rolesOption, sheetOption, langOption, addDateAndOddsOptions, itemTimeLimitOption } = optionMakers(text);
  const program = new LocalizedCommand(text)
    .name('procopt')
    .description(text.programDescription())
    .version(version, '-V, --version', text.versionOption())
    .helpOption('-h, --help', text.helpOption())
    .helpCommand(`help [${ph('command')}]`, text.helpCommand())
    .showHelpAfterError(text.helpAfterError())
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .addOption(langOption())
    .addHelpText('after', examples([`procopt analyze ${EXAMPLE_FILES} --format md`, `procopt validate window-03.csv`, `procopt report ${EXAMPLE_FILES} --out reports/sample`]));

  program
    .command('validate')
    .description(text.validateDescription())
    .argument(`<${ph('files')}...>`, text.catalogueArgument())
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addOption(langOption())
    .option('--no-machine-check', text.noMachineCheckOption())
    .option(`--max-states <${ph('n')}>`, maxStatesHelp('items'), positiveInt, DEFAULT_MAX_STATES)
    .option(`--workers <${ph('n')}>`, text.validateWorkersOption(), positiveInt)
    .addHelpText('after', examples([`procopt validate ${EXAMPLE_FILES}`, 'procopt validate window-03.csv --encoding gbk', 'procopt validate window-03.csv --roles our-words.csv']))
    .action(async (files: string[], opts: { encoding: EncodingName; roles?: string; sheet?: string; machineCheck: boolean; maxStates: number; workers?: number }) => {
      setExit(await runValidate(files, { ...opts, lang }, io));
    });

  program
    .command('model')
    .description(text.modelDescription())
    .argument(`<${ph('files')}...>`, text.filesArgument())
    .requiredOption(`--item <${ph('code')}>`, text.itemCodeOption())
    .option(`--out <${ph('dir')}>`, text.modelOutOption(), 'models')
    .option(`--max-states <${ph('n')}>`, maxStatesHelp('item'), positiveInt, DEFAULT_MAX_STATES)
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addOption(langOption())
    .addHelpText('after', examples([`procopt model ${EXAMPLE_FILES} --item 370100-SC-0012 --out models/machines`]))
    .action((files: string[], opts: { item: string; out: string; maxStates: number; encoding: EncodingName; roles?: string; sheet?: string }) => {
      setExit(runModel(files, { ...opts, lang }, io));
    });

  const analyze = program
    .command('analyze')
    .description(text.analyzeDescription())
    .argument(`<${ph('files')}...>`, text.catalogueArgument())
    .addOption(new Option(`--format <${ph('format')}>`, text.formatOption()).choices(STREAM_FORMATS).default('json'))
    .option(`--out <${ph('file')}>`, text.outFileOption())
    .option(`--item <${ph('code')}>`, text.analyzeItemOption())
    .option(`--fail-on <${ph('kinds')}>`, text.failOnOption({ kinds: FINDING_KINDS }), collectKinds, [])
    .option(`--emit-candidates <${ph('dir')}>`, text.emitCandidatesOption())
    .option('--pretty', text.prettyOption(), false)
    .option('--steps', text.stepsOption(), false)
    .option(`--workers <${ph('n')}>`, text.analyzeWorkersOption(), positiveInt)
    .addOption(itemTimeLimitOption())
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addOption(langOption())
    .addOption(new Option(`--durations <${ph('figure')}>`, text.durationsOption()).choices(DURATION_SOURCES).default('declared'))
    .option(`--min-cases <${ph('n')}>`, text.minCasesOption(), positiveInt, DEFAULT_MIN_CASES)
    .addHelpText('after', examples([
      `procopt analyze ${EXAMPLE_FILES} --log ${EXAMPLE_LOG} --durations median`,
      `procopt analyze ${EXAMPLE_FILES} --format md --out report.md`,
      'procopt analyze window-03.csv --fail-on parallelizable,extra-visit',
      `procopt analyze ${EXAMPLE_FILES} --emit-candidates redesigned/`,
      `procopt analyze ${EXAMPLE_FILES} --start-date 2026-09-30 --samples 20000 --seed 7`,
    ]))
    .action(
      async (
        files: string[],
        opts: {
          format: StreamFormatName;
          out?: string;
          item?: string;
          failOn: FindingKind[];
          emitCandidates?: string;
          steps: boolean;
          pretty: boolean;
          workers?: number;
          itemTimeLimit: number;
          encoding: EncodingName;
          roles?: string;
          sheet?: string;
          log?: string[];
          calendar?: string;
          maxStates: number;
          durations: DurationSource;
          minCases: number;
          startDate?: DayNumber;
          samples: number;
          seed: number;
        },
      ) => {
        setExit(await runAnalyze(files, { ...opts, lang }, io));
      },
    );
  addLogOptions(analyze, false);
  addDateAndOddsOptions(analyze);

  program
    .command('diagram')
    .description(text.diagramDescription())
    .argument(`<${ph('files')}...>`, text.filesArgument())
    .requiredOption(`--item <${ph('code')}>`, text.itemCodeOption())
    .option(`--variant <${ph('variant')}>`, text.variantOption(), 'original')
    .requiredOption(`--out <${ph('file')}>`, text.svgOutOption())
    .addOption(itemTimeLimitOption())
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addOption(langOption())
    .addHelpText('after', examples([`procopt diagram ${EXAMPLE_FILES} --item 370100-JS-0021 --variant best --out permit.svg`]))
    .action(async (files: string[], opts: { item: string; variant: string; out: string; itemTimeLimit: number; encoding: EncodingName; roles?: string; sheet?: string }) => {
      setExit(await runDiagram(files, { ...opts, lang }, io));
    });

  program
    .command('bpmn')
    .description(text.bpmnDescription())
    .argument(`<${ph('files')}...>`, text.filesArgument())
    .requiredOption(`--item <${ph('code')}>`, text.itemCodeOption())
    .option(`--variant <${ph('variant')}>`, text.variantOption(), 'original')
    .requiredOption(`--out <${ph('file')}>`, text.bpmnOutOption())
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addOption(langOption())
    .addHelpText('after', examples([`procopt bpmn ${EXAMPLE_FILES} --item 370100-SC-0007 --variant best --out 食品经营许可.bpmn`]))
    .action(async (files: string[], opts: { item: string; variant: string; out: string; encoding: EncodingName; roles?: string; sheet?: string }) => {
      setExit(await runBpmn(files, { ...opts, lang }, io));
    });

  const report = program
    .command('report')
    .description(text.reportDescription())
    .argument(`<${ph('files')}...>`, text.catalogueArgument())
    .requiredOption(`--out <${ph('dir')}>`, text.reportOutOption())
    .option(`--workers <${ph('n')}>`, text.reportWorkersOption(), positiveInt, coreCount())
    .option(`--page-size <${ph('n')}>`, text.pageSizeOption(), positiveInt, HTML_PAGE_SIZE)
    .addOption(itemTimeLimitOption())
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addOption(langOption())
    .addHelpText('after', examples([`procopt report ${EXAMPLE_FILES} --out reports/sample`, `procopt report ${EXAMPLE_FILES} --log ${EXAMPLE_LOG} --out reports/sample`, 'procopt report windows/*.csv --out reports/province --page-size 200']))
    .action(async (files: string[], opts: { out: string; workers: number; pageSize: number; itemTimeLimit: number; encoding: EncodingName; log?: string[]; calendar?: string; maxStates: number; roles?: string; sheet?: string; startDate?: DayNumber; samples: number; seed: number }) => {
      setExit(await runReport(files, { ...opts, lang }, io));
    });
  addLogOptions(report, false);
  addDateAndOddsOptions(report);

  const conformance = program
    .command('conformance')
    .description(text.conformanceDescription())
    .argument(`<${ph('files')}...>`, text.catalogueArgument())
    .addOption(new Option(`--format <${ph('format')}>`, text.formatOption()).choices(CONFORMANCE_FORMATS).default('json'))
    .option(`--out <${ph('file')}>`, text.outFileOption())
    .option(`--item <${ph('code')}>`, text.conformanceItemOption())
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addOption(langOption())
    .addHelpText('after', examples([`procopt conformance ${EXAMPLE_FILES} --log ${EXAMPLE_LOG}`, `procopt conformance ${EXAMPLE_FILES} --log cases.xes --item 370100-SC-0012 --format md`]))
    .action((files: string[], opts: { log: string[]; format: ConformanceFormat; out?: string; item?: string; maxStates: number; calendar?: string; encoding: EncodingName; roles?: string; sheet?: string }) => {
      setExit(runConformance(files, { ...opts, lang }, io));
    });
  addLogOptions(conformance, true);

  program
    .command('template')
    .description(text.templateDescription())
    .option(`--out <${ph('file')}>`, text.templateOutOption(), '办理规程模板.xlsx')
    .option('--force', text.forceOption(), false)
    .addOption(langOption())
    .addHelpText('after', examples(['procopt template --out 办理规程模板.xlsx', 'procopt analyze 办理规程模板.xlsx --format md']))
    .action(async (opts: { out: string; force: boolean }) => {
      setExit(await runTemplate({ ...opts, lang }, io));
    });

  return program;
}
