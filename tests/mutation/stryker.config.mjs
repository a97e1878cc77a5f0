// Mutation testing of the pure rules (`npm run test:mutation`; not part of `npm test`).
// Run from the repository root: Stryker copies the working tree into .stryker-tmp/ and
// writes its report to reports/mutation/ (both ignored by git).
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "tests/mutation/vitest.config.ts", related: false },
  mutate: ["src/domain/schedule/**/*.ts", "src/domain/report/**/*.ts"],
  coverageAnalysis: "perTest",
  // A static mutant (a module-level constant: citations, labels, tables) can only be tested by
  // reloading every module and running the whole suite, about 20 s each here; the ~650 of them
  // would take hours on the project's 2-core machine. They are reported as ignored, and the
  // score counts the others.
  ignoreStatic: true,
  // The machine is shared: one test runner at a time.
  concurrency: 1,
  // src/generated (the Prisma client) is not used by the unit tests.
  ignorePatterns: ["/.next", "/data", "/src/generated", "/docs", "/public", "/bench", "/tests/e2e", "/tests/integration", "/test-results", "/playwright-report"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  incrementalFile: "reports/mutation/incremental.json",
  tempDirName: ".stryker-tmp",
  thresholds: { high: 90, low: 85, break: 85 },
};

export default config;
