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
    expect(await runCli(['model', 'models/food-business-license.csv', '--item', 'NOPE', '--out', '.tmp/run-test'], io)).toBe(2);
    const text = io.errors.join('');
    expect(text).toContain('procopt: no item with code "NOPE" (事项编码) in the input\n');
    expect(text).not.toContain('internal error');
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('internal error (a failure inside a command): "internal error", the stack, status 2', async () => {
    const io = captureIo(() => {
      throw new Error('standard output broke');
    });
    expect(await runCli(['validate', 'models/food-business-license.csv', '--no-machine-check'], io)).toBe(2);
    const text = io.errors.join('');
    expect(text).toContain('procopt: internal error: Error: standard output broke\n');
    expect(text).toMatch(/\n\s+at .*run\.test\.ts/);
  });
});
