// Terminal injection: cell text holding escape sequences (retitle the window, erase the line above,
// hide text) must reach neither stdout nor stderr as control characters. Messages show them escaped
// (`\x1b` as four characters); documents written to stdout make them inert in their own format
// (JSON `\u001b`, U+FFFD in Markdown and CSV).

import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalIo, type Io, type Tone } from '../../src/cli/io.js';
import { procopt } from './run-cli.js';

const TITLE = '\x1b]0;pwned\x07'; // sets the terminal window's title
const ERASE = '\x1b[2K\x1b[1A'; // erases the line, moves up one
const HIDE = '\x1b[8m'; // hidden text from here on
const HEADER = 'item_code,item_name,step_id,step_name,department,role,duration_days,predecessors';
/** Item X is analysed (with a warning quoting a bad duration); item Y is left out (an unknown predecessor). */
const HOSTILE = [
  HEADER,
  `X${HIDE}1,事项${TITLE},S1,受理${ERASE}all good: 0 errors,窗口${HIDE},受理,1,`,
  `X${HIDE}1,事项${TITLE},S2,转办${TITLE},窗口,流转,0,S1`,
  `X${HIDE}1,事项${TITLE},S3,审批${HIDE},审批科,审批,-3${ERASE},S2`,
  `Y${TITLE}2,坏事项,S1,受理,窗口,受理,1,S9${HIDE}`,
  '',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'procopt-terminal-'));
chmodSync(dir, 0o755);
const file = join(dir, 'hostile.csv');
writeFileSync(file, HOSTILE);

/** Any C0 control but tab and line feed, DEL or a C1 control. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function expectInert(run: { stdout: string; stderr: string }): void {
  // CSV documents end their lines with CR LF (RFC 4180).
  expect(run.stdout.replace(/\r\n/g, '\n')).not.toMatch(RAW_CONTROL);
  expect(run.stderr).not.toMatch(RAW_CONTROL);
  // The forged line never starts a line of its own.
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^all good/m);
}

describe('hostile cell text on the command line', () => {
  it('terminal-validate: diagnostics and the summary show the sequences escaped', () => {
    const r = procopt(['validate', file]);
    expectInert(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(String.raw`${file}:4: warning: duration_days: item X\x1b[8m1, step S3: duration (办理时限) "-3\x1b[2K\x1b[1A" is not a duration`);
    expect(r.stderr).toContain(String.raw`${file}:5: predecessors: item Y\x1b]0;pwned\x072, step S1: predecessor (前置环节) "S9\x1b[8m" is not a step of this item (UNKNOWN_STEP)`);
    expect(r.stdout).toBe(String.raw`1 item ok, 1 left out, 1 error, 1 warning, left out: Y\x1b]0;pwned\x072` + '\n');
  });

  it.each([
    ['json', (out: string) => expect(out).toContain('X\\u001b[8m1')],
    ['md', (out: string) => expect(out).toContain('X\ufffd\\[8m1')],
    ['csv', (out: string) => expect(out).toContain('X\ufffd[8m1')],
  ])('terminal-analyze-%s: the document on stdout holds no control character', (format, check) => {
    const r = procopt(['analyze', file, '--format', format]);
    expectInert(r);
    expect(r.status).toBe(1);
    check(r.stdout);
  });

  it('terminal-error-message: a usage error quoting the item code shows it escaped', () => {
    const r = procopt(['model', file, '--item', `Y${TITLE}2`, '--out', join(dir, 'machines')]);
    expectInert(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(String.raw`procopt: item Y\x1b]0;pwned\x072 has input errors and was left out; fix them first (see above)` + '\n');
  });

  it('terminal-commander: an unknown option spelled with escapes is shown escaped', () => {
    const r = procopt(['validate', file, `--x${ERASE}`]);
    expectInert(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(String.raw`--x\x1b[2K\x1b[1A`);
  });
});

describe('terminalIo', () => {
  const capture = (errIsTty: boolean) => {
    const err: string[] = [];
    const out: string[] = [];
    const io: Io = { out: (t) => void out.push(t), outBytes: () => undefined, err: (t) => void err.push(t), errIsTty };
    return { io: terminalIo(io), err, out };
  };

  it('escapes control characters and bidirectional overrides, keeps line feeds, tabs and Chinese', () => {
    const { io, err, out } = capture(false);
    io.err(`审批${TITLE}\t\r\u202e\u0085x\n第二行\n`);
    io.out(`受理${HIDE}\n`);
    expect(err).toEqual([String.raw`审批\x1b]0;pwned\x07` + '\t' + String.raw`\r\u202e\x85x` + '\n第二行\n']);
    expect(out).toEqual([String.raw`受理\x1b[8m` + '\n']);
  });

  it.each<Tone>(['error', 'warning'])('colours (%s) only its own sequences, after escaping, line by line', (tone) => {
    const { io, err } = capture(true);
    io.err(`a${ERASE}\nb\n`, tone);
    // Whether colours are on depends on the environment; either way no escape but a colour's.
    // eslint-disable-next-line no-control-regex
    const rest = err.join('').replace(/\x1b\[(3[13]|39)m/g, '');
    expect(rest).toBe(String.raw`a\x1b[2K\x1b[1A` + '\nb\n');
  });

  it('leaves documents (outBytes) byte for byte', () => {
    const chunks: Uint8Array[] = [];
    const io = terminalIo({ out: () => undefined, outBytes: (b) => void chunks.push(b), err: () => undefined, errIsTty: false });
    const bytes = Buffer.from(`"X\\u001b"`, 'utf8');
    io.outBytes(bytes);
    expect(chunks).toEqual([bytes]);
  });
});
