import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { Alert, PageHeader } from "@/components/ui/primitives";
import { formatDayVi, hasEnded, toLocalDate, toLocalTime } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { intakeOptions } from "@/server/dossier/queries";
import { unitBySlug } from "@/server/units/queries";
import { IntakeForm } from "./intake-form";

export const metadata: Metadata = { title: "Tiếp nhận hồ sơ" };
export const dynamic = "force-dynamic";

/** One keyboard-friendly screen: search the procedure, type the citizen, Enter. */
export default async function IntakePage({ params }: { params: Promise<{ unit: string }> }) {
  const { unit: slug } = await params;
  const user = await requirePagePermission("dossier.receive", paths.officer.intake(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const at = now();
  const today = toLocalDate(at);
  const options = await intakeOptions(unit.id, at);
  const running = options.models.filter((m) => m.runsToday);
  const ended = hasEnded(unit, today);
  return (
    <>
      <PageHeader title="Tiếp nhận hồ sơ" subtitle={`${unit.name} · ${formatDayVi(today)}, ${toLocalTime(at)}`} />
      <div className="mb-4 space-y-3">
        {ended ? (
          <Alert tone="warn" title="Đơn vị đã kết thúc hoạt động">
            Đơn vị đã kết thúc hoạt động; hệ thống sẽ từ chối hồ sơ mới.
          </Alert>
        ) : null}
        {running.length > 0 ? (
          <Alert tone="ok" title="Mô hình áp dụng hôm nay">
            {running.map((m) => m.name).join("; ")}
          </Alert>
        ) : (
          <Alert tone="neutral">Hôm nay không có mô hình nào của đơn vị; hồ sơ được hẹn theo thời hạn quy định.</Alert>
        )}
      </div>
      <IntakeForm unitId={unit.id} procedures={options.procedures} models={options.models} nonce={randomUUID()} />
    </>
  );
}
