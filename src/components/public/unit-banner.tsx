import Link from "next/link";
import { Alert } from "@/components/ui/primitives";
import { formatDateVi } from "@/domain/schedule/local-time";
import { successorNotice } from "@/domain/unit/successor";
import { paths } from "@/lib/paths";
import type { BannerDto, OpeningDto } from "@/domain/schedule";

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Hôm nay <weekday>" for today, "<Weekday> <dd/mm/yyyy>" for another day. */
function dayLabel(banner: Pick<BannerDto, "date" | "weekdayName">, today: string): string {
  return banner.date === today ? `Hôm nay ${banner.weekdayName}` : `${capitalize(banner.weekdayName)} ${formatDateVi(banner.date)}`;
}

export function openingText(o: OpeningDto): string {
  return `${o.weekdayName} ${formatDateVi(o.date)} từ ${o.start}${o.intakeUntil ? `, nhận hồ sơ đến ${o.intakeUntil}` : ` đến ${o.end}`}`;
}

type EndedUnit = { name: string; validTo: string | null; mergedInto: { name: string; slug?: string } | null };

/** Who took over an ended unit's procedures, linked to its page. */
export function SuccessorNotice({ unit }: { unit: EndedUnit }) {
  if (!unit.validTo) return null;
  const notice = successorNotice({ ...unit, validTo: unit.validTo });
  if (notice.kind === "UNKNOWN") return <p>{notice.text}</p>;
  return (
    <p>
      {notice.before}{" "}
      {notice.successorSlug ? (
        <Link href={paths.unit.page(notice.successorSlug)} className="font-semibold text-brand-700 underline">
          {notice.successorName}
        </Link>
      ) : (
        <strong>{notice.successorName}</strong>
      )}{" "}
      {notice.after}
    </p>
  );
}

/**
 * The banner for one instant: "Hôm nay <weekday>: N thủ tục trả kết quả trong ngày — nhận hồ
 * sơ đến <cut-off>", or outside those hours the next opening.
 */
export function UnitBanner({
  banner,
  unit,
  today,
}: {
  banner: BannerDto;
  unit: EndedUnit & { validFrom: string | null };
  today: string;
}) {
  const label = dayLabel(banner, today);
  if (banner.lifetime === "ENDED") {
    return (
      <Alert tone="warn" title={`${label}: ${unit.name} không còn hoạt động`}>
        <p>
          Đơn vị hoạt động đến hết ngày {formatDateVi(unit.validTo!)} rồi chấm dứt theo việc sắp xếp đơn vị hành chính
          {unit.mergedInto ? `, sáp nhập vào ${unit.mergedInto.name}` : ""}. Sau ngày đó đơn vị không tiếp nhận hồ sơ; các mô hình của đơn vị cũng dừng.
        </p>
        <div className="mt-1">
          <SuccessorNotice unit={unit} />
        </div>
        <p className="mt-1">Chọn một ngày đến hết ngày {formatDateVi(unit.validTo!)} để xem lịch của đơn vị khi còn hoạt động.</p>
      </Alert>
    );
  }
  if (banner.lifetime === "NOT_YET") {
    return (
      <Alert tone="warn" title={`${label}: ${unit.name} chưa được thành lập`}>
        <p>Đơn vị được thành lập từ ngày {formatDateVi(unit.validFrom!)}. Chọn một ngày từ ngày đó trở đi để xem lịch.</p>
      </Alert>
    );
  }
  const others = (
    <>
      {banner.open.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {banner.open.map((m) => (
            <li key={m.modelId}>
              Đang áp dụng <strong>{m.name}</strong>
              {m.procedureCount ? ` (${m.procedureCount} thủ tục)` : ""} — {m.intakeUntil ? `nhận hồ sơ đến ${m.intakeUntil}` : `đến ${m.windowEnd}`}.
            </li>
          ))}
        </ul>
      ) : null}
      {banner.nextSameDay ? (
        <p className="mt-1">
          Trả kết quả trong ngày lần tới: <strong>{openingText(banner.nextSameDay)}</strong> ({banner.nextSameDay.name}).
        </p>
      ) : null}
      {banner.nextOffice ? (
        <p className="mt-1">
          Bộ phận Một cửa mở cửa lại lúc{" "}
          <strong>
            {banner.nextOffice.start} {banner.nextOffice.weekdayName} {formatDateVi(banner.nextOffice.date)}
          </strong>
          .
        </p>
      ) : null}
      {banner.upcoming.length > 0 ? (
        <div className="mt-1">
          <p>Lịch sắp tới của các mô hình:</p>
          <ul className="list-disc pl-5">
            {banner.upcoming.map((o) => (
              <li key={`${o.modelId}-${o.date}-${o.start}`}>
                {o.name}: {openingText(o)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
  if (banner.sameDay) {
    return (
      <Alert tone="ok" title={`${label}: ${banner.sameDay.procedureCount} thủ tục trả kết quả trong ngày — nhận hồ sơ đến ${banner.sameDay.until}`}>
        <p>
          Lúc {banner.time}: {banner.sameDay.models.join("; ")}. Điều kiện: hồ sơ đầy đủ, hợp lệ. Các thủ tục được đánh dấu «Trong ngày» trong bảng bên dưới.
        </p>
        {others}
      </Alert>
    );
  }
  const dayState = !banner.day.working
    ? `ngày nghỉ${banner.day.name ? ` (${banner.day.name})` : ""}`
    : banner.officeOpen
      ? "trong giờ làm việc, tiếp nhận và hẹn trả theo thời hạn luật định"
      : "ngoài giờ làm việc";
  // Outside office hours a model may still be open (the 9th hour, an evening session): say so first.
  const extra = !banner.officeOpen ? banner.open[0] : undefined;
  const state = extra ? `${dayState}, đang mở «${extra.name}» đến ${extra.intakeUntil ?? extra.windowEnd}` : dayState;
  return (
    <Alert tone="brand" title={`${label} lúc ${banner.time}: ${state}`}>
      {banner.officeWindows.length > 0 ? <p>Giờ làm việc hôm đó: {banner.officeWindows.map((w) => `${w.start}–${w.end}`).join(", ")}.</p> : null}
      {others}
      {banner.open.length === 0 && !banner.nextSameDay && banner.upcoming.length === 0 ? <p className="mt-1">Không có lịch mô hình nào sắp tới trong các kế hoạch đã ban hành.</p> : null}
    </Alert>
  );
}
