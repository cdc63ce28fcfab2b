/**
 * The layers of src/, bottom first: a module may import only from its own folder and from folders
 * listed before it. Tests and test support sit outside the layers (they start whole apps).
 * `npm run lint:deps` checks this, that no import cycle exists and that the web app does not
 * import the server's modules, in CI. There is no list of exceptions.
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
  'domains/progress',
  'domains/evidence',
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
      name: 'web-only-over-http',
      comment: 'the browser app reaches the server only over HTTP, never through its modules',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/' },
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
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      conditionNames: ['import', 'require', 'node', 'default'],
      exportsFields: ['exports'],
    },
  },
};
