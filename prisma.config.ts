// Prisma CLI configuration: the WASM/JS schema engine through @prisma/adapter-pg, so that
// nothing downloads a native engine (see docs/decisions/002-prisma-js-engine.md).
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set (src/cli/start.mjs sets it for the embedded database).");
    // allowExitOnIdle: without it every CLI call waits for idle connections before exiting.
    return new PrismaPg({ connectionString, allowExitOnIdle: true });
  },
});
