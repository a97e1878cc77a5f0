import { inject } from "vitest";
import type { UserActor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { unitSubtreeIds } from "@/server/auth/scope";
import { homeVisitOptions } from "@/server/home-visit/public-queries";
import { loadPublicUnit } from "@/server/public/context";

export const baseUrl = () => inject("baseUrl");

const clockAnchor = Date.now();
/**
 * The stack's clock: the instant the seed and the served app run at (TEST_NOW, else a fixed
 * day), advancing in real time. Tests compare with this, never with the machine's date.
 */
export function testNow(): Date {
  return new Date(new Date(inject("clock")).getTime() + (Date.now() - clockAnchor));
}

/**
 * The home-visit dates the engine offers a unit's citizens at `now` with at least `places`
 * places left, in order — what a test that needs a free slot books, instead of naming a date
 * that the seeded history (or an earlier test) may have filled.
 */
export async function freeHomeVisitDates(unitSlug: string, now: Date, places = 1): Promise<string[]> {
  const ctx = await loadPublicUnit(unitSlug);
  if (!ctx) throw new Error(`No unit ${unitSlug}`);
  const options = await homeVisitOptions(ctx, now);
  const dates = options.dates.filter((d) => d.remaining === null || d.remaining >= places).map((d) => d.date);
  if (dates.length === 0) throw new Error(`${unitSlug}: no home-visit date with ${places} free places at ${now.toISOString()}`);
  return dates;
}

/** The actor of a seeded user, as the session layer would build it. */
export async function actorFor(username: string): Promise<UserActor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  return {
    kind: "user",
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    unitId: u.unitId,
    scopeUnitIds: u.unitId ? await unitSubtreeIds(db, u.unitId) : [],
  };
}

export async function unitIdByKey(key: string): Promise<string> {
  return (await db.unit.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;
}

/** A tiny cookie jar over fetch, enough for next-auth's credentials flow. */
export class HttpSession {
  private cookies = new Map<string, string>();
  constructor(readonly base = baseUrl()) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  private header(): string {
    return [...this.cookies.entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(new URL(path, this.base), { ...init, redirect: "manual", headers: { ...(init.headers ?? {}), cookie: this.header() } });
    this.store(res);
    return res;
  }

  /** next-auth credentials sign-in: csrf token, then the callback; returns the callback response. */
  async signIn(username: string, password: string, ip = "203.0.113.10"): Promise<{ ok: boolean; error: string | null }> {
    const csrfRes = await this.fetch("/api/auth/csrf");
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, username, password, callbackUrl: `${this.base}/dang-nhap/chuyen-huong`, json: "true" });
    const res = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    });
    // With json=true next-auth answers {url}; without, a redirect. Either carries ?error=….
    const target = res.headers.get("content-type")?.includes("json") ? ((await res.json()) as { url: string }).url : (res.headers.get("location") ?? "");
    const error = new URL(target, this.base).searchParams.get("error");
    return { ok: !error && this.cookies.has("next-auth.session-token"), error };
  }
}
