import Link from "next/link";
import { Badge, Card, Field, inputClass } from "@/components/ui/primitives";
import { ScrollArea } from "@/components/ui/scroll-area";
import { addDays, formatDateVi, type LocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { addOfficeHoursAction, withdrawOfficeHoursAction } from "@/server/admin/units/actions";
import type { OfficeHoursDto } from "@/server/admin/units/queries";
import { ActionForm, FieldError, SubmitButton, WithdrawForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";

const ROWS = 3;

/**
 * A unit's office hours on working days, versioned: what each date was (and will be)
 * answered with. Model rules "in office hours", the 15:30 cut-offs and the statutory
 * working-day counts all read them.
 */
export function OfficeHoursCard({ unitId, hours, today }: { unitId: string; hours: OfficeHoursDto; today: LocalDate }) {
  const prefill = [...hours.current, ...Array.from({ length: ROWS }, () => ({ start: "", end: "" }))].slice(0, ROWS);
  return (
    <Card title="Giờ làm việc">
      <p className="mb-3">
        {hours.source.kind === "OWN" ? (
          "Đơn vị tự đặt giờ làm việc."
        ) : hours.source.kind === "INHERITED" ? (
          <>
            Theo giờ làm việc của <Link href={paths.admin.unit(hours.source.unitId)}>{hours.source.unitName}</Link>. Thêm giờ riêng dưới đây nếu đơn vị làm việc khác.
          </>
        ) : (
          "Chưa đơn vị nào đặt giờ làm việc: dùng giờ hành chính thông thường."
        )}
      </p>
      <ScrollArea label="Các phiên bản giờ làm việc">
        <table className="w-full text-left">
          <caption className="sr-only">Các phiên bản giờ làm việc</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">Áp dụng từ</th>
              <th scope="col" className="py-2 pr-3">Khung giờ ngày làm việc</th>
              <th scope="col" className="py-2 pr-3"><span className="sr-only">Thao tác</span></th>
            </tr>
          </thead>
          <tbody>
            {hours.versions.map((v) => (
              <tr key={v.effectiveFrom} className="border-b border-line align-top">
                <td className="py-2 pr-3">
                  {formatDateVi(v.effectiveFrom)} {v.inForce ? <Badge tone="ok">đang áp dụng</Badge> : v.pending ? <Badge tone="warn">sắp áp dụng</Badge> : null}
                </td>
                <td className="py-2 pr-3">{v.windows}</td>
                <td className="py-2 pr-3">
                  {v.pending && hours.source.kind === "OWN" ? (
                    <WithdrawForm action={withdrawOfficeHoursAction} label={`Rút giờ làm việc từ ngày ${formatDateVi(v.effectiveFrom)}`} fields={{ unitId, effectiveFrom: v.effectiveFrom }} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <ActionForm action={addOfficeHoursAction} success="Đã lưu giờ làm việc mới." label="Thêm giờ làm việc mới" className="mt-4 space-y-4">
        <input type="hidden" name="unitId" value={unitId} />
        <TextField name="effectiveFrom" type="date" label="Áp dụng từ ngày" required defaultValue={addDays(today, 1)} hint="Sớm nhất từ ngày mai; các ngày trước giữ giờ cũ." />
        <fieldset className="space-y-2">
          <legend className="font-semibold">Khung giờ (để trống hàng không dùng)</legend>
          {prefill.map((w, i) => (
            <div key={i} className="grid grid-cols-2 gap-3">
              <Field label={`Khung ${i + 1} – từ`} htmlFor={`oh-start-${i}`}>
                <input id={`oh-start-${i}`} name="windowStart" type="time" defaultValue={w.start} className={inputClass} />
              </Field>
              <Field label={`Khung ${i + 1} – đến`} htmlFor={`oh-end-${i}`}>
                <input id={`oh-end-${i}`} name="windowEnd" type="time" defaultValue={w.end} className={inputClass} />
              </Field>
            </div>
          ))}
          <FieldError name="windows" />
        </fieldset>
        <SubmitButton>Lưu giờ làm việc</SubmitButton>
      </ActionForm>
    </Card>
  );
}
