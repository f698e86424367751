// Module boundaries (README, Project layout), checked mechanically: the pipeline order is
// domain → graph, workers, calendar, stats, i18n (helpers) → import → model → conformance → analyze → report → pipeline → cli.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-leaf',
      comment: 'src/domain holds types and errors only: it imports nothing from other stages.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(?!domain/)' },
    },
    {
      name: 'graph-is-helper',
      comment: 'src/graph is a small helper library: only domain.',
      severity: 'error',
      from: { path: '^src/graph/' },
      to: { path: '^src/(?!domain/|graph/)' },
    },
    {
      name: 'workers-is-helper',
      comment: 'src/workers is a small helper (the worker_threads pool): it knows no stage.',
      severity: 'error',
      from: { path: '^src/workers/' },
      to: { path: '^src/(?!domain/|workers/)' },
    },
    {
      name: 'calendar-is-helper',
      comment: 'src/calendar is a helper (civil dates, working days, the holiday table): only domain, and i18n for the words of its errors.',
      severity: 'error',
      from: { path: '^src/calendar/' },
      to: { path: '^src/(?!domain/|calendar/|i18n/)' },
    },
    {
      name: 'i18n-is-helper',
      comment: 'src/i18n holds the message catalogues (what procopt says to people, per language): only domain.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(?!domain/|i18n/)' },
    },
    {
      name: 'stats-is-helper',
      comment: 'src/stats is a domain-free helper (PERT, seeded sampling, quantiles, Monte Carlo on index arrays).',
      severity: 'error',
      from: { path: '^src/stats/' },
      to: { path: '^src/(?!stats/)' },
    },
    {
      name: 'import-stage',
      comment: 'import reads bytes and text; it uses nothing after it.',
      severity: 'error',
      from: { path: '^src/import/' },
      to: { path: '^src/(model|conformance|analyze|report|cli|pipeline)' },
    },
    {
      name: 'model-stage',
      comment: 'model builds graphs and machines from procedures; it uses no later stage.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^src/(import|conformance|analyze|report|cli|pipeline)' },
    },
    {
      name: 'conformance-stage',
      comment: 'conformance replays case logs on the model\'s steppers and measures observed times; it uses no later stage and no file.',
      severity: 'error',
      from: { path: '^src/conformance/' },
      to: { path: '^src/(import|analyze|report|cli|pipeline)' },
    },
    {
      name: 'analyze-stage',
      comment: 'analyze works on procedures and step graphs; it uses no later stage.',
      severity: 'error',
      from: { path: '^src/analyze/' },
      to: { path: '^src/(import|conformance|report|cli|pipeline)' },
    },
    {
      name: 'report-reads-plain-results',
      comment:
        'report renders the plain AnalysisResult: no XState, no step graphs or machines (model), no analysis objects, no import. ' +
        'It may run the domain-free algorithms of graph/ on arrays it builds itself (CPM for a candidate\'s schedule).',
      severity: 'error',
      from: { path: '^src/report/' },
      to: { path: '^src/(?!domain/|graph/|workers/|i18n/|report/)|^node_modules/(xstate|@xstate)' },
    },
    {
      name: 'only-cli-uses-the-pipeline-entry',
      severity: 'error',
      from: { path: '^src/(?!cli/|pipeline/)' },
      to: { path: '^src/(cli|pipeline)/' },
    },
    {
      name: 'earlier-stages-only-through-index',
      comment: 'A stage imports another stage only through its index.ts (its public API).',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/(import|model|conformance|analyze|report|graph|workers|calendar|stats|i18n|pipeline)/(?!index\\.ts$)', pathNot: '^src/$1/' },
    },
    {
      name: 'fs-only-in-import-and-cli',
      comment: 'Only import/ and cli/ touch the file system.',
      severity: 'error',
      from: { path: '^src/(?!import/|cli/)' },
      to: { path: '^(fs|node:fs|fs/promises|node:fs/promises)$', dependencyTypes: ['core'] },
    },
    {
      name: 'process-only-in-cli',
      comment: 'Only cli/ touches process (child_process included).',
      severity: 'error',
      from: { path: '^src/(?!cli/)' },
      to: { path: '^(node:)?(process|child_process)$', dependencyTypes: ['core'] },
    },
    {
      name: 'worker-entries-are-not-imported',
      comment: 'A *-worker.ts module registers its task handler when loaded: import it only as a type.',
      severity: 'error',
      from: {},
      to: { path: '-worker\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only imports included: shared types live in leaf modules.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
