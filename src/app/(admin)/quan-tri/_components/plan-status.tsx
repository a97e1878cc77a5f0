import { Badge } from "@/components/ui/primitives";
import { planStatusLabel } from "@/domain/labels";
import type { PlanStatus } from "@/domain/plan/status";

const tone = { DRAFT: "warn", ISSUED: "brand", IN_FORCE: "ok", ENDED: "neutral" } as const;

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return <Badge tone={tone[status]}>{planStatusLabel[status]}</Badge>;
}
