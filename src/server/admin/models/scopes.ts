import "server-only";
import type { UserActor } from "../../auth/actor";
import type { Tx } from "../../db";
import { AppError } from "../../errors";
import { loadOfficeHours } from "../../schedule/context";
import { requireUnitReach } from "../access";
import type { ModelFormInput } from "./input";

/** Scope units must be reachable by the editor, and procedures must exist in the catalogue. */
export async function checkScopes(tx: Tx, editor: UserActor, input: ModelFormInput): Promise<void> {
  await requireUnitReach(tx, editor, input.scopes.map((s) => s.unitId));
  const ids = [...new Set(input.scopes.flatMap((s) => (s.allProcedures ? [] : s.procedureIds)))];
  if (ids.length === 0) return;
  const found = await tx.procedure.findMany({ where: { id: { in: ids } }, select: { id: true, active: true, name: true } });
  if (found.length !== ids.length) throw new AppError("VALIDATION", "Có thủ tục không có trong danh mục.");
  const inactive = found.filter((p) => !p.active);
  if (inactive.length) throw new AppError("VALIDATION", `Thủ tục đã ngừng áp dụng: ${inactive.map((p) => p.name).join("; ")}.`);
}

/** The office hours a rule's intake cut-off is checked against: its first unit's. */
export function officeHoursFor(tx: Tx, input: ModelFormInput, fallbackUnitId: string) {
  return loadOfficeHours(tx, input.scopes[0]?.unitId ?? fallbackUnitId);
}

/**
 * Writes a version's scopes. A unit that runs a model for a procedure handles it, so the
 * procedure joins the unit's published catalogue (as Phước Long's appendices register them).
 */
export async function writeScopes(tx: Tx, versionId: string, input: ModelFormInput): Promise<void> {
  await tx.modelScope.deleteMany({ where: { versionId } });
  for (const s of input.scopes) {
    const procedureIds = s.allProcedures ? [] : [...new Set(s.procedureIds)];
    await tx.modelScope.create({
      data: {
        versionId,
        unitId: s.unitId,
        allProcedures: s.allProcedures,
        capacityPerDay: s.capacityPerDay,
        localName: s.localName,
        procedures: { create: procedureIds.map((procedureId) => ({ procedureId })) },
      },
    });
    if (procedureIds.length) await tx.unitProcedure.createMany({ data: procedureIds.map((procedureId) => ({ unitId: s.unitId, procedureId })), skipDuplicates: true });
  }
}
