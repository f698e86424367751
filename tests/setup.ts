// Global fast-check settings: FC_RUNS / FC_SEED reproduce a run; CI runs more cases.
import fc from 'fast-check';

fc.configureGlobal({
  numRuns: Number(process.env.FC_RUNS ?? (process.env.CI ? 200 : 100)),
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
  interruptAfterTimeLimit: 30_000,
  markInterruptAsFailure: true,
});
