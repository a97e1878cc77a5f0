import "server-only";
import { randomBytes } from "node:crypto";
import { toLocalDate } from "@/domain/schedule";
import { defineAction } from "../action";
import { requireUnitScope, unitSubtreeIds } from "../auth/scope";
import { localDateOf, localDateOrNull } from "../dates";
import { fields, z } from "../validation";

/**
 * A citizen's request for their data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: the right to be
 * given one's data): everything the portal holds about one phone number in the officer's unit
 * (and the units under it, the scope rule), for a JSON file and a readable page. An action, not a
 * read, because each export is audited — who, which unit, a reference number and the counts;
 * never the phone number (docs/security.md: the log copies no citizen's contact data).
 */
export const exportPersonalDataInput = z.object({
  unitId: fields.id,
  phone: fields.phone,
});

export const PERSONAL_DATA_LEGAL_BASIS =
  "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (quyền của chủ thể dữ liệu được biết, được yêu cầu cung cấp dữ liệu cá nhân của mình) và Nghị định 356/2025/NĐ-CP quy định chi tiết Luật.";

export interface PersonalDataExportDto {
  reference: string;
  generatedAt: string;
  unitName: string;
  phone: string;
  legalBasis: string;
  counts: { dossiers: number; homeVisits: number; ratings: number; letters: number };
  dossiers: {
    code: string;
    unitName: string;
    procedureName: string;
    channel: string;
    status: string;
    citizenName: string;
    citizenPhone: string;
    citizenAddress: string | null;
    writtenOnBehalf: boolean;
    onlineHelp: boolean;
    receivedAt: string;
    promisedAt: string;
    resultReadyAt: string | null;
    returnedAt: string | null;
    returnMethod: string | null;
    refusedAt: string | null;
    refusalReason: string | null;
    events: { type: string; at: string; note: string | null }[];
  }[];
  homeVisits: {
    trackingCode: string;
    unitName: string;
    procedureName: string;
    status: string;
    citizenName: string;
    citizenPhone: string;
    address: string;
    note: string | null;
    eligibleGroup: string;
    requestedDate: string;
    confirmedDate: string | null;
    declineReason: string | null;
    outcome: string | null;
    requestedAt: string;
    completedAt: string | null;
  }[];
  ratings: { dossierCode: string; rating: string; source: string; comment: string | null; respondedAt: string }[];
  letters: { dossierCode: string; number: number; year: number; type: string; event: string; recipientName: string; recipientAddress: string | null; body: string; sentAt: string }[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** XDL-<local yymmdd>-<6 random>: written on the citizen's request, found again in the log. */
function exportReference(now: Date): string {
  return `XDL-${toLocalDate(now).slice(2).replace(/-/g, "")}-${randomBytes(4).toString("hex").slice(0, 6).toUpperCase()}`;
}

export const exportPersonalData = defineAction({
  name: "privacy.export",
  input: exportPersonalDataInput,
  permission: "privacy.export",
  run: async ({ actor, input, tx, now }) => {
    requireUnitScope(actor, input.unitId, "Đơn vị này ngoài phạm vi của bạn: không trích xuất được dữ liệu của người dân ở đơn vị khác.");
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: input.unitId }, select: { name: true } });
    // The unit and those under it, and only what the officer's own scope covers.
    const unitIds = (await unitSubtreeIds(tx, input.unitId)).filter((id) => actor.scopeUnitIds.includes(id));

    const dossiers = await tx.dossier.findMany({
      where: { unitId: { in: unitIds }, citizenPhone: input.phone },
      select: {
        id: true,
        code: true,
        channel: true,
        status: true,
        citizenName: true,
        citizenPhone: true,
        citizenAddress: true,
        writtenOnBehalf: true,
        onlineHelp: true,
        receivedAt: true,
        promisedAt: true,
        resultReadyAt: true,
        returnedAt: true,
        returnMethod: true,
        refusedAt: true,
        refusalReason: true,
        unit: { select: { name: true } },
        procedure: { select: { name: true } },
        events: { select: { type: true, at: true, note: true }, orderBy: { at: "asc" } },
        satisfaction: { select: { rating: true, source: true, comment: true, respondedAt: true } },
        letters: {
          where: { unitId: { in: unitIds } },
          select: { number: true, year: true, type: true, event: true, recipientName: true, recipientAddress: true, body: true, sentAt: true },
          orderBy: { sentAt: "asc" },
        },
      },
      orderBy: { receivedAt: "asc" },
    });
    const visits = await tx.homeVisitRequest.findMany({
      where: { unitId: { in: unitIds }, citizenPhone: input.phone },
      select: {
        trackingCode: true,
        status: true,
        citizenName: true,
        citizenPhone: true,
        address: true,
        note: true,
        eligibleGroup: true,
        requestedDate: true,
        confirmedDate: true,
        declineReason: true,
        outcome: true,
        createdAt: true,
        completedAt: true,
        unit: { select: { name: true } },
        procedure: { select: { name: true } },
      },
      orderBy: { createdAt: "asc" },
    });

    const data: PersonalDataExportDto = {
      reference: exportReference(now),
      generatedAt: now.toISOString(),
      unitName: unit.name,
      phone: input.phone,
      legalBasis: PERSONAL_DATA_LEGAL_BASIS,
      counts: { dossiers: 0, homeVisits: 0, ratings: 0, letters: 0 },
      dossiers: dossiers.map((d) => ({
        code: d.code,
        unitName: d.unit.name,
        procedureName: d.procedure.name,
        channel: d.channel,
        status: d.status,
        citizenName: d.citizenName,
        citizenPhone: d.citizenPhone,
        citizenAddress: d.citizenAddress,
        writtenOnBehalf: d.writtenOnBehalf,
        onlineHelp: d.onlineHelp,
        receivedAt: d.receivedAt.toISOString(),
        promisedAt: d.promisedAt.toISOString(),
        resultReadyAt: iso(d.resultReadyAt),
        returnedAt: iso(d.returnedAt),
        returnMethod: d.returnMethod,
        refusedAt: iso(d.refusedAt),
        refusalReason: d.refusalReason,
        events: d.events.map((e) => ({ type: e.type, at: e.at.toISOString(), note: e.note })),
      })),
      homeVisits: visits.map((v) => ({
        trackingCode: v.trackingCode,
        unitName: v.unit.name,
        procedureName: v.procedure.name,
        status: v.status,
        citizenName: v.citizenName,
        citizenPhone: v.citizenPhone,
        address: v.address,
        note: v.note,
        eligibleGroup: v.eligibleGroup,
        requestedDate: localDateOf(v.requestedDate),
        confirmedDate: localDateOrNull(v.confirmedDate),
        declineReason: v.declineReason,
        outcome: v.outcome,
        requestedAt: v.createdAt.toISOString(),
        completedAt: iso(v.completedAt),
      })),
      ratings: dossiers.flatMap((d) =>
        d.satisfaction
          ? [{ dossierCode: d.code, rating: d.satisfaction.rating, source: d.satisfaction.source, comment: d.satisfaction.comment, respondedAt: d.satisfaction.respondedAt.toISOString() }]
          : [],
      ),
      letters: dossiers.flatMap((d) => d.letters.map((l) => ({ dossierCode: d.code, ...l, sentAt: l.sentAt.toISOString() }))),
    };
    data.counts = { dossiers: data.dossiers.length, homeVisits: data.homeVisits.length, ratings: data.ratings.length, letters: data.letters.length };

    return {
      data,
      // The reference and counts only: the log never holds the phone number or a name.
      audit: { action: "privacy.export", entity: "PersonalDataExport", entityId: data.reference, unitId: input.unitId, after: { counts: data.counts, units: unitIds.length } },
    };
  },
});
