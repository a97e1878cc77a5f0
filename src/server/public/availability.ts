import "server-only";
import { modelsFor, promiseFor, toLocalDate, type ModelKind } from "@/domain/schedule";
import { unitLifetimeOn, type UnitLifetimeStatus } from "@/domain/unit/lifetime";
import type { PublicUnitContext } from "./context";
import { scheduleContextAt, unitProcedures } from "./schedule";

export interface AvailabilityDto {
  at: string;
  unit: { slug: string; name: string };
  lifetime: UnitLifetimeStatus;
  procedures: {
    id: string;
    key: string;
    code: string | null;
    name: string;
    /** Models taking this procedure's dossiers at that instant (open and before their intake cut-off). */
    models: { key: string; name: string; kind: ModelKind }[];
    /** The promise for a dossier handed in at the desk at that instant; null when the unit does not exist then. */
    promise: { promisedAt: string; statutoryBound: string; basis: "MODEL" | "STATUTORY"; modelKey: string | null; steps: string[] } | null;
  }[];
}

/**
 * For each procedure of a unit: which models are in effect at `at` and when the result is
 * promised for a dossier received then — the engine's answers, as the pages show them.
 */
export async function unitAvailability(ctx: PublicUnitContext, at: Date): Promise<AvailabilityDto> {
  const unitId = ctx.unit.id;
  const lifetime = unitLifetimeOn(ctx.unit, toLocalDate(at));
  const procedures = await unitProcedures(unitId);
  const keyOf = (modelId: string) => ctx.modelInfo.get(modelId)?.key ?? modelId;
  return {
    at: at.toISOString(),
    unit: { slug: ctx.unit.slug, name: ctx.unit.name },
    lifetime,
    procedures: procedures.map((p) => {
      if (lifetime !== "ACTIVE") return { id: p.id, key: p.key, code: p.code, name: p.name, models: [], promise: null };
      const inEffect = modelsFor(ctx.models, unitId, p.id, at, scheduleContextAt(ctx, at));
      const r = promiseFor(ctx, unitId, p, at, "DESK");
      return {
        id: p.id,
        key: p.key,
        code: p.code,
        name: p.name,
        models: inEffect.map((m) => ({ key: keyOf(m.model.modelId), name: m.model.name, kind: m.model.kind })),
        promise: {
          promisedAt: r.promisedAt.toISOString(),
          statutoryBound: r.statutoryBound.toISOString(),
          basis: r.basis.kind,
          modelKey: r.basis.kind === "MODEL" ? keyOf(r.basis.modelId) : null,
          steps: r.steps,
        },
      };
    }),
  };
}
