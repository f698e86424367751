// Top self-time functions per phase from a V8 `.cpuprofile` (node --cpu-prof). Each sample is
// assigned to the phase whose [start, end] mark (µs of the monotonic clock, as V8 stamps samples)
// contains its timestamp; self time is the sample interval charged to the sampled node.

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** The parts of V8's CPU profile format used here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A phase window, as measure-phases.js prints it. */
export interface PhaseMark {
  phase: string;
  startUs: number;
  endUs: number;
}

/** Self time of one function within one phase. */
export interface HotSpot {
  phase: string;
  fn: string;
  selfMs: number;
  share: number;
}

/** Self time per function within each phase, the `top` largest per phase. */
export function summarizeProfile(profile: CpuProfile, marks: readonly PhaseMark[], root: string, top = 8): HotSpot[] {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byPhase = new Map<string, Map<string, number>>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    const phase = marks.find((m) => t >= m.startUs && t <= m.endUs)?.phase;
    if (phase === undefined) return;
    const frame = frames.get(id);
    if (frame === undefined) return;
    const where = frame.url === '' ? '' : ` ${relative(root, frame.url.replace(/^file:\/\//, ''))}:${frame.lineNumber + 1}`;
    const key = `${frame.functionName === '' ? '(anonymous)' : frame.functionName}${where}`;
    const fns = byPhase.get(phase) ?? new Map<string, number>();
    fns.set(key, (fns.get(key) ?? 0) + dt / 1000);
    byPhase.set(phase, fns);
  });
  const out: HotSpot[] = [];
  for (const mark of marks) {
    const fns = byPhase.get(mark.phase);
    if (fns === undefined) continue;
    const total = [...fns.values()].reduce((a, b) => a + b, 0);
    const sorted = [...fns.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [fn, selfMs] of sorted) out.push({ phase: mark.phase, fn, selfMs, share: selfMs / total });
  }
  return out;
}

/**
 * CLI: `node --import tsx scripts/bench/summarize-profile.ts PROFILE [RUN.json|-] [TOP]`. RUN.json is
 * measure-phases.js output (its last line holds the marks); `-` or none treats the whole profile as one phase.
 */
if (process.argv[1]?.endsWith('summarize-profile.ts') === true) {
  const [profilePath, marksPath, top] = process.argv.slice(2);
  if (profilePath === undefined) throw new Error('usage: summarize-profile.ts PROFILE.cpuprofile [RUN.json|-] [TOP]');
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const whole: PhaseMark = { phase: 'whole run', startUs: -Infinity, endUs: Infinity };
  const run =
    marksPath === undefined || marksPath === '-'
      ? { marks: [whole] }
      : (JSON.parse(readFileSync(marksPath, 'utf8').trim().split('\n').at(-1) ?? '{}') as { marks: PhaseMark[] });
  let phase = '';
  for (const h of summarizeProfile(profile, run.marks, process.cwd(), Number(top ?? 8))) {
    if (h.phase !== phase) {
      phase = h.phase;
      const m = run.marks.find((x) => x.phase === phase);
      const span = m === undefined || !Number.isFinite(m.endUs - m.startUs) ? '' : ` (${((m.endUs - m.startUs) / 1000).toFixed(0)} ms)`;
      process.stdout.write(`\n## ${phase}${span}\n`);
    }
    process.stdout.write(`${h.selfMs.toFixed(0).padStart(7)} ms ${(h.share * 100).toFixed(1).padStart(5)} %  ${h.fn}\n`);
  }
}
