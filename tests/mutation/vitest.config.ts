import { defineConfig } from "vitest/config";
import root from "../../vitest.config";

/**
 * The unit project of the root config on its own: Stryker's vitest runner starts every
 * project of the config it is given, and the integration project would build a database.
 */
const unit = root.test?.projects?.find((p) => typeof p === "object" && "test" in p && p.test?.name === "unit");
if (!unit || typeof unit !== "object" || !("test" in unit)) throw new Error("vitest.config.ts has no unit project");

export default defineConfig({
  root: new URL("../..", import.meta.url).pathname,
  resolve: root.resolve,
  ssr: root.ssr,
  // Instrumented code runs several times slower: the property tests need more than 5 s.
  test: { ...unit.test, name: undefined, testTimeout: 60_000, setupFiles: ["tests/mutation/setup.ts"] },
});
