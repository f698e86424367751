// Commander wiring: every command, its options and help text. Choices come from the
// registries (finding kinds, formats, encodings), never from a second hand-written list.

import { Command, InvalidArgumentError, Option } from 'commander';
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

const EXAMPLE_FILES = 'models/*.csv';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number ≥ 0');
  return n;
}

function isoDate(value: string): DayNumber {
  const day = parseIsoDate(value.trim());
  if (day === undefined) throw new InvalidArgumentError(`must be a calendar date written YYYY-MM-DD, got "${value}"`);
  return day;
}

function seedValue(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError('must be a whole number');
  return n;
}

/** --start-date, --samples and --seed (analyze and report; --calendar comes with the log options). */
function addDateAndOddsOptions(command: Command): Command {
  return command
    .option('--start-date <date>', 'the 受理 date (YYYY-MM-DD): due dates of 承诺时限 and 法定时限 and the dates steps start and finish, in working days (the start day not counted; 法定节假日 skipped, 调休 working days counted)', isoDate)
    .option('--samples <n>', 'Monte Carlo runs per item and candidate with three-point estimates (duration_min/duration_max; 0: PERT only)', positiveInt, DEFAULT_SAMPLES)
    .option('--seed <n>', 'seed of the Monte Carlo draws (the same seed gives the same figures, whatever --workers)', seedValue, DEFAULT_SEED);
}

function collectKinds(value: string, previous: FindingKind[]): FindingKind[] {
  const kinds = value.split(',').map((k) => k.trim());
  for (const kind of kinds) {
    if (!(FINDING_KINDS as readonly string[]).includes(kind)) {
      throw new InvalidArgumentError(`unknown finding kind "${kind}"; one of: ${FINDING_KINDS.join(', ')}`);
    }
  }
  return [...previous, ...(kinds as FindingKind[])];
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

const maxStatesHelp = (whose: string): string =>
  `states the machine check of ${whose} may search (its time and memory grow with it; beyond: "not exhaustively checked"); items over ${CHECK_LIMITS.steps} steps or ${CHECK_LIMITS.links} order links are not checked`;

const EXAMPLE_LOG = 'models/logs/cases.csv';

/** The options every command that reads case logs takes. */
function addLogOptions(command: Command, required: boolean): Command {
  const log = new Option('--log <files...>', 'case logs (办件日志): CSV or XES (IEEE 1849) files of the cases\' events (after the procedure files: every name up to the next option is a log)');
  if (required) log.makeOptionMandatory();
  return command
    .addOption(log)
    .option('--calendar <file>', 'working-day calendar CSV (date, kind, note) on top of the built-in 2020–2026 holidays, for observed durations and --start-date\'s due dates')
    .option('--max-states <n>', 'states the alignment of one case may search; a case beyond is reported as not aligned, never as fitting', positiveInt, DEFAULT_ALIGNMENT_MAX_STATES);
}

const encodingOption = (): Option =>
  new Option('--encoding <name>', 'input encoding (auto: BOM, then UTF-8, then GB18030/GBK)').choices(ENCODINGS).default('auto');

/** The per-item analysis time budget (seconds) when --item-time-limit is not given. */
export const DEFAULT_ITEM_TIME_LIMIT_SECONDS = 30;

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number of seconds > 0');
  return n;
}

const itemTimeLimitOption = (): Option =>
  new Option(
    '--item-time-limit <seconds>',
    'wall-clock time one item\'s analysis may take; an item over it is reported (ITEM_TIME_LIMIT) and left out, and the run goes on',
  )
    .argParser(positiveSeconds)
    .default(DEFAULT_ITEM_TIME_LIMIT_SECONDS);

const rolesOption = (): Option =>
  new Option('--roles <file>', "your centre's own type words (环节类型): a CSV of word, role (e.g. 会办,review), read before procopt's table");
const sheetOption = (): Option =>
  new Option('--sheet <name>', 'workbooks (.xlsx, .xls): read only this sheet, hidden or not (default: every visible sheet holding a procedure table)');

/**
 * Builds the program. `setExit` receives each command's exit status; `io` carries output.
 * exitOverride/configureOutput are set before any .command() so subcommands inherit them.
 */
export function buildProgram(io: Io, setExit: (code: ExitCode) => void, version: string): Command {
  const program = new Command()
    .name('procopt')
    .description('Analyse approval procedures (办理规程) and propose shorter ones: critical path, redundant steps, parallel links, fewer visits.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .addHelpText('after', examples([`procopt analyze ${EXAMPLE_FILES} --format md`, `procopt validate window-03.csv`, `procopt report ${EXAMPLE_FILES} --out reports/sample`]));

  program
    .command('validate')
    .description('check procedure CSVs: print every problem with file, line and column, and check each item\'s state machine')
    .argument('<files...>', 'procedure files: CSV or Excel workbooks (.xlsx, .xls), one catalogue')
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .option('--no-machine-check', 'skip the state-machine checks')
    .option('--max-states <n>', maxStatesHelp('one item'), positiveInt, DEFAULT_MAX_STATES)
    .option('--workers <n>', 'worker threads for the machine checks (0: this thread; default: one per core from 50 items)', positiveInt)
    .addHelpText('after', examples([`procopt validate ${EXAMPLE_FILES}`, 'procopt validate window-03.csv --encoding gbk', 'procopt validate window-03.csv --roles our-words.csv']))
    .action(async (files: string[], opts: { encoding: EncodingName; roles?: string; sheet?: string; machineCheck: boolean; maxStates: number; workers?: number }) => {
      setExit(await runValidate(files, opts, io));
    });

  program
    .command('model')
    .description('write one item\'s XState machine as JSON (createMachine accepts it)')
    .argument('<files...>', 'procedure files: CSV or Excel workbooks (.xlsx, .xls)')
    .requiredOption('--item <code>', 'item code (事项编码)')
    .option('--out <dir>', 'output folder', 'models')
    .option('--max-states <n>', maxStatesHelp('the item'), positiveInt, DEFAULT_MAX_STATES)
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addHelpText('after', examples([`procopt model ${EXAMPLE_FILES} --item 370100-SC-0012 --out models/machines`]))
    .action((files: string[], opts: { item: string; out: string; maxStates: number; encoding: EncodingName; roles?: string; sheet?: string }) => {
      setExit(runModel(files, opts, io));
    });

  const analyze = program
    .command('analyze')
    .description('critical path, findings and redesigned procedures (candidates) for every item')
    .argument('<files...>', 'procedure files: CSV or Excel workbooks (.xlsx, .xls), one catalogue')
    .addOption(new Option('--format <format>', 'output format').choices(STREAM_FORMATS).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--item <code>', 'analyse only this item (事项编码)')
    .option('--fail-on <kinds>', `exit 1 when a finding of these kinds exists (comma-separated: ${FINDING_KINDS.join(', ')})`, collectKinds, [])
    .option('--emit-candidates <dir>', 'write every candidate as a procedure CSV into this folder')
    .option('--pretty', 'JSON: indent every item fully (default: one item per line)', false)
    .option('--steps', 'JSON: include every item\'s and candidate\'s full steps (for diagrams; about 10 × larger)', false)
    .option('--workers <n>', 'worker threads for JSON output, files shared among them (0: this thread; default: cores − 1 on machines with more than 2 cores, for catalogues over 1 MB)', positiveInt)
    .addOption(itemTimeLimitOption())
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addOption(new Option('--durations <figure>', 'with --log: the step durations the analysis uses — declared, or the observed median or p90 of steps with at least --min-cases observations').choices(DURATION_SOURCES).default('declared'))
    .option('--min-cases <n>', 'with --log: observations a step needs before its observed figure replaces the declared one', positiveInt, DEFAULT_MIN_CASES)
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
        setExit(await runAnalyze(files, opts, io));
      },
    );
  addLogOptions(analyze, false);
  addDateAndOddsOptions(analyze);

  program
    .command('diagram')
    .description('draw one item\'s procedure (swim lanes per department) as SVG')
    .argument('<files...>', 'procedure files: CSV or Excel workbooks (.xlsx, .xls)')
    .requiredOption('--item <code>', 'item code (事项编码)')
    .option('--variant <variant>', 'original, best, or a candidate id', 'original')
    .requiredOption('--out <file>', 'SVG file to write')
    .addOption(itemTimeLimitOption())
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addHelpText('after', examples([`procopt diagram ${EXAMPLE_FILES} --item 370100-JS-0021 --variant best --out permit.svg`]))
    .action(async (files: string[], opts: { item: string; variant: string; out: string; itemTimeLimit: number; encoding: EncodingName; roles?: string; sheet?: string }) => {
      setExit(await runDiagram(files, opts, io));
    });

  program
    .command('bpmn')
    .description('write one item\'s procedure as a BPMN 2.0 file (a pool for the item, a lane per department) for BPMN modelers and engines')
    .argument('<files...>', 'procedure files: CSV or Excel workbooks (.xlsx, .xls)')
    .requiredOption('--item <code>', 'item code (事项编码)')
    .option('--variant <variant>', 'original, best, or a candidate id', 'original')
    .requiredOption('--out <file>', 'BPMN file to write')
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addHelpText('after', examples([`procopt bpmn ${EXAMPLE_FILES} --item 370100-SC-0007 --variant best --out 食品经营许可.bpmn`]))
    .action(async (files: string[], opts: { item: string; variant: string; out: string; encoding: EncodingName; roles?: string; sheet?: string }) => {
      setExit(await runBpmn(files, opts, io));
    });

  const report = program
    .command('report')
    .description('write a report folder: index.html, report.md, analysis.json, summary.csv, SVG diagrams, BPMN files, candidate CSVs')
    .argument('<files...>', 'procedure files: CSV or Excel workbooks (.xlsx, .xls), one catalogue')
    .requiredOption('--out <dir>', 'report folder')
    .option('--workers <n>', 'layout worker threads (0: lay out in this thread; default: one per core)', positiveInt, coreCount())
    .option('--page-size <n>', `index.html holds the tables and the items go on pages of this many items (items-001.html, …) when there are more (0: every item on index.html)`, positiveInt, HTML_PAGE_SIZE)
    .addOption(itemTimeLimitOption())
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addHelpText('after', examples([`procopt report ${EXAMPLE_FILES} --out reports/sample`, `procopt report ${EXAMPLE_FILES} --log ${EXAMPLE_LOG} --out reports/sample`, 'procopt report windows/*.csv --out reports/province --page-size 200']))
    .action(async (files: string[], opts: { out: string; workers: number; pageSize: number; itemTimeLimit: number; encoding: EncodingName; log?: string[]; calendar?: string; maxStates: number; roles?: string; sheet?: string; startDate?: DayNumber; samples: number; seed: number }) => {
      setExit(await runReport(files, opts, io));
    });
  addLogOptions(report, false);
  addDateAndOddsOptions(report);

  const conformance = program
    .command('conformance')
    .description('replay case logs on the items\' state machines: fitness, deviations, observed step times and lead times (case-log.md)')
    .argument('<files...>', 'procedure files: CSV or Excel workbooks (.xlsx, .xls), one catalogue')
    .addOption(new Option('--format <format>', 'output format').choices(CONFORMANCE_FORMATS).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--item <code>', 'only this item\'s cases (事项编码); also the item of an XES log whose traces name none')
    .addOption(encodingOption())
    .addOption(rolesOption())
    .addOption(sheetOption())
    .addHelpText('after', examples([`procopt conformance ${EXAMPLE_FILES} --log ${EXAMPLE_LOG}`, `procopt conformance ${EXAMPLE_FILES} --log cases.xes --item 370100-SC-0012 --format md`]))
    .action((files: string[], opts: { log: string[]; format: ConformanceFormat; out?: string; item?: string; maxStates: number; calendar?: string; encoding: EncodingName; roles?: string; sheet?: string }) => {
      setExit(runConformance(files, opts, io));
    });
  addLogOptions(conformance, true);

  program
    .command('template')
    .description('write the Excel workbook windows fill in: the columns with Chinese headers, drop-down lists, an example item and instructions (填写说明)')
    .option('--out <file>', 'workbook to write', '办理规程模板.xlsx')
    .option('--force', 'overwrite the file if it exists', false)
    .addHelpText('after', examples(['procopt template --out 办理规程模板.xlsx', 'procopt analyze 办理规程模板.xlsx --format md']))
    .action(async (opts: { out: string; force: boolean }) => {
      setExit(await runTemplate(opts, io));
    });

  return program;
}
