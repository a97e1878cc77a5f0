import { Field, inputClass } from "@/components/ui/primitives";
import { formatDateVi } from "@/domain/schedule/local-time";
import { Section, type SectionProps } from "./controls";
import type { BuilderState } from "./state";

/** From when to when the model applies; for an issued plan, also from when the changed rule does. */
export function ValiditySection({ s, dispatch, id, issues, issued, editing, today }: SectionProps & { issued: boolean; editing: boolean; today: string }) {
  const set = (patch: Partial<BuilderState>) => dispatch({ type: "set", patch });
  return (
    <Section title="4. Thời gian áp dụng" issues={issues}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="Áp dụng từ ngày" htmlFor={id("from")} required>
          <input id={id("from")} type="date" value={s.validFrom} onChange={(e) => set({ validFrom: e.target.value })} className={inputClass} />
        </Field>
        <Field label="Đến hết ngày" htmlFor={id("to")} hint="Để trống nếu kế hoạch không nêu ngày kết thúc.">
          <input id={id("to")} aria-describedby={`${id("to")}-hint`} type="date" value={s.validTo} onChange={(e) => set({ validTo: e.target.value })} className={inputClass} />
        </Field>
      </div>
      {issued ? (
        <div className="space-y-3 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200">
          <Field
            label={editing ? "Quy tắc mới áp dụng từ ngày" : "Mô hình áp dụng từ ngày"}
            required={editing}
            htmlFor={id("effective")}
            hint={`Kế hoạch đã ban hành: thay đổi tạo phiên bản mới, từ hôm nay (${formatDateVi(today)}) trở đi. Hồ sơ đã nhận giữ phiên bản và giấy hẹn cũ.`}
          >
            <input id={id("effective")} aria-describedby={`${id("effective")}-hint`} type="date" min={today} value={s.effectiveFrom} onChange={(e) => set({ effectiveFrom: e.target.value })} className={inputClass} />
          </Field>
          <Field label="Lý do thay đổi" htmlFor={id("note")}>
            <input id={id("note")} value={s.note} onChange={(e) => set({ note: e.target.value })} className={inputClass} />
          </Field>
        </div>
      ) : null}
    </Section>
  );
}
