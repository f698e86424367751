// --roles FILE on every command, as a child process: a centre's own type words are read before the
// table's (会办 is then review, not an unknown word); a bad roles file stops the run with exit 2 and
// its problems located at file:line: column.

import { describe, expect, it } from 'vitest';
import { procopt } from './run-cli.js';

const FIX = 'tests/fixtures/cli';
const ITEM = `${FIX}/centre-words.csv`;
const WORDS = `${FIX}/our-words.csv`;
const BAD = `${FIX}/our-words-bad.csv`;

/** The roles of W-1's steps in `analyze --format json --steps`. */
function rolesOf(stdout: string): [string, string][] {
  const json = JSON.parse(stdout) as { items: { steps: { id: string; role: string }[] }[] };
  return json.items[0]!.steps.map((s) => [s.id, s.role]);
}

describe('--roles FILE', () => {
  it('without it, an unknown word is a warning and the step is other (the item is kept)', () => {
    const r = procopt(['validate', ITEM]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${ITEM}:3: warning: role: item W-1, step S2: unknown type word (环节类型) "会办"`);
    expect(r.stderr).toContain(`${ITEM}:4: warning: role: item W-1, step S3: unknown type word (环节类型) "签章"`);
    expect(rolesOf(procopt(['analyze', ITEM, '--steps']).stdout)).toEqual([['S1', 'accept'], ['S2', 'other'], ['S3', 'other'], ['S4', 'deliver']]);
  });

  it("with it, the centre's words are read first (role names or table words), in this thread and on workers", () => {
    const r = procopt(['validate', ITEM, '--roles', WORDS]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('UNKNOWN_ROLE');
    expect(r.stdout).toMatch(/^1 item ok, 0 left out, 0 errors, 0 warnings/);
    const expected = [['S1', 'accept'], ['S2', 'review'], ['S3', 'approve'], ['S4', 'deliver']];
    expect(rolesOf(procopt(['analyze', ITEM, '--steps', '--roles', WORDS, '--workers', '0']).stdout)).toEqual(expected);
    expect(rolesOf(procopt(['analyze', ITEM, '--steps', '--roles', WORDS, '--workers', '1']).stdout)).toEqual(expected);
  });

  it('a role name not in the table stops the run: exit 2, located at file:line: column, nothing analysed', () => {
    for (const command of [['validate'], ['analyze'], ['model', '--item', 'W-1'], ['diagram', '--item', 'W-1', '--out', 'unused.svg'], ['report', '--out', 'unused-report']]) {
      const r = procopt([command[0]!, ITEM, ...command.slice(1), '--roles', BAD]);
      expect(r.status, command[0]).toBe(2);
      expect(r.stderr).toContain(`${BAD}:2: role: "签字" (for the word "签章") is not a role of the table`);
      expect(r.stderr).toContain('(BAD_ROLES_FILE)');
      expect(r.stderr).toContain(`procopt: the roles file ${BAD} has 1 problem (above)`);
      expect(r.stdout).toBe('');
    }
  });

  it('a roles file that cannot be read is a usage error too', () => {
    const r = procopt(['validate', ITEM, '--roles', 'no/such/words.csv']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no/such/words.csv: cannot read the file: no such file (UNREADABLE_FILE)');
  });

  it('every command offers --roles', () => {
    for (const command of ['validate', 'model', 'analyze', 'diagram', 'report']) {
      expect(procopt([command, '--help']).stdout, command).toContain('--roles <file>');
    }
  });
});
