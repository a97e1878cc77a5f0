import { inject } from "vitest";

// Before any server module is imported: point them at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-0123456789";
process.env.NEXTAUTH_URL = inject("baseUrl");
