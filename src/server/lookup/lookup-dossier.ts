import "server-only";
import { normalizeCode } from "@/domain/dossier/code";
import { dossierTimeliness, timelinessLabel, type TimelinessState } from "@/domain/dossier/timeliness";
import { channelLabel, dossierStatusLabel, homeVisitStatusLabel } from "@/domain/labels";
import { defineRead, type Refusal } from "../action";
import type { Db, Tx } from "../db";
import { localDateOrNull } from "../dates";
import { dto } from "../public/schemas";
import { z } from "../validation";
import { claimProof, proofFailed, proofFields, proofOf, proofSucceeded, proves, requireProof, type Proof } from "./proof";

/** The code and a proof: the phone's last 4 digits, or the whole number (src/server/lookup/proof.ts). */
export const lookupInput = z.object(proofFields).superRefine(requireProof);

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

/** The dossier behind a code, or null when the code or the proof does not match. */
export async function findDossierForCitizen(client: Db | Tx, code: string, proof: Proof) {
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
  return d && proves(d.citizenPhone, proof) ? d : null;
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

async function findHomeVisitForCitizen(client: Db | Tx, code: string, proof: Proof): Promise<HomeVisitLookupDto | null> {
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
  if (!r || !proves(r.citizenPhone, proof)) return null;
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
 * with the last 4 digits of the phone given at submission, or the whole number. The check is
 * claimed first (progressive delays per code and address, per address, and per code for each
 * kind of proof: src/domain/dossier/lookup-throttle.ts), in the look-up's own transaction; a
 * wrong code and a wrong proof get the same answer, stay counted and are audited.
 */
export const lookupRecord = defineRead({
  input: lookupInput,
  permission: "public",
  transaction: true,
  async run({ actor, input, db: tx, now }): Promise<LookupDto | Refusal> {
    // transaction: true, so `tx` is the look-up's transaction: the claim's row locks hold until it ends.
    const proof = proofOf(input);
    const refused = await claimProof(tx, actor, input.code, proof, now, "lookup");
    if (refused) return refused;
    const found = normalizeCode(input.code).startsWith("TN-") ? await findHomeVisitForCitizen(tx, input.code, proof) : await findDossierForCitizen(tx, input.code, proof);
    if (!found) return proofFailed(tx, actor, input.code, proof, "lookup");
    await proofSucceeded(tx, actor, input.code, proof);
    return "kind" in found ? found : toDossierLookup(found, now);
  },
});
