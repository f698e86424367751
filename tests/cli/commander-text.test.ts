// Commander's own words in the run's language: the help's headings, usage line, placeholders,
// choices and defaults, and every usage error commander detects — Chinese by default, English as
// commander writes it with --lang en.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { LocalizedHelp, localizeCommanderError } from '../../src/cli/localized-commander.js';
import type { Io } from '../../src/cli/io.js';
import { CLI_TEXT } from '../../src/i18n/index.js';

async function run(args: string[], env: Record<string, string> = {}): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => void out.push(t), outBytes: () => undefined, err: (t) => void err.push(t), errIsTty: false };
  const status = await runCli(args, io, env);
  return { status, out: out.join(''), err: err.join('') };
}

const width = (line: string): number => new LocalizedHelp(CLI_TEXT['zh-CN']).displayWidth(line);

describe('help in zh-CN (the default)', () => {
  it('procopt --help: headings, usage line, the help option and the help command in Chinese', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    expect(r.out).toContain('用法：procopt [选项] [命令]\n');
    expect(r.out).toContain('\n选项：\n');
    expect(r.out).toContain('\n命令：\n');
    expect(r.out).toMatch(/\n {2}-h, --help +显示命令帮助\n/);
    expect(r.out).toMatch(/\n {2}help \[命令\] +显示命令帮助\n/);
    expect(r.out).toMatch(/\n {2}analyze \[选项\] <文件\.\.\.> +为每个事项/);
    expect(r.out).not.toMatch(/Usage:|Options:|Commands:|display help|\[options\]|\[command\]/);
  });

  it('procopt analyze --help: arguments, placeholders, choices and defaults in Chinese', async () => {
    const r = await run(['analyze', '--help']);
    expect(r.out).toContain('用法：procopt analyze [选项] <文件...>\n');
    expect(r.out).toContain('\n参数：\n  文件 ');
    expect(r.out).toMatch(/--format <格式> +输出格式（可选：json、md、csv；默认：json）\n/);
    expect(r.out).toMatch(/--out <文件> +写入文件，而非标准输出\n/);
    expect(r.out).toContain('（默认：否）');
    expect(r.out).not.toMatch(/choices:|default:|Arguments:/);
  });

  it('Chinese help wraps by terminal columns (a CJK character takes two), never before a closing mark', async () => {
    for (const args of [['--help'], ['analyze', '--help'], ['report', '--help'], ['conformance', '--help']]) {
      const r = await run(args);
      for (const line of r.out.split('\n')) {
        if (line.startsWith('  $ ')) continue; // examples are not wrapped
        expect(width(line), line).toBeLessThanOrEqual(80);
        expect(line.trimStart(), line).not.toMatch(/^[）》」，。、；：]/u);
      }
    }
  });
});

describe('help in English (--lang en)', () => {
  it('reads as commander writes it', async () => {
    const top = await run(['--help', '--lang', 'en']);
    expect(top.out).toContain('Usage: procopt [options] [command]\n');
    expect(top.out).toMatch(/\nOptions:\n[^]*\n {2}-h, --help +display help for command\n/);
    expect(top.out).toMatch(/\nCommands:\n[^]*\n {2}help \[command\] +display help for command\n/);
    const analyze = await run(['analyze', '--help'], { PROCOPT_LANG: 'en' });
    expect(analyze.out).toContain('Usage: procopt analyze [options] <files...>\n');
    expect(analyze.out).toContain('\nArguments:\n  files ');
    expect(analyze.out).toMatch(/--format <format> +output format \(choices: "json", "md", "csv",\s+default: "json"\)\n/);
    expect(analyze.out).toMatch(/--pretty +JSON: indent every item fully \(default: one item\s+per line\) \(default: false\)\n/);
  });
});

// Each usage error commander detects, its words in both languages; all exit with status 2.
const ERRORS: readonly (readonly [string, readonly string[], string, string])[] = [
  ['unknown option', ['analyze', '--bogus'], '错误：未知选项 --bogus', "error: unknown option '--bogus'"],
  ['unknown option, one suggestion', ['analyze', 'x.csv', '--form', 'md'], '错误：未知选项 --form\n（是否要输入 --format？）', "error: unknown option '--form'\n(Did you mean --format?)"],
  ['unknown command', ['bogus'], '错误：未知命令“bogus”', "error: unknown command 'bogus'"],
  ['unknown command, a suggestion', ['valdate', 'x.csv'], '错误：未知命令“valdate”\n（是否要输入 validate？）', "error: unknown command 'valdate'\n(Did you mean validate?)"],
  ['missing argument', ['validate'], '错误：缺少必需的参数 文件', "error: missing required argument 'files'"],
  ['option missing its value', ['analyze', 'x.csv', '--out'], '错误：选项 --out <文件> 缺少取值', "error: option '--out <file>' argument missing"],
  ['missing required option', ['model', 'x.csv'], '错误：未指定必需的选项 --item <编码>', "error: required option '--item <code>' not specified"],
  ['excess arguments', ['template', 'extra'], '错误：template 命令的参数过多：应为 0 个，实为 1 个', "error: too many arguments for 'template'. Expected 0 arguments but got 1."],
  [
    'a value not among the choices',
    ['analyze', 'x.csv', '--format', 'pdf'],
    '错误：选项 --format <格式> 的取值“pdf”无效：可选值为 json、md、csv',
    "error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are json, md, csv.",
  ],
  [
    "a value procopt's parser refuses",
    ['analyze', 'x.csv', '--samples', '-1'],
    '错误：选项 --samples <数> 的取值“-1”无效：必须是不小于 0 的整数',
    "error: option '--samples <n>' argument '-1' is invalid. must be a whole number ≥ 0",
  ],
];

describe('a variadic option with a Chinese placeholder', () => {
  it('--log takes every name up to the next option, in zh-CN as in en', async () => {
    for (const env of [{}, { PROCOPT_LANG: 'en' }] as Record<string, string>[]) {
      const r = await run(['conformance', 'models/food-business-license.csv', '--log', 'models/logs/cases.csv', 'models/logs/cases.csv', '--item', 'NONE', '--format', 'md'], env);
      expect(r.err).not.toMatch(/^[a-z/.]: /m);
    }
  });
});

describe("commander's usage errors", () => {
  it.each(ERRORS)('%s', async (_name, args, zh, en) => {
    const zhRun = await run([...args]);
    expect(zhRun.status).toBe(2);
    expect(zhRun.err).toBe(`${zh}\n（加 --help 查看用法）\n`);
    const enRun = await run([...args, '--lang', 'en']);
    expect(enRun.status).toBe(2);
    expect(enRun.err).toBe(`${en}\n(run with --help for usage)\n`);
  });

  it('several suggestions are named together', () => {
    const message = "error: unknown option '--ou'\n(Did you mean one of --out, --own?)";
    expect(localizeCommanderError(CLI_TEXT['zh-CN'], message, 'commander.unknownOption')).toBe('错误：未知选项 --ou\n（是否要输入 --out 或 --own？）');
    expect(localizeCommanderError(CLI_TEXT.en, message, 'commander.unknownOption')).toBe(message);
  });

  it('a message of a form it does not know stays as commander wrote it', () => {
    expect(localizeCommanderError(CLI_TEXT['zh-CN'], 'error: something new', 'commander.unknownOption')).toBe('error: something new');
    expect(localizeCommanderError(CLI_TEXT['zh-CN'], 'error: something new', 'commander.other')).toBe('error: something new');
  });
});
