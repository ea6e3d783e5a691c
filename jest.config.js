// jest runs the TypeScript sources as ESM through ts-jest, as the typescript-action template does,
// in two projects: `unit` (the sources, in process) and `e2e` (the bundle in dist/, run as the
// runner runs it; its global setup rebuilds dist/ first when the sources changed). `npm test`
// runs both; `npm test -- --selectProjects unit` runs one.
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  }
}
const E2E = ['<rootDir>/__tests__/e2e/', '<rootDir>/__tests__/properties/']

export default {
  // A global option: a project's own testTimeout is not read when projects are listed.
  testTimeout: 60000,
  // Once, before any test of either project: the programs the tests run besides Node.
  globalSetup: '<rootDir>/__tests__/prerequisites.mjs',
  collectCoverageFrom: ['src/**/*.ts'],
  verbose: false,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...E2E]
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: E2E.map((folder) => `${folder}**/*.test.ts`),
      globalSetup: '<rootDir>/__tests__/e2e/fresh-dist.mjs'
    }
  ]
}
