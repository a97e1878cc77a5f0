import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { actorFor } from "./helpers";

/**
 * The server-action fuzzer (issue #19, finding 8 and acceptance 2): every exported function of
 * every "use server" module, called as a client could call it — the root part a string, an
 * array, a number, null, a plain object, a form with prototype keys or wrong types — by the
 * administrator (so authorisation hides nothing) and by a citizen without an account. Each must answer
 * with a refusal, never throw and never an INTERNAL error, and nothing is written.
 */
const session = vi.hoisted(() => ({ actor: { kind: "public", ip: "198.51.100.250" } as Actor }));
vi.mock("@/server/auth/session", async (original) => ({
  ...(await original<typeof import("@/server/auth/session")>()),
  currentActor: async () => session.actor,
  requestIp: async () => "198.51.100.250",
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`unexpected redirect to ${url}`);
  },
  notFound: () => {
    throw new Error("unexpected notFound");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

function actionModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return actionModules(path);
    return /\.tsx?$/.test(name) && /^["']use server["']/.test(readFileSync(path, "utf8").trimStart()) ? [path] : [];
  });
}

function form(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) fd.append(name, v);
  return fd;
}

const hostile = {
  prototypeKeys: () => form({ step: "constructor", __proto__: "x", constructor: "x", toString: "x", valueOf: "x", hasOwnProperty: "x" }),
  wrongTypes: () => form({ id: ["a", "b"], planId: "'; DROP TABLE \"Unit\";--", unitId: "0".repeat(5000), date: "2025-02-30", dueOn: "abc", count: "-1e309", step: "__proto__", intent: "submit", payload: "{\"broken\":" }),
  empty: () => new FormData(),
};

/** The arguments a client can send: (previous state, root part), or fewer. */
const argumentSets: [string, () => unknown[]][] = [
  ["a string root", () => [null, "x"]],
  ["an array root", () => [null, []]],
  ["a number root", () => [null, 42]],
  ["a null root", () => [null, null]],
  ["a plain object root", () => [null, { step: "constructor", id: "x" }]],
  ["no arguments", () => []],
  ["one string argument", () => ["x"]],
  ["an empty form", () => [null, hostile.empty()]],
  ["prototype keys", () => [null, hostile.prototypeKeys()]],
  ["wrong types", () => [null, hostile.wrongTypes()]],
];

async function writes(): Promise<number> {
  // Every mutation writes its audit row in its own transaction; refusals are recorded apart.
  return db.auditLog.count({ where: { action: { notIn: ["access.forbidden", "auth.signin_failed"] } } });
}

describe("every server action refuses malformed calls", () => {
  const modules = actionModules(join(process.cwd(), "src"));
  let admin: Actor;
  beforeAll(async () => {
    admin = await actorFor("quantri");
  });

  it("finds the action modules", () => {
    expect(modules.length).toBeGreaterThanOrEqual(17);
  });

  for (const path of modules) {
    const name = relative(process.cwd(), path);
    it(name, async () => {
      const mod = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
      const actions = Object.entries(mod).filter((e): e is [string, (...args: unknown[]) => Promise<unknown>] => typeof e[1] === "function");
      expect(actions.length, name).toBeGreaterThan(0);
      const before = await writes();
      const problems: string[] = [];
      for (const who of [admin, { kind: "public", ip: "198.51.100.250" } as Actor]) {
        session.actor = who;
        for (const [exportName, action] of actions) {
          for (const [label, args] of argumentSets) {
            const where = `${exportName}(${label}) as ${who.kind === "user" ? "quantri" : "a citizen"}`;
            try {
              const out = (await action(...args())) as { ok?: boolean; error?: { code?: string } } | undefined;
              if (out && typeof out === "object" && "ok" in out) {
                if (out.ok) problems.push(`${where}: accepted`);
                else if (out.error?.code === "INTERNAL") problems.push(`${where}: INTERNAL`);
              }
            } catch (error) {
              problems.push(`${where}: threw ${(error as Error).message.slice(0, 120)}`);
            }
          }
        }
      }
      expect(problems).toEqual([]);
      expect(await writes(), name).toBe(before);
    });
  }
});
