import "server-only";
import { lookupKeys, type LookupProofKind } from "@/domain/dossier/lookup-throttle";
import { normalizeCode } from "@/domain/dossier/code";
import { refuse, type Refusal } from "../action";
import { writeAudit } from "../audit/audit";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { claimAttempt, settleAttempt } from "../rate-limit";
import { fields, z } from "../validation";

/**
 * The fields by which a citizen proves a dossier or a home-visit request is theirs: the code
 * and the phone's last 4 digits, or the whole phone number (asked for once a code's 4-digit
 * checks are used up, src/domain/dossier/lookup-throttle.ts). With both, the whole number counts.
 */
export const proofFields = {
  code: z
    .string({ error: "Vui lòng nhập mã hồ sơ." })
    .trim()
    .min(4, "Vui lòng nhập mã hồ sơ.")
    .max(40, "Mã hồ sơ không hợp lệ.")
    .regex(/^[A-Za-z0-9 _–—-]+$/, "Mã hồ sơ chỉ gồm chữ cái, chữ số và dấu gạch ngang."),
  phoneLast4: z
    .string({ error: "Vui lòng nhập 4 số cuối điện thoại." })
    .trim()
    .regex(/^\d{4}$/, "Nhập đúng 4 chữ số cuối của số điện thoại đã khai khi nộp.")
    .optional(),
  phone: z
    .string({ error: "Vui lòng nhập số điện thoại." })
    .pipe(fields.phone)
    .optional()
    .meta({ description: "Số điện thoại đầy đủ đã khai khi nộp (10 chữ số, bắt đầu bằng 0): cần khi mã đã bị nhập sai 4 số cuối nhiều lần" }),
};

/** One of the two proofs must be given. */
export function requireProof(value: { phoneLast4?: string; phone?: string }, ctx: z.RefinementCtx): void {
  if (value.phoneLast4 === undefined && value.phone === undefined) ctx.addIssue({ code: "custom", path: ["phoneLast4"], message: "Vui lòng nhập 4 số cuối điện thoại." });
}

export interface Proof {
  kind: LookupProofKind;
  /** The 4 digits, or the whole number as 10 digits. */
  value: string;
}

export function proofOf(input: { phoneLast4?: string; phone?: string }): Proof {
  return input.phone !== undefined ? { kind: "phone", value: input.phone } : { kind: "digits", value: input.phoneLast4 ?? "" };
}

/** Does the phone on record match? Stored numbers are 10 digits; older ones may carry +84 or spaces. */
export function proves(citizenPhone: string, proof: Proof): boolean {
  const onRecord = citizenPhone.replace(/^\s*\+84/, "0").replace(/\D/g, "");
  return proof.kind === "phone" ? onRecord === proof.value : onRecord.slice(-4) === proof.value;
}

/** Which form took the proof, for the audit log. */
export type LookupVia = "lookup" | "rate" | "cancel";

function waitText(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} giây`;
  if (seconds < 2 * 60 * 60) return `${Math.ceil(seconds / 60)} phút`;
  return `${Math.ceil(seconds / 3600)} giờ`;
}

const WHOLE_NUMBER = "Mã này đã bị nhập sai 4 số cuối điện thoại nhiều lần. Để bảo vệ hồ sơ, vui lòng nhập đầy đủ số điện thoại đã khai khi nộp.";
const WHOLE_NUMBER_FIELD = "Nhập đầy đủ số điện thoại đã khai khi nộp (10 chữ số).";

/**
 * Claims one check of a proof, in the caller's transaction, before anything is read: refused
 * while a key waits, audited (`lookup.throttled`) and answered with the wait. When only the
 * code's 4-digit budget refuses, the answer asks for the whole number instead of a wait.
 */
export async function claimProof(tx: Tx, actor: Actor, code: string, proof: Proof, now: Date, via: LookupVia): Promise<Refusal | null> {
  const keys = lookupKeys(normalizeCode(code), actor.ip ?? "unknown", proof.kind);
  const claim = await claimAttempt(tx, keys.keys, now);
  if (claim.allowed) return null;
  const budgetSpent = claim.refusals.some((r) => r.key === keys.perCode) && proof.kind === "digits";
  const waits = claim.refusals.filter((r) => !(budgetSpent && r.key === keys.perCode));
  const wait = Math.max(0, ...waits.map((r) => r.retryAfterSeconds));
  const error = waits.length
    ? new AppError("RATE_LIMITED", `Có quá nhiều lượt tra cứu sai vừa rồi (từ địa chỉ mạng này hoặc với mã này). Vui lòng thử lại sau ${waitText(wait)}.${budgetSpent ? ` ${WHOLE_NUMBER}` : ""}`, {
        retryAfterSeconds: wait,
        ...(budgetSpent ? { fieldErrors: { phone: [WHOLE_NUMBER_FIELD] } } : {}),
      })
    : // Retry-After: when the 4 digits are accepted again; the whole number is accepted now.
      new AppError("RATE_LIMITED", WHOLE_NUMBER, { retryAfterSeconds: claim.retryAfterSeconds, fieldErrors: { phone: [WHOLE_NUMBER_FIELD] } });
  await writeAudit(tx, actor, {
    action: "lookup.throttled",
    entity: "Lookup",
    entityId: normalizeCode(code),
    after: { proof: proof.kind, via, retryAfterSeconds: error.retryAfterSeconds, wholeNumberAsked: budgetSpent },
  });
  return refuse(error);
}

/** The proof was right: the code from this address starts again; the address and the code get the attempt back. */
export async function proofSucceeded(tx: Tx, actor: Actor, code: string, proof: Proof): Promise<void> {
  const { forget, uncount } = lookupKeys(normalizeCode(code), actor.ip ?? "unknown", proof.kind);
  await settleAttempt(tx, { forget, uncount });
}

/**
 * A wrong code or a wrong proof: the same answer for both, and an audit record with the code
 * and the address (the actor's) but never the digits or the number tried. It stays counted:
 * the caller returns the Refusal, so its transaction commits.
 */
export async function proofFailed(tx: Tx, actor: Actor, code: string, proof: Proof, via: LookupVia): Promise<Refusal> {
  await writeAudit(tx, actor, { action: "lookup.failed", entity: "Lookup", entityId: normalizeCode(code), after: { proof: proof.kind, via } });
  const what = proof.kind === "phone" ? "số điện thoại" : "4 số cuối điện thoại";
  return refuse(new AppError("NOT_FOUND", `Không tìm thấy hồ sơ với mã và ${what} này. Kiểm tra lại mã trên giấy hẹn; sau vài lần sai, mỗi lần thử phải chờ lâu hơn một chút.`));
}
