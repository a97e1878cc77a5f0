import "server-only";
import { revalidatePath } from "next/cache";
import type { Route } from "next";
import { Prisma } from "@/generated/prisma/client";
import type { EveryPage } from "@/lib/paths";
import type { z } from "zod";
import { writeAudit, type AuditEntry } from "./audit/audit";
import type { Actor, UserActor } from "./auth/actor";
import { can, type Permission } from "./auth/permissions";
import { now as clockNow } from "./clock";
import { db, type Tx } from "./db";
import { AppError, toErrorBody, type Result } from "./errors";
import { fieldErrorsOf } from "./validation";

export interface ActionContext<I> {
  actor: Actor;
  input: I;
  tx: Tx;
  now: Date;
}

export interface ActionOutcome<O> {
  data: O;
  /** Written in the same transaction as the change. */
  audit: AuditEntry | AuditEntry[];
  /** Pages from src/lib/paths.ts; `layouts`: route patterns whose every page is revalidated. */
  revalidate?: { paths?: Route[]; layouts?: EveryPage[] };
}

export interface ActionDefinition<S extends z.ZodType, O> {
  /** Also the audit action name, e.g. "dossier.receive". */
  name: string;
  input: S;
  /** "public": citizens without an account (rate limits and rules still apply). */
  permission: Permission | "public";
  run: (ctx: ActionContext<z.output<S>>) => Promise<ActionOutcome<O>>;
  isolationLevel?: Prisma.TransactionIsolationLevel;
}

export type Action<S extends z.ZodType, O> = ((actor: Actor, rawInput: unknown, options?: { now?: Date }) => Promise<Result<O>>) & {
  definition: ActionDefinition<S, O>;
};

/**
 * The one mutation pipeline: parse (zod) → authorise (role permission; unit scope inside
 * `run` through requireScope) → domain decision and writes in one transaction with the
 * audit record → revalidate → typed result with a Vietnamese message. Throw only for bugs.
 */
export function defineAction<S extends z.ZodType, O>(definition: ActionDefinition<S, O>): Action<S, O> {
  const action = async (actor: Actor, rawInput: unknown, options?: { now?: Date }): Promise<Result<O>> => {
    try {
      const parsed = definition.input.safeParse(rawInput);
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error);
        const first = parsed.error.issues[0]?.message;
        throw new AppError("VALIDATION", first ? `Thông tin chưa hợp lệ: ${first}` : undefined, { fieldErrors });
      }
      if (definition.permission !== "public") {
        if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
        if (!can(actor.role, definition.permission)) throw new AppError("FORBIDDEN");
      }
      // The server clock (honours APP_SIMULATED_START for training and browser tests).
      const now = options?.now ?? clockNow();
      const outcome = await db.$transaction(
        async (tx) => {
          const out = await definition.run({ actor, input: parsed.data as z.output<S>, tx, now });
          for (const entry of [out.audit].flat()) await writeAudit(tx, actor, { ...entry, action: entry.action || definition.name });
          return out;
        },
        { isolationLevel: definition.isolationLevel, timeout: 30_000, maxWait: 30_000 },
      );
      revalidate(outcome.revalidate);
      return { ok: true, data: outcome.data };
    } catch (error) {
      return { ok: false, error: toErrorBody(mapDatabaseError(error)) };
    }
  };
  return Object.assign(action, { definition });
}

/** The unit must be inside the signed-in user's scope; never trust a unit id from the client. */
export function requireScope(actor: Actor, unitId: string): UserActor {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (!actor.scopeUnitIds.includes(unitId)) throw new AppError("FORBIDDEN", "Hồ sơ hoặc dữ liệu này thuộc đơn vị khác, bạn không có quyền thao tác.");
  return actor;
}

function mapDatabaseError(error: unknown): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return new AppError("CONFLICT", "Dữ liệu này đã tồn tại.");
    if (error.code === "P2025") return new AppError("NOT_FOUND");
    if (error.code === "P2034") return new AppError("CONFLICT", "Có thao tác khác cùng lúc, vui lòng thử lại.");
  }
  return error;
}

function revalidate(targets: ActionOutcome<unknown>["revalidate"]): void {
  if (!targets) return;
  try {
    for (const path of targets.paths ?? []) revalidatePath(path);
    for (const pattern of targets.layouts ?? []) revalidatePath(pattern, "layout");
  } catch (error) {
    // Outside a Next.js request (scripts, tests) there is no cache to revalidate.
    if (!(error instanceof Error && /static generation store|Invariant|outside a request scope/i.test(error.message))) throw error;
  }
}
