import { randomUUID } from "node:crypto";
import { instantAt } from "@/domain/schedule";
import { db } from "@/server/db";
import { receiveDossier } from "@/server/dossier/receive-dossier";
import type { UserActor } from "@/server/auth/actor";
import { unitIdByKey } from "./helpers";

export const PHO_NHON = "quang-ngai/duc-pho/pho-nhon";
export const AN_DUNG = "binh-dinh/an-lao/an-dung";
export const MY_BINH = "an-giang/long-xuyen/my-binh";

export const at = (date: string, time: string) => ({ now: instantAt(date, time) });
export const nonce = () => randomUUID();

export async function procedureId(key: string): Promise<string> {
  return (await db.procedure.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;
}

export async function modelId(key: string): Promise<string> {
  return (await db.serviceModel.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;
}

/** A procedure of the unit's catalogue outside the keys given, with at least `days` statutory working days. */
export async function otherProcedure(unitKey: string, excludeKeys: string[], days = 2): Promise<{ id: string; name: string }> {
  const unitId = await unitIdByKey(unitKey);
  const row = await db.unitProcedure.findFirstOrThrow({
    where: { unitId, procedure: { active: true, key: { notIn: excludeKeys }, statutoryWorkingDays: { gte: days } } },
    select: { procedure: { select: { id: true, name: true } } },
    orderBy: { procedure: { key: "asc" } },
  });
  return row.procedure;
}

/** Receives a dossier and fails the test loudly if the rules refuse it. */
export async function receive(actor: UserActor, input: Record<string, unknown>, options: { now: Date }) {
  const r = await receiveDossier(actor, { citizenName: "Nguyễn Văn Thử", citizenPhone: "0905123456", channel: "DESK", nonce: nonce(), ...input }, options);
  if (!r.ok) throw new Error(`receive refused: ${r.error.message}`);
  return r.data;
}
