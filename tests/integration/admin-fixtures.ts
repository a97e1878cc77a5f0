import { randomUUID } from "node:crypto";
import { saveUnit } from "@/server/admin/units/save-unit";
import { createPlan } from "@/server/admin/plans/create-plan";
import type { ModelFormValues } from "@/server/admin/models/input";
import { db } from "@/server/db";
import { actorFor, unitIdByKey } from "./helpers";

/** Shared set-up of the administration tests: every row they use is their own. */

export const DUC_PHO = "quang-ngai/duc-pho";

export function tag(): string {
  return randomUUID().slice(0, 8);
}

/** A new commune under Thị xã Đức Phổ (Quảng Ngãi's office hours), created by the administrator. */
export async function newCommune(name = `Xã Thử ${tag()}`): Promise<{ id: string; slug: string; name: string }> {
  const admin = await actorFor("quantri");
  const result = await saveUnit(admin, { name, kind: "COMMUNE", parentId: await unitIdByKey(DUC_PHO) });
  if (!result.ok) throw new Error(result.error.message);
  return { ...result.data, name };
}

export async function newDraftPlan(issuingUnitId: string, over: Record<string, unknown> = {}): Promise<{ id: string; key: string }> {
  const admin = await actorFor("quantri");
  const result = await createPlan(admin, {
    issuingUnitId,
    symbol: "KH-UBND",
    number: "12",
    signingPlace: "Phổ Thử",
    signedDay: "10",
    signedMonth: "12",
    signedYear: "2026",
    title: `Kế hoạch thử ${tag()}`,
    validFrom: "2027-01-01",
    signerName: "Nguyễn Văn Thử",
    signerTitle: "Chủ tịch Ủy ban nhân dân xã",
    ...over,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

export async function procedureId(key: string): Promise<string> {
  return (await db.procedure.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;
}

/** A valid "Wednesday, no appointment" model (Phổ Nhơn's shape) for a unit and some procedures. */
export function wednesdayModel(planId: string, unitId: string, procedureIds: string[], over: Partial<ModelFormValues> = {}): ModelFormValues {
  return {
    planId,
    name: `Ngày thứ Tư không hẹn ${tag()}`,
    kind: "NO_APPOINTMENT_DAY",
    description: "Mỗi thứ Tư, giải quyết ngay trong ngày khi hồ sơ hợp lệ.",
    sourceQuotes: [],
    attendeeRoles: [],
    assumptions: [],
    schedule: { kind: "WEEKLY", weekdays: ["WE"], interval: 1 },
    extraDates: [],
    exdates: [],
    hoursKind: "OFFICE_HOURS",
    windows: [],
    validFrom: "2027-01-01",
    intakeCutoff: "15:30",
    turnaroundKind: "MINUTES",
    turnaroundValue: 60,
    workingDaysOnly: true,
    noDeferralPastWeekend: false,
    place: "OFFICE_DESK",
    placeNote: null,
    eligibleGroups: ["EVERYONE"],
    note: null,
    scopes: [{ unitId, allProcedures: false, procedureIds, capacityPerDay: null, localName: null }],
    ...over,
  };
}
