import { createServer } from "node:net";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, toErrorBody } from "@/server/errors";

/**
 * An officer's session read while the database is away (found by the fault tests,
 * tests/faults/run.mjs): next-auth catches whatever the jwt callback throws and answers "no
 * session", so an intake sent during a restart came back UNAUTHENTICATED («Vui lòng đăng
 * nhập.», not retryable) and a page sent the officer to sign in. The outage must reach the
 * caller as an outage (UNAVAILABLE, 503), and a session whose check failed is not a signed-out one.
 */

// This file's server modules talk to a port nothing listens on: the database is away.
const closedPort = await new Promise<number>((resolve) => {
  const server = createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});
process.env.DATABASE_URL = `postgresql://cchc:cchc@127.0.0.1:${closedPort}/away`;
delete (globalThis as { cchcDb?: unknown }).cchcDb;

const { authOptions } = await import("@/server/auth/options");
const { readSession } = await import("@/server/auth/session-token");

async function sessionWithDatabaseAway() {
  const token = await encode({ secret: process.env.NEXTAUTH_SECRET!, token: { uid: "some-officer", username: "canbo.mybinh", role: "OFFICER", unitId: "some-unit", name: "Cán bộ" } });
  const cookies: unknown[] = [];
  const req = { headers: {}, cookies: { "next-auth.session-token": token } };
  const res = { getHeader: () => undefined, setHeader: (_name: string, value: unknown) => cookies.push(value), setCookie: () => {} };
  // The (req, res, options) form runs the same session read as currentUser's; it also shows the cookies next-auth would set.
  const read = readSession(() => getServerSession(req as never, res as never, authOptions));
  return { read, cookies };
}

describe("a session read while the database is away", () => {
  it("fails as UNAVAILABLE (retryable), not as «no session»", async () => {
    const { read } = await sessionWithDatabaseAway();
    const error = await read.then(
      (session) => ({ session }),
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toErrorBody(error)).toMatchObject({ code: "UNAVAILABLE", retryAfterSeconds: 5 });
  });
});
