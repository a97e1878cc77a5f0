import { randomUUID } from "node:crypto";
import { instantAt } from "@/domain/schedule";
import { db } from "@/server/db";
import { dbDate } from "@/server/dates";
import { DUC_PHO } from "./admin-fixtures";
import { modelId, procedureId } from "./officer-fixtures";
import { unitIdByKey } from "./helpers";

/** Local (Asia/Ho_Chi_Minh) `YYYY-MM-DDTHH:mm` → instant. */
export const vn = (s: string) => instantAt(s.slice(0, 10), s.slice(11, 16));

/**
 * A commune of its own under Đức Phổ (where the other tests make theirs, so that no count of
 * seeded units moves), made for one test file, so that a retention run kept to it touches
 * neither the seeded history nor another test's rows.
 */
export async function freshUnit(label: string): Promise<{ id: string; slug: string }> {
  const tag = randomUUID().slice(0, 8);
  const parentId = await unitIdByKey(DUC_PHO);
  return db.unit.create({
    data: { key: `test/${label}-${tag}`, slug: `thu-${label}-${tag}`, name: `Xã Thử ${label} ${tag}`, searchName: `xa thu ${label} ${tag}`, kind: "COMMUNE", parentId },
    select: { id: true, slug: true },
  });
}

export interface PersonFields {
  citizenName?: string;
  citizenPhone?: string;
  citizenAddress?: string | null;
}

/** A dossier written directly (its timeline given), as the intake and return steps would leave it. */
export async function dossierRow(unitId: string, received: string, ended: { returnedAt?: string; refusedAt?: string } = {}, person: PersonFields = {}) {
  const receivedAt = vn(received);
  const promisedAt = new Date(receivedAt.getTime() + 2 * 86_400_000);
  return db.dossier.create({
    data: {
      code: `TT-${randomUUID().slice(0, 10).toUpperCase()}`,
      unitId,
      procedureId: await procedureId("chung-thuc-chu-ky"),
      channel: "DESK",
      status: ended.returnedAt ? "RETURNED" : ended.refusedAt ? "REFUSED" : "RECEIVED",
      receivedAt,
      recordedAt: receivedAt,
      createdAt: receivedAt,
      promisedAt,
      originalPromisedAt: promisedAt,
      statutoryBoundAt: promisedAt,
      regime: "ND61_2018",
      citizenName: person.citizenName ?? "Trần Văn Lưu",
      citizenPhone: person.citizenPhone ?? "0911222333",
      citizenAddress: person.citizenAddress === undefined ? "Tổ 4, ấp Thử" : person.citizenAddress,
      ...(ended.returnedAt ? { resultReadyAt: vn(ended.returnedAt), returnedAt: vn(ended.returnedAt), returnMethod: "AT_DESK" as const } : {}),
      ...(ended.refusedAt ? { refusedAt: vn(ended.refusedAt), refusalReason: "Hồ sơ không đủ điều kiện" } : {}),
    },
    select: { id: true, code: true },
  });
}

type VisitStatus = "PENDING" | "CONFIRMED" | "DECLINED" | "DONE" | "CANCELLED";

/** A home-visit request written directly; `at` is when it was made and, for an ended one, when it ended. */
export async function visitRow(unitId: string, requestedDate: string, status: VisitStatus, endedAt: string | null, person: { citizenName?: string; citizenPhone?: string } = {}) {
  const ended = endedAt ? vn(endedAt) : null;
  const created = vn(`${requestedDate}T08:00`);
  return db.homeVisitRequest.create({
    data: {
      trackingCode: `TN-R${randomUUID().slice(0, 8).toUpperCase()}`,
      unitId,
      modelId: await modelId("long-xuyen-tthc-tai-nha-thu-nam"),
      procedureId: await procedureId("chung-thuc-chu-ky"),
      eligibleGroup: "DISABLED",
      requestedDate: dbDate(requestedDate),
      status,
      citizenName: person.citizenName ?? "Lê Thị Riêng",
      citizenPhone: person.citizenPhone ?? "0933444555",
      address: "Số 7, khóm Thử",
      note: "Cửa sau, gọi trước 30 phút",
      createdAt: new Date(created.getTime() - 7 * 86_400_000),
      ...(status === "DONE" && ended ? { completedAt: ended, decidedAt: ended } : {}),
      ...(status === "DECLINED" && ended ? { decidedAt: ended, declineReason: "Ngoài địa bàn" } : {}),
      ...(status === "CANCELLED" && ended ? { updatedAt: ended } : {}),
    },
    select: { id: true, trackingCode: true },
  });
}
