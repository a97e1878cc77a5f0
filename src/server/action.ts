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
import { db, type Db, type Tx } from "./db";
import { AppError, toErrorBody, type Result, type SubmittedValues } from "./errors";
import { parseInput } from "./validation";

/**
 * Who acts: the actor, or how to get it (a "use server" wrapper passes `currentActor`), so that
 * the session's check against the database runs inside the pipeline and a database that is away
 * is answered like any other failure, `{ ok: false }` with UNAVAILABLE, instead of a thrown 500.
 */
export type ActorSource = Actor | (() => Promise<Actor>);

/** "public": citizens without an account (rate limits and rules still apply). */
export type Access = Permission | "public";

/** The actor a handler is given: a signed-in user whenever the permission is not public. */
export type ActorOf<P extends Access> = P extends "public" ? Actor : UserActor;

export interface PipelineOptions {
  /** Defaults to the server clock (which honours APP_SIMULATED_START); tests pass their instant. */
  now?: Date;
}

export interface ActionContext<I, A extends Actor = Actor> {
  actor: A;
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

/**
 * What a handler returns, instead of its result, to answer with an error while keeping what
 * it wrote (a counted wrong guess): a thrown error would roll the count back.
 */
export class Refusal {
  constructor(readonly error: AppError) {}
}

export const refuse = (error: AppError): Refusal => new Refusal(error);

export interface ActionDefinition<S extends z.ZodType, O, P extends Access> {
  /** Also the audit action name, e.g. "dossier.receive". */
  name: string;
  input: S;
  permission: P;
  run: (ctx: ActionContext<z.output<S>, ActorOf<P>>) => Promise<ActionOutcome<O> | Refusal>;
  isolationLevel?: Prisma.TransactionIsolationLevel;
}

export type Action<S extends z.ZodType, O, P extends Access = Access> = ((actor: ActorSource, rawInput: unknown, options?: PipelineOptions) => Promise<Result<O>>) & {
  definition: ActionDefinition<S, O, P>;
};

export interface ReadContext<I, A extends Actor = Actor> {
  actor: A;
  input: I;
  /** The transaction when the read counts something, else the client. */
  db: Db | Tx;
  now: Date;
}

export interface ReadDefinition<S extends z.ZodType, O, P extends Access> {
  input: S;
  permission: P;
  /**
   * For a read that counts what it guards (a look-up's guesses in RateLimit): the count, the
   * read and the handler's own audit record of a wrong guess share one transaction, so nothing
   * is half-written; a Refusal returned by the handler commits them.
   */
  transaction?: boolean;
  run: (ctx: ReadContext<z.output<S>, ActorOf<P>>) => Promise<O | Refusal>;
}

const TRANSACTION = { timeout: 30_000, maxWait: 30_000 };

/**
 * The one pipeline, for writes (defineAction), reads and previews (defineRead): parse (zod)
 * → authorise (role permission; unit scope inside the handler through requireUnitScope) →
 * the handler's domain decision (and writes, in one transaction with the audit record) →
 * revalidate → a typed result with a Vietnamese message. Throw only for bugs.
 */
async function pipeline<S extends z.ZodType, P extends Access, O>(
  spec: { input: S; permission: P; name?: string },
  actor: ActorSource,
  rawInput: unknown,
  options: PipelineOptions | undefined,
  handle: (ctx: { actor: ActorOf<P>; input: z.output<S>; now: Date }) => Promise<O | Refusal>,
): Promise<Result<O>> {
  let who: Actor | undefined;
  try {
    const input = parseInput(spec.input, rawInput);
    who = typeof actor === "function" ? await actor() : actor;
    const out = await handle({ actor: authorise(who, spec.permission), input, now: options?.now ?? clockNow() });
    if (out instanceof Refusal) throw out.error;
    return { ok: true, data: out };
  } catch (error) {
    if (who && error instanceof AppError && error.code === "FORBIDDEN") await auditRefusal(who, spec, error);
    const values = submittedValues(rawInput);
    return { ok: false, error: toErrorBody(mapDatabaseError(error)), ...(values ? { values } : {}) };
  }
}

/**
 * A refused authorisation (role, unit scope, an unchanged given password) leaves a trace for the
 * administrator even though nothing was written: probing is visible in the log. Outside the
 * action's transaction, which has rolled back; what was asked for is not copied (it may carry a
 * password or a citizen's data). A failure to write it must not turn the refusal into a 500.
 */
async function auditRefusal(actor: Actor, spec: { permission: Access; name?: string }, error: AppError): Promise<void> {
  if (actor.kind !== "user") return;
  try {
    await writeAudit(db, actor, { action: "access.forbidden", entity: "Action", entityId: spec.name ?? spec.permission, unitId: actor.unitId, after: { permission: spec.permission, message: error.message } });
  } catch (auditError) {
    console.error("audit of a refusal failed", auditError);
  }
}

/**
 * The texts a form sent, returned with its error so that the form kit's fields show them again
 * (React renders a form's state into the page also when it was posted without JavaScript).
 * Passwords never travel back; files cannot be refilled.
 */
export function submittedValues(rawInput: unknown): SubmittedValues | undefined {
  if (typeof rawInput !== "object" || rawInput === null || Array.isArray(rawInput)) return undefined;
  const out: SubmittedValues = {};
  for (const [key, value] of Object.entries(rawInput)) {
    if (/password/i.test(key)) continue;
    if (typeof value === "string") out[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) out[key] = value;
  }
  return out;
}

function authorise<P extends Access>(actor: Actor, permission: P): ActorOf<P> {
  if (permission !== "public") {
    if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
    if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
    // An account created or reset by an administrator does nothing until its user has chosen a password.
    if (actor.mustChangePassword && permission !== "account.self") throw new AppError("FORBIDDEN", "Vui lòng đổi mật khẩu được cấp trước khi làm việc tiếp.");
  }
  return actor as ActorOf<P>;
}

/** A mutation: `run` decides and writes; its audit entries go in the same transaction. */
export function defineAction<S extends z.ZodType, O, P extends Access>(definition: ActionDefinition<S, O, P>): Action<S, O, P> {
  const action = (actor: ActorSource, rawInput: unknown, options?: PipelineOptions): Promise<Result<O>> =>
    pipeline(definition, actor, rawInput, options, async (ctx) => {
      const outcome = await db.$transaction(
        async (tx) => {
          const out = await definition.run({ ...ctx, tx });
          if (out instanceof Refusal) return out;
          for (const entry of [out.audit].flat()) await writeAudit(tx, ctx.actor, { ...entry, action: entry.action || definition.name });
          return out;
        },
        { isolationLevel: definition.isolationLevel, ...TRANSACTION },
      );
      if (outcome instanceof Refusal) return outcome;
      revalidate(outcome.revalidate);
      return outcome.data;
    });
  return Object.assign(action, { definition });
}

/** A read or a preview: the same parse, authorisation and errors; no audit, no revalidation. */
export function defineRead<S extends z.ZodType, O, P extends Access>(definition: ReadDefinition<S, O, P>) {
  return (actor: ActorSource, rawInput: unknown, options?: PipelineOptions): Promise<Result<O>> =>
    pipeline(definition, actor, rawInput, options, (ctx) =>
      definition.transaction ? db.$transaction((tx) => definition.run({ ...ctx, db: tx }), TRANSACTION) : definition.run({ ...ctx, db }),
    );
}

type StepAction = (actor: ActorSource, rawInput: unknown, options?: PipelineOptions) => Promise<Result<unknown>>;
type StepData<T extends Record<string, StepAction>> = { [K in keyof T]: Awaited<ReturnType<T[K]>> extends Result<infer O> ? O : never }[keyof T];

/**
 * A form naming one of several actions in its hidden "step" field. Only the listed names
 * run: any other value, a prototype key such as "constructor" or "__proto__" too, is refused
 * as VALIDATION before anything is read or written.
 */
export function defineSteps<T extends Record<string, StepAction>>(steps: T) {
  const byName = new Map<string, StepAction>(Object.entries(steps));
  return async (actor: ActorSource, rawInput: Record<string, unknown>, options?: PipelineOptions): Promise<Result<{ step: keyof T & string; data: StepData<T> }>> => {
    const step = rawInput.step;
    const action = typeof step === "string" ? byName.get(step) : undefined;
    if (typeof step !== "string" || !action) return { ok: false, error: toErrorBody(new AppError("VALIDATION", "Thao tác không hợp lệ.")), values: submittedValues(rawInput) };
    const result = await action(actor, rawInput, options);
    return result.ok ? { ok: true, data: { step: step as keyof T & string, data: result.data as StepData<T> } } : result;
  };
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
