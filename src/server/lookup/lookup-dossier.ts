import "server-only";
import { normalizeCode } from "@/domain/dossier/code";
import { dossierTimeliness, timelinessLabel, type TimelinessState } from "@/domain/dossier/timeliness";
import { channelLabel, dossierStatusLabel, homeVisitStatusLabel } from "@/domain/labels";
import { defineRead, refuse, type Refusal } from "../action";
import type { Db, Tx } from "../db";
import { localDateOrNull } from "../dates";
import { env } from "../env";
import { AppError } from "../errors";
import { rateLimitStatus, recordAttempt } from "../rate-limit";
import { dto } from "../public/schemas";
import { z } from "../validation";

export const lookupInput = z.object({
  code: z
    .string({ error: "Vui lòng nhập mã hồ sơ." })
    .trim()
    .min(4, "Vui lòng nhập mã hồ sơ.")
    .max(40, "Mã hồ sơ không hợp lệ.")
    .regex(/^[A-Za-z0-9 _–—-]+$/, "Mã hồ sơ chỉ gồm chữ cái, chữ số và dấu gạch ngang."),
  phoneLast4: z.string({ error: "Vui lòng nhập 4 số cuối điện thoại." }).trim().regex(/^\d{4}$/, "Nhập đúng 4 chữ số cuối của số điện thoại đã khai khi nộp."),
});

const timelinessStates = Object.keys(timelinessLabel) as [TimelinessState, ...TimelinessState[]];

/** Only what the citizen needs: no name, phone, address or officer. */
export const dossierLookupDto = z.object({
  kind: z.literal("DOSSIER"),
  code: z.string(),
  procedureName: z.string(),
  /** The office handling it. */
  office: dto.unitRef(),
  channel: z.string(),
  channelLabel: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  receivedAt: dto.instant(),
  promisedAt: dto.instant("Hẹn đang có hiệu lực (phiếu xin lỗi có thể dời)"),
  originalPromisedAt: dto.instant("Hẹn ban đầu, khi tiếp nhận"),
  resultReadyAt: dto.instant().nullable(),
  returnedAt: dto.instant().nullable(),
  refusedAt: dto.instant().nullable(),
  refusalReason: z.string().nullable(),
  /** While waiting for papers: what the officer wrote is missing (Mẫu 02), and when. */
  supplement: z.object({ requestedAt: dto.instant(), missing: z.string() }).nullable().meta({ description: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02): giấy tờ còn thiếu" }),
  timeliness: z.object({ state: z.enum(timelinessStates), label: z.string(), late: z.boolean(), overdue: z.boolean() }),
  apologies: z
    .array(z.object({ issuedAt: dto.instant(), previousPromisedAt: dto.instant(), newPromisedAt: dto.instant(), reason: z.string() }))
    .meta({ description: "Các phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)" }),
  rating: z.object({ rating: z.string(), respondedAt: dto.instant() }).nullable(),
  canRate: z.boolean(),
});

export type DossierLookupDto = z.infer<typeof dossierLookupDto>;

export const homeVisitLookupDto = z.object({
  kind: z.literal("HOME_VISIT"),
  trackingCode: z.string(),
  unit: dto.unitRef(),
  procedureName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  requestedDate: dto.date(),
  confirmedDate: dto.date().nullable(),
  declineReason: z.string().nullable(),
});

export type HomeVisitLookupDto = z.infer<typeof homeVisitLookupDto>;

export type LookupDto = DossierLookupDto | HomeVisitLookupDto;

const NOT_FOUND_MESSAGE = "Không tìm thấy hồ sơ với mã và 4 số cuối điện thoại này.";

function lookupPolicy() {
  return { max: env().LOOKUP_MAX_FAILURES, windowMinutes: env().LOOKUP_WINDOW_MINUTES };
}

function lookupKey(ip: string | undefined): string {
  return `lookup:ip:${ip ?? "unknown"}`;
}

/**
 * Wrong digits are also counted per code: guessing the 4 digits of one known code is
 * blocked even from many addresses (or behind a forged X-Forwarded-For).
 */
function codeKey(code: string): string {
  return `lookup:code:${normalizeCode(code)}`;
}

function blockedError(seconds: number): AppError {
  return new AppError("RATE_LIMITED", `Bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau ${Math.max(1, Math.ceil(seconds / 60))} phút.`, { retryAfterSeconds: seconds });
}

/** Refuses at once when this address, or this code, is blocked for too many wrong guesses. */
export async function assertLookupAllowed(client: Db | Tx, ip: string | undefined, now: Date, code: string): Promise<void> {
  for (const key of [lookupKey(ip), codeKey(code)]) {
    const state = await rateLimitStatus(client, key, now);
    if (state.blocked) throw blockedError(state.retryAfterSeconds);
  }
}

/** Counts one wrong guess for the address and the code (atomic statements in the database) and says how many are left. */
export async function lookupFailed(client: Db | Tx, ip: string | undefined, now: Date, code: string): Promise<Refusal> {
  const policy = lookupPolicy();
  const state = await recordAttempt(client, lookupKey(ip), policy, now);
  const byCode = await recordAttempt(client, codeKey(code), policy, now);
  if (state.blocked) return refuse(blockedError(state.retryAfterSeconds));
  if (byCode.blocked) return refuse(blockedError(byCode.retryAfterSeconds));
  const left = policy.max - Math.max(state.count, byCode.count);
  return refuse(new AppError("NOT_FOUND", `${NOT_FOUND_MESSAGE} Bạn còn ${left} lần thử trước khi bị tạm khóa ${policy.windowMinutes} phút.`));
}

function lastDigits(phone: string): string {
  return phone.replace(/\D/g, "").slice(-4);
}

/** The dossier behind a code, or null when the code or the phone digits do not match. */
export async function findDossierForCitizen(client: Db | Tx, code: string, phoneLast4: string) {
  const d = await client.dossier.findUnique({
    where: { code: normalizeCode(code) },
    select: {
      id: true,
      code: true,
      unitId: true,
      citizenPhone: true,
      channel: true,
      status: true,
      receivedAt: true,
      promisedAt: true,
      originalPromisedAt: true,
      resultReadyAt: true,
      returnedAt: true,
      refusedAt: true,
      refusalReason: true,
      procedure: { select: { name: true } },
      unit: { select: { slug: true, name: true } },
      apologySlips: { select: { issuedAt: true, previousPromisedAt: true, newPromisedAt: true, reason: true }, orderBy: { issuedAt: "asc" } },
      satisfaction: { select: { rating: true, respondedAt: true } },
      events: { where: { type: "SUPPLEMENT_REQUESTED" }, select: { at: true, note: true }, orderBy: { at: "desc" }, take: 1 },
    },
  });
  return d && lastDigits(d.citizenPhone) === phoneLast4 ? d : null;
}

type DossierRow = NonNullable<Awaited<ReturnType<typeof findDossierForCitizen>>>;

/** A dossier as its citizen sees it. */
function toDossierLookup(d: DossierRow, now: Date): DossierLookupDto {
  const t = dossierTimeliness(d, now);
  return {
    kind: "DOSSIER",
    code: d.code,
    procedureName: d.procedure.name,
    office: d.unit,
    channel: d.channel,
    channelLabel: channelLabel[d.channel],
    status: d.status,
    statusLabel: dossierStatusLabel[d.status] ?? d.status,
    receivedAt: d.receivedAt.toISOString(),
    promisedAt: d.promisedAt.toISOString(),
    originalPromisedAt: d.originalPromisedAt.toISOString(),
    resultReadyAt: d.resultReadyAt?.toISOString() ?? null,
    returnedAt: d.returnedAt?.toISOString() ?? null,
    refusedAt: d.refusedAt?.toISOString() ?? null,
    refusalReason: d.refusalReason,
    supplement: d.status === "SUPPLEMENT_REQUESTED" && d.events[0] ? { requestedAt: d.events[0].at.toISOString(), missing: d.events[0].note ?? "" } : null,
    timeliness: { state: t.state, label: timelinessLabel[t.state], late: t.late, overdue: t.overdue },
    apologies: d.apologySlips.map((a) => ({ issuedAt: a.issuedAt.toISOString(), previousPromisedAt: a.previousPromisedAt.toISOString(), newPromisedAt: a.newPromisedAt.toISOString(), reason: a.reason })),
    rating: d.satisfaction ? { rating: d.satisfaction.rating, respondedAt: d.satisfaction.respondedAt.toISOString() } : null,
    canRate: d.status === "RETURNED" && !d.satisfaction,
  };
}

async function findHomeVisitForCitizen(client: Db | Tx, code: string, phoneLast4: string): Promise<HomeVisitLookupDto | null> {
  const r = await client.homeVisitRequest.findUnique({
    where: { trackingCode: normalizeCode(code) },
    select: {
      trackingCode: true,
      citizenPhone: true,
      status: true,
      requestedDate: true,
      confirmedDate: true,
      declineReason: true,
      unit: { select: { slug: true, name: true } },
      procedure: { select: { name: true } },
    },
  });
  if (!r || lastDigits(r.citizenPhone) !== phoneLast4) return null;
  return {
    kind: "HOME_VISIT",
    trackingCode: r.trackingCode,
    unit: r.unit,
    procedureName: r.procedure.name,
    status: r.status,
    statusLabel: homeVisitStatusLabel[r.status] ?? r.status,
    requestedDate: localDateOrNull(r.requestedDate)!,
    confirmedDate: localDateOrNull(r.confirmedDate),
    declineReason: r.declineReason,
  };
}

/**
 * A citizen looks up a dossier (receipt code) or a home-visit request (tracking code "TN-…")
 * with the last 4 digits of the phone given at submission. A wrong code and wrong digits get
 * the same answer; wrong guesses are counted per address and per code in the database, in the
 * look-up's own transaction (a refused look-up keeps its count), and block for a while, so
 * codes cannot be enumerated.
 */
export const lookupRecord = defineRead({
  input: lookupInput,
  permission: "public",
  transaction: true,
  async run({ actor, input: { code, phoneLast4 }, db: tx, now }): Promise<LookupDto | Refusal> {
    await assertLookupAllowed(tx, actor.ip, now, code);
    if (normalizeCode(code).startsWith("TN-")) {
      const visit = await findHomeVisitForCitizen(tx, code, phoneLast4);
      if (visit) return visit;
    } else {
      const dossier = await findDossierForCitizen(tx, code, phoneLast4);
      if (dossier) return toDossierLookup(dossier, now);
    }
    return lookupFailed(tx, actor.ip, now, code);
  },
});
