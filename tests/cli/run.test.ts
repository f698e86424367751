// runCli's one error path: a usage error prints its message only, anything else is an internal
// error printed with its stack; both exit with status 2.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';

function captureIo(out: (text: string) => void = () => undefined): Io & { errors: string[] } {
  const errors: string[] = [];
  return { out, outBytes: () => undefined, err: (text) => void errors.push(text), errIsTty: false, errors };
}

describe('runCli errors', () => {
  it('usage error (an unknown item): the message, no stack, status 2', async () => {
    const io = captureIo();
    expect(await runCli(['model', 'models/food-business-license.csv', '--item', 'NOPE', '--out', '.tmp/run-test', '--lang', 'en'], io)).toBe(2);
    const text = io.errors.join('');
    expect(text).toContain('procopt: no item with code "NOPE" (事项编码) in the input\n');
    expect(text).not.toContain('internal error');
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('internal error (a failure inside a command): "internal error", the stack, status 2', async () => {
    const io = captureIo(() => {
      throw new Error('standard output broke');
    });
    expect(await runCli(['validate', 'models/food-business-license.csv', '--no-machine-check'], io, { PROCOPT_LANG: 'en' })).toBe(2);
    const text = io.errors.join('');
    expect(text).toContain('procopt: internal error: Error: standard output broke\n');
    expect(text).toMatch(/\n\s+at .*run\.test\.ts/);
  });

  it('internal error in zh-CN (the default): said in Chinese, the stack as it is', async () => {
    const io = captureIo(() => {
      throw new Error('standard output broke');
    });
    expect(await runCli(['validate', 'models/food-business-license.csv', '--no-machine-check'], io)).toBe(2);
    const text = io.errors.join('');
    expect(text).toContain('procopt: 内部错误（procopt 自身的缺陷，请将以下信息提供给维护人员）：Error: standard output broke\n');
    expect(text).toMatch(/\n\s+at .*run\.test\.ts/);
  });
});

describe('runCli language', () => {
  const unknownItem = ['model', 'models/food-business-license.csv', '--item', 'NOPE', '--out', '.tmp/run-test'];

  it('zh-CN is the default: the usage error is in Chinese', async () => {
    const io = captureIo();
    expect(await runCli(unknownItem, io)).toBe(2);
    expect(io.errors.join('')).toContain('procopt: 输入中没有事项编码为“NOPE”的事项\n');
  });

  it('--lang en (either spelling) and PROCOPT_LANG=en give English; --lang wins over PROCOPT_LANG', async () => {
    for (const [args, env] of [
      [[...unknownItem, '--lang', 'en'], {}],
      [[...unknownItem, '--lang=en'], {}],
      [unknownItem, { PROCOPT_LANG: 'en' }],
      [[...unknownItem, '--lang', 'en'], { PROCOPT_LANG: 'zh-CN' }],
    ] as const) {
      const io = captureIo();
      expect(await runCli(args, io, env)).toBe(2);
      expect(io.errors.join(''), args.join(' ')).toContain('procopt: no item with code "NOPE" (事项编码) in the input\n');
    }
    const io = captureIo();
    expect(await runCli([...unknownItem, '--lang', 'zh-CN'], io, { PROCOPT_LANG: 'en' })).toBe(2);
    expect(io.errors.join('')).toContain('输入中没有事项编码');
  });

  it('a language procopt does not write is a usage error naming the choices', async () => {
    for (const [args, env] of [
      [[...unknownItem, '--lang', 'fr'], {}],
      [unknownItem, { PROCOPT_LANG: 'de' }],
    ] as const) {
      const io = captureIo();
      expect(await runCli(args, io, env)).toBe(2);
      expect(io.errors.join('')).toMatch(/未知的语言“(fr|de)”.*zh-CN, en/);
    }
  });

  it('the help follows the language', async () => {
    const zh: string[] = [];
    expect(await runCli(['analyze', '--help'], captureIo((t) => void zh.push(t)))).toBe(0);
    expect(zh.join('')).toContain('为每个事项计算关键路径');
    expect(zh.join('')).toContain('示例：');
    const en: string[] = [];
    expect(await runCli(['analyze', '--help', '--lang', 'en'], captureIo((t) => void en.push(t)))).toBe(0);
    expect(en.join('')).toContain('critical path, findings and redesigned procedures');
    expect(en.join('')).not.toContain('示例：');
  });
});
