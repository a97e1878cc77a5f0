import { inject } from "vitest";

// Before any server module is imported: point them at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-0123456789";
process.env.NEXTAUTH_URL = inject("baseUrl");
// The server functions called in this process run on the stack's clock, as the served app does.
process.env.APP_SIMULATED_START ??= inject("clock");
