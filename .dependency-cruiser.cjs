/**
 * The layers of src/, bottom first: a module may import only from its own folder and from folders
 * listed before it. Tests and test support sit outside the layers (they start whole apps).
 * `npx depcruise src` checks this, and that no import cycle exists, in CI.
 */
const layers = [
  'platform',
  'domains/import',
  'domains/documents',
  'domains/audit',
  'domains/org',
  'domains/plan',
  'domains/task',
  'domains/ledger',
  'domains/report',
  'domains/review',
  'domains/evidence',
  'domains/progress',
  'domains/info-work',
  'domains/grassroots',
  'domains/dashboard',
  'domains/cascade',
  'domains/table-export',
  'domains/bulletin',
  'domains/assessment',
  'domains/notify',
  'app',
  'cli',
];

const testCode = ['\\.test\\.ts$', '^src/test/', 'test-support\\.ts$'];

const downwardOnly = layers.slice(0, -1).map((layer, index) => ({
  name: `${layer.replace('domains/', '')}-imports-downward`,
  comment: `src/${layer} imports only from the layers before it`,
  severity: 'error',
  from: { path: `^src/${layer}/`, pathNot: testCode },
  to: { path: layers.slice(index + 1).map((above) => `^src/${above}/`) },
}));

module.exports = {
  forbidden: [
    ...downwardOnly,
    {
      name: 'no-circular',
      comment: 'no import cycles, between folders or inside one',
      severity: 'error',
      from: { pathNot: testCode },
      to: { circular: true },
    },
    {
      name: 'no-test-code-in-the-product',
      severity: 'error',
      from: { path: '^src/', pathNot: testCode },
      to: { path: testCode },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
