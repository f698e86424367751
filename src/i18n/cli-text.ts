// What the command line says to people (src/cli): help texts, usage errors, progress labels and the
// last line of every command. Each message is written once per language with named parameters; the
// English object fixes keys and parameters and the Chinese one must match it (checked by the
// compiler). Option names, file names, codes and ids stay as they are. Chinese follows docs/glossary.md.

import type { Catalogue, Lang } from './lang.js';
import { enCount, enList, zhList } from './words.js';

/** What a progress bar counts. */
export type ProgressUnit = 'items' | 'files';

/** What a progress bar is doing. */
export type ProgressTask = 'analysing' | 'checking-machines' | 'drawing' | 'bpmn';

/** A placeholder of the usage line or an option's value, by its English name. */
export type Placeholder = 'code' | 'command' | 'date' | 'dir' | 'figure' | 'file' | 'files' | 'format' | 'kinds' | 'lang' | 'n' | 'name' | 'seconds' | 'variant';

/** The errno codes of a failed write the catalogue words (any other is named by the system's message). */
const WRITE_FAILURES = ['EACCES', 'EPERM', 'EROFS', 'ENAMETOOLONG', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENOSPC', 'EDQUOT', 'ENOENT', 'EMFILE', 'EIO'] as const;

/** A file-system failure of a write, by its errno code. */
export type WriteFailure = (typeof WRITE_FAILURES)[number];

/** Whether the catalogue words this errno code. */
export function isWriteFailure(code: string): code is WriteFailure {
  return (WRITE_FAILURES as readonly string[]).includes(code);
}

const EN_WRITE_FAILURE: Readonly<Record<WriteFailure, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long for the file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'a part of the path does not exist',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A heading of commander's help. */
export type HelpHeading = 'usage' | 'arguments' | 'options' | 'commands' | 'global-options';

/** English: commander's "did you mean" line after an unknown option or command. */
function enSuggestion(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return suggestions.length === 1 ? `\n(Did you mean ${suggestions[0]}?)` : `\n(Did you mean one of ${suggestions.join(', ')}?)`;
}

/** A machine check's outcome as the model command prints it. */
export type CheckStatus = 'ok' | 'failed' | 'not-exhaustively-checked' | 'not-checked';

const en = {
  // Help: the program and its commands.
  programDescription: () =>
    'Analyse approval procedures (办理规程) and propose shorter ones: critical path, redundant steps, parallel links, fewer visits.',
  examplesHeading: () => 'Examples:',
  helpAfterError: () => '(run with --help for usage)',
  helpOption: () => 'display help for command',
  versionOption: () => 'output the version number',
  helpCommand: () => 'display help for command',
  langOption: () => 'language of everything procopt writes for people: zh-CN (default) or en; also the environment variable PROCOPT_LANG',
  validateDescription: () => "check procedure CSVs: print every problem with file, line and column, and check each item's state machine",
  modelDescription: () => "write one item's XState machine as JSON (createMachine accepts it)",
  analyzeDescription: () => 'critical path, findings and redesigned procedures (candidates) for every item',
  diagramDescription: () => "draw one item's procedure (swim lanes per department) as SVG",
  bpmnDescription: () => "write one item's procedure as a BPMN 2.0 file (a pool for the item, a lane per department) for BPMN modelers and engines",
  reportDescription: () => 'write a report folder: index.html, report.md, analysis.json, summary.csv, SVG diagrams, BPMN files, candidate CSVs',
  conformanceDescription: () => "replay case logs on the items' state machines: fitness, deviations, observed step times and lead times (case-log.md)",
  templateDescription: () =>
    'write the Excel workbook windows fill in: the columns with Chinese headers, drop-down lists, an example item and instructions (填写说明)',
  // Commander's own texts: help headings, the usage line's placeholders, an option's choices and
  // default, and the usage errors commander detects (the English reproduces commander 14's words).
  helpHeading: (p: { heading: HelpHeading }) =>
    ({ usage: 'Usage:', arguments: 'Arguments:', options: 'Options:', commands: 'Commands:', 'global-options': 'Global Options:' })[p.heading],
  /** A placeholder of the usage line or an option's value (`--out <file>`), by its English name. */
  placeholder: (p: { name: Placeholder }) => p.name,
  usageOptions: () => '[options]',
  usageCommand: () => '[command]',
  helpChoices: (p: { choices: readonly string[] }) => `choices: ${p.choices.map((c) => JSON.stringify(c)).join(', ')}`,
  helpDefault: (p: { value: unknown; description: string | undefined }) => `default: ${p.description ?? JSON.stringify(p.value)}`,
  helpPreset: (p: { value: unknown }) => `preset: ${JSON.stringify(p.value)}`,
  helpEnv: (p: { name: string }) => `env: ${p.name}`,
  helpExtra: (p: { description: string; extra: readonly string[] }) => `${p.description === '' ? '' : `${p.description} `}(${p.extra.join(', ')})`,
  unknownOptionError: (p: { flag: string; suggestions: readonly string[] }) => `error: unknown option '${p.flag}'${enSuggestion(p.suggestions)}`,
  unknownCommandError: (p: { name: string; suggestions: readonly string[] }) => `error: unknown command '${p.name}'${enSuggestion(p.suggestions)}`,
  missingArgumentError: (p: { name: string }) => `error: missing required argument '${p.name}'`,
  optionMissingArgumentError: (p: { flags: string }) => `error: option '${p.flags}' argument missing`,
  missingMandatoryOptionError: (p: { flags: string }) => `error: required option '${p.flags}' not specified`,
  excessArgumentsError: (p: { command: string | null; expected: number; got: number }) =>
    `error: too many arguments${p.command === null ? '' : ` for '${p.command}'`}. Expected ${p.expected} argument${p.expected === 1 ? '' : 's'} but got ${p.got}.`,
  invalidOptionValueError: (p: { flags: string; value: string; why: string }) => `error: option '${p.flags}' argument '${p.value}' is invalid. ${p.why}`,
  invalidArgumentValueError: (p: { name: string; value: string; why: string }) => `error: command-argument value '${p.value}' is invalid for argument '${p.name}'. ${p.why}`,
  notOneOf: (p: { choices: readonly string[] }) => `Allowed choices are ${p.choices.join(', ')}.`,
  // Help: arguments and options.
  catalogueArgument: () => 'procedure files: CSV or Excel workbooks (.xlsx, .xls), one catalogue',
  filesArgument: () => 'procedure files: CSV or Excel workbooks (.xlsx, .xls)',
  encodingOption: () => 'input encoding (auto: BOM, then UTF-8, then GB18030/GBK)',
  rolesOption: () => "your centre's own type words (环节类型): a CSV of word, role (e.g. 会办,review), read before procopt's table",
  sheetOption: () => 'workbooks (.xlsx, .xls): read only this sheet, hidden or not (default: every visible sheet holding a procedure table)',
  logOption: () => "case logs (办件日志): CSV or XES (IEEE 1849) files of the cases' events (after the procedure files: every name up to the next option is a log)",
  calendarOption: () => 'working-day calendar CSV (date, kind, note) on top of the built-in 2020–2026 holidays, for observed durations',
  alignmentMaxStatesOption: () => 'states the alignment of one case may search; a case beyond is reported as not aligned, never as fitting',
  maxStatesOption: (p: { whose: 'item' | 'items'; steps: number; links: number }) =>
    `states the machine check of ${p.whose === 'item' ? 'the item' : 'one item'} may search (its time and memory grow with it; beyond: "not exhaustively checked"); items over ${p.steps} steps or ${p.links} order links are not checked`,
  noMachineCheckOption: () => 'skip the state-machine checks',
  validateWorkersOption: () => 'worker threads for the machine checks (0: this thread; default: one per core from 50 items)',
  itemCodeOption: () => 'item code (事项编码)',
  modelOutOption: () => 'output folder',
  formatOption: () => 'output format',
  outFileOption: () => 'write to a file instead of standard output',
  analyzeItemOption: () => 'analyse only this item (事项编码)',
  failOnOption: (p: { kinds: readonly string[] }) => `exit 1 when a finding of these kinds exists (comma-separated: ${enList(p.kinds)})`,
  emitCandidatesOption: () => 'write every candidate as a procedure CSV into this folder',
  prettyOption: () => 'JSON: indent every item fully (default: one item per line)',
  stepsOption: () => "JSON: include every item's and candidate's full steps (for diagrams; about 10 × larger)",
  analyzeWorkersOption: () =>
    'worker threads for JSON output, files shared among them (0: this thread; default for catalogues over 1 MB: one per core when Monte Carlo runs, i.e. a file has duration_min/duration_max and --samples > 0; else cores − 1 on machines with more than 2 cores)',
  durationsOption: () =>
    'with --log: the step durations the analysis uses — declared, or the observed median or p90 of steps with at least --min-cases observations',
  minCasesOption: () => 'with --log: observations a step needs before its observed figure replaces the declared one',
  variantOption: () => 'original, best, or a candidate id',
  svgOutOption: () => 'SVG file to write',
  bpmnOutOption: () => 'BPMN file to write',
  reportOutOption: () => 'report folder',
  reportWorkersOption: () => 'layout worker threads (0: lay out in this thread; default: one per core)',
  pageSizeOption: () =>
    'index.html holds the tables and the items go on pages of this many items (items-001.html, …) when there are more (0: every item on index.html)',
  conformanceItemOption: () => "only this item's cases (事项编码); also the item of an XES log whose traces name none",
  templateOutOption: () => 'workbook to write',
  forceOption: () => 'overwrite the file if it exists',
  // Usage errors.
  notWholeNumber: () => 'must be a whole number ≥ 0',
  startDateOption: () =>
    'the 受理 date (YYYY-MM-DD): due dates of 承诺时限 and 法定时限 and the dates steps start and finish, in working days (the start day not counted; 法定节假日 skipped, 调休 working days counted)',
  samplesOption: () => 'Monte Carlo runs per item and candidate with three-point estimates (duration_min/duration_max; 0: PERT only)',
  seedOption: () => 'seed of the Monte Carlo draws (the same seed gives the same figures, whatever --workers)',
  itemTimeLimitOption: () => "wall-clock time one item's analysis may take; an item over it is reported (ITEM_TIME_LIMIT) and left out, and the run goes on",
  notIsoDate: (p: { value: string }) => `must be a calendar date written YYYY-MM-DD, got "${p.value}"`,
  notSeed: () => 'must be a whole number',
  removedStale: (p: { count: number }) => `; removed ${p.count} files of the previous report that this one no longer has`,
  notSeconds: () => 'must be a number of seconds > 0',
  unknownFindingKind: (p: { kind: string; kinds: readonly string[] }) => `unknown finding kind "${p.kind}"; one of: ${enList(p.kinds)}`,
  unknownLang: (p: { value: string; langs: readonly string[] }) => `unknown language "${p.value}" (--lang or PROCOPT_LANG); one of: ${enList(p.langs)}`,
  unknownItem: (p: { itemCode: string }) => `no item with code "${p.itemCode}" (事项编码) in the input`,
  itemLeftOut: (p: { itemCode: string }) => `item ${p.itemCode} has input errors and was left out; fix them first (see above)`,
  rolesFileProblems: (p: { path: string; problems: number }) =>
    `the roles file ${p.path} has ${enCount(p.problems, 'problem')} (above); fix it, or run without --roles`,
  templateExists: (p: { path: string }) => `${p.path} already exists (a filled-in workbook?); choose another name, or add --force to overwrite it`,
  internalError: (p: { detail: string }) => `internal error: ${p.detail}`,
  unwritable: (p: { what: 'file' | 'folder'; path: string; reason: WriteFailure | null; detail: string; code: string }) =>
    `cannot ${p.what === 'file' ? 'write' : 'create the folder'} ${p.path}: ${p.reason === null ? p.detail : EN_WRITE_FAILURE[p.reason]} (${p.code})`,
  reportOutIsFile: (p: { out: string }) => `--out ${p.out} is a file, not a folder: name a folder for the report (it is created if missing)`,
  // Progress bars.
  progressTask: (p: { task: ProgressTask }) =>
    ({ analysing: 'analysing', 'checking-machines': 'checking machines', drawing: 'drawing', bpmn: 'BPMN' })[p.task],
  progressShapes: (p: { shapes: number }) => `checking ${enCount(p.shapes, 'machine shape')}`,
  progressUnit: (p: { unit: ProgressUnit }) => p.unit,
  // validate.
  machineNotExhaustive: (p: { itemCode: string; maxStates: number }) =>
    `note: item ${p.itemCode}: state machine not exhaustively checked (more than ${p.maxStates} states; raise --max-states)`,
  machineProblem: (p: { itemCode: string; problem: string }) => `item ${p.itemCode}: state machine: ${p.problem}`,
  machineTooLarge: (p: { itemCode: string; why: string }) =>
    `warning: item ${p.itemCode}: state machine not checked: ${p.why} (the size limit; its structure was checked)`,
  validateSummary: (p: {
    ok: number;
    leftOut: readonly string[];
    errors: number;
    warnings: number;
    machines: { notExhaustive: number; tooLarge: number; failed: number } | null;
  }) =>
    [
      `${enCount(p.ok, 'item')} ok`,
      `${p.leftOut.length} left out`,
      enCount(p.errors, 'error'),
      enCount(p.warnings, 'warning'),
      ...(p.machines === null
        ? []
        : [`${p.machines.notExhaustive} not exhaustively checked`, `${p.machines.tooLarge} not checked (too large)`, `${p.machines.failed} failed machine checks`]),
      ...(p.leftOut.length > 0 ? [`left out: ${enList(p.leftOut)}`] : []),
    ].join(', '),
  // analyze.
  analyzeSummary: (p: { items: number; leftOut: readonly string[]; errors: number; warnings: number; out: string | null }) =>
    `${enCount(p.items, 'item')} analysed, ${p.leftOut.length} left out${p.leftOut.length > 0 ? ` (${enList(p.leftOut)})` : ''}, ${enCount(p.errors, 'error')}, ${enCount(p.warnings, 'warning')}${p.out === null ? '' : `; wrote ${p.out}`}`,
  wroteCandidates: (p: { count: number; dir: string }) => `wrote ${enCount(p.count, 'candidate procedure')} to ${p.dir}`,
  failOn: (p: { count: number; kinds: readonly string[]; itemCodes: readonly string[] }) =>
    `--fail-on: ${enCount(p.count, 'item')} with ${p.kinds.join('/')} findings: ${enList(p.itemCodes)}`,
  // model, diagram, bpmn, template.
  wroteFile: (p: { path: string }) => `wrote ${p.path}`,
  wroteMachine: (p: { path: string; steps: number }) => `wrote ${p.path} (${p.steps} steps)`,
  machineCheck: (p: { status: CheckStatus; notChecked: string | null; problems: readonly string[]; states: number }) =>
    `machine check: ${p.status}${p.notChecked === null ? '' : ` (not checked: ${p.notChecked})`}${p.problems.length > 0 ? ` — ${p.problems.join('; ')}` : ''} (${p.states} states explored)`,
  // report, conformance.
  wroteReport: (p: { items: number; candidates: number; pages: number; out: string }) =>
    `wrote report for ${p.items} items (${p.candidates} candidate procedures${p.pages > 0 ? `, items on ${p.pages} pages` : ''}) to ${p.out}`,
  conformanceSummary: (p: { cases: number; items: number; fitting: number; unaligned: number; out: string | null }) =>
    `${p.cases} cases of ${p.items} items: ${p.fitting} fitting${p.unaligned > 0 ? `, ${p.unaligned} not aligned (--max-states)` : ''}${p.out !== null ? `; wrote ${p.out}` : ''}`,
};

/** The CLI catalogue's shape: every language has exactly these messages and parameters. */
export type CliText = Catalogue<typeof en>;

const ZH_TASK: Readonly<Record<ProgressTask, string>> = { analysing: '分析', 'checking-machines': '检查状态机', drawing: '绘图', bpmn: 'BPMN' };
const ZH_STATUS: Readonly<Record<CheckStatus, string>> = { ok: '通过', failed: '未通过', 'not-exhaustively-checked': '未穷尽检查', 'not-checked': '未检查' };

const ZH_WRITE_FAILURE: Readonly<Record<WriteFailure, string>> = {
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '文件系统为只读',
  ENAMETOOLONG: '名称超出文件系统允许的长度',
  ENOTDIR: '路径中有一段是文件而非文件夹',
  EISDIR: '该路径是文件夹',
  EEXIST: '已有同名文件占用该路径',
  ENOSPC: '设备上没有剩余空间',
  EDQUOT: '磁盘配额已用完',
  ENOENT: '路径中有一段不存在',
  EMFILE: '打开的文件过多',
  EIO: '输入/输出错误',
};

const ZH_PLACEHOLDER: Readonly<Record<Placeholder, string>> = {
  code: '编码', command: '命令', date: '日期', dir: '文件夹', figure: '取值', file: '文件', files: '文件', format: '格式',
  kinds: '类型', lang: '语言', n: '数', name: '名称', seconds: '秒数', variant: '流程',
};
const ZH_HEADING: Readonly<Record<HelpHeading, string>> = { usage: '用法：', arguments: '参数：', options: '选项：', commands: '命令：', 'global-options': '全局选项：' };

/** Chinese: the suggestion after an unknown option or command. */
function zhSuggestion(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return `\n（是否要输入 ${suggestions.join(' 或 ')}？）`;
}

/** Chinese: an option's default as help shows it (yes/no for switches, 无 for an empty list). */
function zhValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.length === 0 ? '无' : value.map(String).join('、');
  return String(value);
}

const zhCN: CliText = {
  programDescription: () => '分析办理规程并提出更精简的方案：关键路径、多余环节、可并联的环节、减少到场次数。',
  examplesHeading: () => '示例：',
  helpAfterError: () => '（加 --help 查看用法）',
  helpOption: () => '显示命令帮助',
  versionOption: () => '显示版本号',
  helpCommand: () => '显示命令帮助',
  langOption: () => 'procopt 面向用户的文字所用语言：zh-CN（默认）或 en；也可用环境变量 PROCOPT_LANG 指定',
  validateDescription: () => '检查办理规程文件：逐条列出问题所在的文件、行和列，并检查每个事项的状态机',
  modelDescription: () => '将一个事项的 XState 状态机写为 JSON（可直接交给 createMachine）',
  analyzeDescription: () => '为每个事项计算关键路径、发现问题并给出优化方案',
  diagramDescription: () => '将一个事项的办理流程（按部门分泳道）绘制为 SVG',
  bpmnDescription: () => '将一个事项的办理流程写为 BPMN 2.0 文件（事项为池，部门为泳道），供 BPMN 建模工具和流程引擎使用',
  reportDescription: () => '生成报告文件夹：index.html、report.md、analysis.json、summary.csv、SVG 流程图、BPMN 文件和优化方案 CSV',
  conformanceDescription: () => '在事项状态机上重放办件日志：符合度、偏差、实际环节用时和办结用时（见 case-log.md）',
  templateDescription: () => '生成供窗口填写的 Excel 模板：中文列名、下拉选项、示例事项和填写说明',
  helpHeading: (p) => ZH_HEADING[p.heading],
  placeholder: (p) => ZH_PLACEHOLDER[p.name],
  usageOptions: () => '[选项]',
  usageCommand: () => '[命令]',
  helpChoices: (p) => `可选：${p.choices.join('、')}`,
  helpDefault: (p) => `默认：${p.description ?? zhValue(p.value)}`,
  helpPreset: (p) => `不带取值时为 ${zhValue(p.value)}`,
  helpEnv: (p) => `环境变量：${p.name}`,
  helpExtra: (p) => `${p.description}（${p.extra.join('；')}）`,
  unknownOptionError: (p) => `错误：未知选项 ${p.flag}${zhSuggestion(p.suggestions)}`,
  unknownCommandError: (p) => `错误：未知命令“${p.name}”${zhSuggestion(p.suggestions)}`,
  missingArgumentError: (p) => `错误：缺少必需的参数 ${p.name}`,
  optionMissingArgumentError: (p) => `错误：选项 ${p.flags} 缺少取值`,
  missingMandatoryOptionError: (p) => `错误：未指定必需的选项 ${p.flags}`,
  excessArgumentsError: (p) => `错误：${p.command === null ? '' : `${p.command} 命令的`}参数过多：应为 ${p.expected} 个，实为 ${p.got} 个`,
  invalidOptionValueError: (p) => `错误：选项 ${p.flags} 的取值“${p.value}”无效：${p.why}`,
  invalidArgumentValueError: (p) => `错误：参数 ${p.name} 的取值“${p.value}”无效：${p.why}`,
  notOneOf: (p) => `可选值为 ${p.choices.join('、')}`,
  catalogueArgument: () => '办理规程文件：CSV 或 Excel 工作簿（.xlsx、.xls），合为一个事项目录',
  filesArgument: () => '办理规程文件：CSV 或 Excel 工作簿（.xlsx、.xls）',
  encodingOption: () => '输入文件编码（auto：依次识别 BOM、UTF-8、GB18030/GBK）',
  rolesOption: () => '本中心自用的环节类型用语：CSV 文件，每行一个用语和对应类型（如“会办,review”），先于 procopt 内置对照表读取',
  sheetOption: () => '工作簿（.xlsx、.xls）：只读取该工作表，无论是否隐藏（默认：读取所有含办理规程表的可见工作表）',
  logOption: () => '办件日志：记录办件事件的 CSV 或 XES（IEEE 1849）文件（写在办理规程文件之后，直到下一个选项为止的文件名均视为日志）',
  calendarOption: () => '工作日历 CSV（日期、类型、备注），叠加在内置的 2020—2026 年节假日之上，用于计算实际用时',
  alignmentMaxStatesOption: () => '对齐一个办件时可搜索的状态数；超出的办件报告为“未对齐”，不会视为符合',
  maxStatesOption: (p) =>
    `${p.whose === 'item' ? '该事项' : '每个事项'}状态机检查可搜索的状态数（耗时和内存随之增长；超出时报告“未穷尽检查”）；超过 ${p.steps} 个环节或 ${p.links} 条顺序关系的事项不作状态机检查`,
  noMachineCheckOption: () => '跳过状态机检查',
  validateWorkersOption: () => '状态机检查的工作线程数（0：在本线程检查；默认：事项达到 50 个时每个处理器核一个）',
  itemCodeOption: () => '事项编码',
  modelOutOption: () => '输出文件夹',
  formatOption: () => '输出格式',
  outFileOption: () => '写入文件，而非标准输出',
  analyzeItemOption: () => '只分析该事项（事项编码）',
  failOnOption: (p) => `存在下列类型的发现时以状态 1 退出（以逗号分隔：${p.kinds.join(', ')}）`,
  emitCandidatesOption: () => '将每个优化方案写为办理规程 CSV，存入该文件夹',
  prettyOption: () => 'JSON：每个事项完整缩进（默认：每个事项一行）',
  stepsOption: () => 'JSON：包含每个事项和优化方案的全部环节（供绘图使用；体积约增大 10 倍）',
  analyzeWorkersOption: () => 'JSON 输出的工作线程数，文件在线程间分配（0：在本线程处理；默认：目录超过 1 MB 时，若要做蒙特卡洛模拟（文件有最短时限/最长时限列且 --samples 大于 0）为核数，否则处理器多于 2 核时为核数减一）',
  durationsOption: () => '与 --log 同用：分析所用的环节时长——申报时限（declared），或观测次数不少于 --min-cases 的环节的实际用时中位数（median）或 90 分位数（p90）',
  minCasesOption: () => '与 --log 同用：环节的实际用时取代申报时限前所需的最少观测次数',
  variantOption: () => 'original（原流程）、best（最优方案）或优化方案编号',
  svgOutOption: () => '要写入的 SVG 文件',
  bpmnOutOption: () => '要写入的 BPMN 文件',
  reportOutOption: () => '报告文件夹',
  reportWorkersOption: () => '布局工作线程数（0：在本线程布局；默认：每个处理器核一个）',
  pageSizeOption: () => 'index.html 收录各汇总表；事项多于该数时，事项按此数目分页（items-001.html 等）（0：全部事项放在 index.html）',
  conformanceItemOption: () => '只处理该事项的办件（事项编码）；XES 日志的轨迹未写明事项时，也以此为其事项',
  templateOutOption: () => '要写入的工作簿',
  forceOption: () => '文件已存在时覆盖',
  notWholeNumber: () => '必须是不小于 0 的整数',
  startDateOption: () => '受理日期（YYYY-MM-DD）：据此按工作日推算承诺时限、法定时限的届满日及各环节起止日期（受理当日不计入；法定节假日不计，调休上班日计入）',
  samplesOption: () => '对填写了三点估计（最短时限/最长时限）的事项及其方案，每个做多少次蒙特卡洛模拟（0：只算 PERT）',
  seedOption: () => '蒙特卡洛模拟的随机种子（种子相同，结果相同，与 --workers 无关）',
  itemTimeLimitOption: () => '单个事项分析的时间上限（秒）；超时的事项报告为 ITEM_TIME_LIMIT 并略去，其余事项照常分析',
  notIsoDate: (p) => `必须是 YYYY-MM-DD 格式的日期，实际为"${p.value}"`,
  notSeed: () => '必须是整数',
  removedStale: (p) => `；已删除上次报告中本次不再生成的 ${p.count} 个文件`,
  notSeconds: () => '必须是大于 0 的秒数',
  unknownFindingKind: (p) => `未知的发现类型“${p.kind}”；可选：${p.kinds.join(', ')}`,
  unknownLang: (p) => `未知的语言“${p.value}”（--lang 或 PROCOPT_LANG）；可选：${p.langs.join(', ')}`,
  unknownItem: (p) => `输入中没有事项编码为“${p.itemCode}”的事项`,
  itemLeftOut: (p) => `事项 ${p.itemCode} 存在输入错误，已被略去；请先改正（见上文）`,
  rolesFileProblems: (p) => `环节类型用语文件 ${p.path} 有 ${p.problems} 处问题（见上文）；请改正，或不加 --roles 运行`,
  templateExists: (p) => `${p.path} 已存在（可能是已填写的工作簿）；请换一个文件名，或加 --force 覆盖`,
  internalError: (p) => `内部错误（procopt 自身的缺陷，请将以下信息提供给维护人员）：${p.detail}`,
  unwritable: (p) =>
    `无法${p.what === 'file' ? '写入文件' : '创建文件夹'} ${p.path}：${p.reason === null ? `系统报告“${p.detail}”` : ZH_WRITE_FAILURE[p.reason]} (${p.code})`,
  reportOutIsFile: (p) => `--out ${p.out} 是文件而非文件夹：请为报告指定一个文件夹（不存在时自动创建）`,
  progressTask: (p) => ZH_TASK[p.task],
  progressShapes: (p) => `检查 ${p.shapes} 种状态机结构`,
  progressUnit: (p) => (p.unit === 'items' ? '个事项' : '个文件'),
  machineNotExhaustive: (p) => `注意：事项 ${p.itemCode}：状态机未穷尽检查（状态数超过 ${p.maxStates}；可调高 --max-states）`,
  machineProblem: (p) => `事项 ${p.itemCode}：状态机：${p.problem}`,
  machineTooLarge: (p) => `警告：事项 ${p.itemCode}：状态机未检查：${p.why}（超出规模上限；已检查其结构）`,
  validateSummary: (p) =>
    [
      `${p.ok} 个事项通过`,
      `${p.leftOut.length} 个略去`,
      `${p.errors} 个错误`,
      `${p.warnings} 个警告`,
      ...(p.machines === null
        ? []
        : [`${p.machines.notExhaustive} 个未穷尽检查`, `${p.machines.tooLarge} 个未检查（规模过大）`, `${p.machines.failed} 个状态机检查未通过`]),
      ...(p.leftOut.length > 0 ? [`略去：${zhList(p.leftOut)}`] : []),
    ].join('，'),
  analyzeSummary: (p) =>
    `已分析 ${p.items} 个事项，略去 ${p.leftOut.length} 个${p.leftOut.length > 0 ? `（${zhList(p.leftOut)}）` : ''}，${p.errors} 个错误，${p.warnings} 个警告${p.out === null ? '' : `；已写入 ${p.out}`}`,
  wroteCandidates: (p) => `已将 ${p.count} 个优化方案写入 ${p.dir}`,
  failOn: (p) => `--fail-on：${p.count} 个事项存在 ${p.kinds.join('/')} 类发现：${zhList(p.itemCodes)}`,
  wroteFile: (p) => `已写入 ${p.path}`,
  wroteMachine: (p) => `已写入 ${p.path}（${p.steps} 个环节）`,
  machineCheck: (p) =>
    `状态机检查：${ZH_STATUS[p.status]}${p.notChecked === null ? '' : `（未检查：${p.notChecked}）`}${p.problems.length > 0 ? `——${p.problems.join('；')}` : ''}（已搜索 ${p.states} 个状态）`,
  wroteReport: (p) => `已将 ${p.items} 个事项的报告（${p.candidates} 个优化方案${p.pages > 0 ? `，事项分 ${p.pages} 页` : ''}）写入 ${p.out}`,
  conformanceSummary: (p) =>
    `${p.items} 个事项的 ${p.cases} 个办件：${p.fitting} 个符合${p.unaligned > 0 ? `，${p.unaligned} 个未对齐（--max-states）` : ''}${p.out !== null ? `；已写入 ${p.out}` : ''}`,
};

/** The CLI messages in every language. */
export const CLI_TEXT: Readonly<Record<Lang, CliText>> = { en, 'zh-CN': zhCN };
