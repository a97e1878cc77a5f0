import "server-only";
import { modelKindLabel } from "@/domain/labels";
import { modelsFor, promiseFor, toLocalDate } from "@/domain/schedule";
import { unitLifetimeOn } from "@/domain/unit/lifetime";
import { z } from "../validation";
import type { PublicUnitContext } from "./context";
import { scheduleContextAt, unitProcedures } from "./schedule";
import { dto } from "./schemas";

export const availabilityDto = z.object({
  at: dto.instant(),
  unit: dto.unitRef(),
  lifetime: dto.lifetime(),
  procedures: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      code: z.string().nullable(),
      name: z.string(),
      models: z.array(z.object({ key: z.string(), name: z.string(), kind: dto.keyOf(modelKindLabel) })).meta({ description: "Các mô hình nhận hồ sơ của thủ tục vào lúc đó (đang mở, chưa quá giờ nhận)" }),
      promise: z
        .object({ promisedAt: dto.instant(), statutoryBound: dto.instant(), basis: z.enum(["MODEL", "STATUTORY"]), modelKey: z.string().nullable(), steps: z.array(z.string()) })
        .nullable()
        .meta({ description: "Hẹn trả nếu nộp trực tiếp vào lúc đó; null khi đơn vị không tồn tại lúc đó" }),
    }),
  ),
});

type AvailabilityDto = z.infer<typeof availabilityDto>;

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
