import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor, UserActor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { dossierStepAction } from "@/server/dossier/actions";
import { homeVisitStepAction } from "@/server/home-visit/actions";
import { sessionStepAction } from "@/server/listening-sessions/actions";
import { actorFor } from "./helpers";

// The "use server" dispatchers read the signed-in user from the session; here it is the officer.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/session", () => ({ currentActor: async () => session.actor }));
// Next's navigation needs a request; a redirect (a step that succeeded) would fail the test loudly.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`unexpected redirect to ${url}`);
  },
}));

let officer: UserActor;

beforeAll(async () => {
  officer = await actorFor("canbo.andung");
  session.actor = officer;
});

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) fd.append(name, value);
  return fd;
}

/** Names an attacker may post as "step": members of every plain object, not steps. */
const NOT_STEPS = ["constructor", "__proto__", "valueOf", "toString", "hasOwnProperty", "isPrototypeOf", "toLocaleString", "", "unknown"];

interface Dispatcher {
  name: string;
  action: (prev: null, fd: FormData) => Promise<unknown>;
  ids: () => Promise<Record<string, string>>;
  known: Record<string, string>;
  notFound: string;
}

const dispatchers: Dispatcher[] = [
  {
    name: "the dossier lifecycle",
    action: dossierStepAction,
    ids: async () => ({ dossierId: (await db.dossier.findFirstOrThrow({ select: { id: true } })).id }),
    // A real step on a missing dossier: dispatched, then refused by the step itself.
    known: { step: "start", dossierId: "khong-co-ho-so-nay" },
    notFound: "Không tìm thấy hồ sơ.",
  },
  {
    name: "home-visit requests",
    action: homeVisitStepAction,
    ids: async () => ({ requestId: (await db.homeVisitRequest.findFirstOrThrow({ select: { id: true } })).id, reason: "Thử" }),
    known: { step: "decline", requestId: "khong-co-yeu-cau-nay", reason: "Thử" },
    notFound: "Không tìm thấy yêu cầu đến nhà.",
  },
  {
    name: "listening sessions",
    action: sessionStepAction,
    ids: async () => ({ sessionId: (await db.listeningSession.findFirstOrThrow({ select: { id: true } })).id, minutes: "Thử" }),
    known: { step: "hold", sessionId: "khong-co-buoi-nay", minutes: "Thử" },
    notFound: "Không tìm thấy buổi lắng nghe.",
  },
];

describe.each(dispatchers)("the step dispatcher of $name", ({ action, ids, known, notFound }) => {
  it("refuses a prototype member or an unknown name as «step» with VALIDATION, and writes nothing", async () => {
    const fields = await ids();
    const audits = await db.auditLog.count();
    const events = await db.dossierEvent.count();
    for (const step of NOT_STEPS) {
      const posted = { ...fields, step, unitSlug: "xa-an-dung" };
      const result = await action(null, form(posted));
      // The refusal hands back what was posted, so the form shows it again.
      expect(result, step).toEqual({ ok: false, error: { code: "VALIDATION", message: "Thao tác không hợp lệ." }, values: posted });
    }
    // No step at all is refused the same way.
    expect(await action(null, form(fields))).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await db.auditLog.count()).toBe(audits);
    expect(await db.dossierEvent.count()).toBe(events);
  });

  it("still runs the steps it lists", async () => {
    expect(await action(null, form(known))).toEqual({ ok: false, error: { code: "NOT_FOUND", message: notFound }, values: known });
  });
});
