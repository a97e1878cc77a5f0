import type { TestProject } from "vitest/node";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { startTestStack } from "../../src/cli/test-stack.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    baseUrl: string;
    dbTarget: string;
    /** The instant the stack's seed and served app run at (see src/cli/test-stack.mjs). */
    clock: string;
  }
}

/**
 * One fresh, migrated and seeded database per run (PGlite in memory, or a new database on
 * the PostgreSQL server at TEST_POSTGRES_URL when TEST_DB=postgres), and the built app
 * served on it for the HTTP tests (TEST_SERVER=0 skips the server, for a quick run of the files
 * that call server functions directly).
 */
export default async function setup(project: TestProject) {
  const target = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
  const stack = await startTestStack({ target, postgresUrl: process.env.TEST_POSTGRES_URL, server: process.env.TEST_SERVER !== "0" });
  project.provide("databaseUrl", stack.databaseUrl);
  project.provide("baseUrl", stack.baseUrl ?? "http://127.0.0.1:9");
  project.provide("dbTarget", target);
  project.provide("clock", stack.clock);
  return async () => {
    await stack.stop();
  };
}
