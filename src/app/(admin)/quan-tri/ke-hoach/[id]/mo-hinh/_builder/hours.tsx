import { Field, buttonClass, inputClass } from "@/components/ui/primitives";
import { labelOptions, turnaroundLabel } from "@/domain/labels";
import { Check, Choice, Options, Section, type SectionProps } from "./controls";
import { turnaroundTakesValue, type BuilderState, type TurnaroundKind } from "./state";

export function HoursSection({ s, dispatch, id, issues }: SectionProps) {
  const set = (patch: Partial<BuilderState>) => dispatch({ type: "set", patch });
  return (
    <Section title="3. Giờ và thời hạn" issues={issues}>
      <fieldset>
        <legend className="font-semibold">Giờ thực hiện</legend>
        <Choice group={id("hours")} checked={s.hoursKind === "OFFICE_HOURS"} onChange={() => dispatch({ type: "hoursKind", kind: "OFFICE_HOURS" })}>
          Giờ hành chính của đơn vị
        </Choice>
        <Choice group={id("hours")} checked={s.hoursKind === "WINDOWS"} onChange={() => dispatch({ type: "hoursKind", kind: "WINDOWS" })}>
          Khung giờ riêng
        </Choice>
      </fieldset>
      {s.hoursKind === "WINDOWS" ? (
        <div className="space-y-2">
          {s.windows.map((w, i) => (
            <div key={i} className="flex flex-wrap items-end gap-3">
              <Field label={`Khung ${i + 1}: từ`} htmlFor={id(`ws${i}`)}>
                <input id={id(`ws${i}`)} type="time" value={w.start} onChange={(e) => dispatch({ type: "updateWindow", index: i, patch: { start: e.target.value } })} className={inputClass} />
              </Field>
              <Field label="đến" htmlFor={id(`we${i}`)}>
                <input id={id(`we${i}`)} type="time" value={w.end} onChange={(e) => dispatch({ type: "updateWindow", index: i, patch: { end: e.target.value } })} className={inputClass} />
              </Field>
              <button type="button" className={buttonClass("ghost")} onClick={() => dispatch({ type: "removeWindow", index: i })}>
                Bỏ khung {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className={buttonClass("secondary")} onClick={() => dispatch({ type: "addWindow" })}>
            Thêm khung giờ
          </button>
        </div>
      ) : null}
      <Field label="Nhận hồ sơ đến (giờ)" htmlFor={id("cutoff")} hint="Để trống nếu nhận đến hết giờ; ví dụ Phổ Nhơn nhận đến 15 giờ 30.">
        <input id={id("cutoff")} aria-describedby={`${id("cutoff")}-hint`} type="time" value={s.intakeCutoff} onChange={(e) => set({ intakeCutoff: e.target.value })} className={`${inputClass} max-w-48`} />
      </Field>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="Thời hạn trả kết quả" htmlFor={id("turnaround")}>
          <select id={id("turnaround")} value={s.turnaroundKind} onChange={(e) => set({ turnaroundKind: e.target.value as TurnaroundKind })} className={inputClass}>
            <Options options={labelOptions(turnaroundLabel)} />
          </select>
        </Field>
        {turnaroundTakesValue(s.turnaroundKind) ? (
          <Field label={s.turnaroundKind === "MINUTES" ? "Số phút làm việc" : "Số ngày làm việc"} htmlFor={id("tvalue")}>
            <input id={id("tvalue")} type="number" min={1} inputMode="numeric" value={s.turnaroundValue} onChange={(e) => set({ turnaroundValue: e.target.value })} className={inputClass} />
          </Field>
        ) : null}
      </div>
      <Check
        label="Không để hồ sơ nhận thứ Sáu hẹn sang tuần sau"
        hint="Như Phước Long: hồ sơ của mô hình nhận vào thứ Sáu được trả ngay trong ngày."
        checked={s.noDeferralPastWeekend}
        onChange={(v) => set({ noDeferralPastWeekend: v })}
      />
    </Section>
  );
}
