import "server-only";
import type { UnitLifetimeStatus } from "@/domain/unit/lifetime";
import { z } from "../validation";

/**
 * Building blocks of the zod schemas of the public DTOs. The DTOs' types are inferred from
 * those schemas and the OpenAPI document is generated from them, so the two cannot part.
 * The server does not parse its own answers: a format here is documentation.
 */
const described = (description?: string) => (description ? { description } : {});

export const dto = {
  /** An ISO 8601 instant. */
  instant: (description?: string) => z.string().meta({ format: "date-time", ...described(description) }),
  /** A calendar date in Vietnam, YYYY-MM-DD. */
  date: (description?: string) => z.string().meta({ format: "date", ...described(description) }),
  /** A local time, HH:mm. */
  time: () => z.string().meta({ pattern: "^\\d{2}:\\d{2}$" }),
  unitRef: () => z.object({ slug: z.string(), name: z.string() }),
  /** One of the keys of a label map (src/domain/labels.ts). */
  keyOf: <K extends string>(labels: Record<K, string>) => z.enum(Object.keys(labels) as [K, ...K[]]),
  lifetime: () => z.enum(["ACTIVE", "NOT_YET", "ENDED"] satisfies UnitLifetimeStatus[]),
};
