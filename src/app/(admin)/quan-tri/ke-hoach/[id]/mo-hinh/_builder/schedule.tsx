import { Field, buttonClass, inputClass } from "@/components/ui/primitives";
import { WEEKDAYS, weekdayNameVi } from "@/domain/schedule/local-time";
import type { Weekday } from "@/domain/schedule/types";
import { Check, Choice, Options, Section, capital, type SectionProps } from "./controls";
import { hasDates, repeats, type BuilderState, type Nth, type ScheduleKind } from "./state";

const NTH_LABELS: [Nth, string][] = [
  [1, "thứ nhất"],
  [2, "thứ hai"],
  [3, "thứ ba"],
  [4, "thứ tư"],
  [-1, "cuối cùng"],
];

const SCHEDULE_KINDS: [ScheduleKind, string][] = [
  ["WEEKLY", "Hằng tuần, vào các thứ"],
  ["MONTHLY_NTH_WEEKDAY", "Một thứ trong tháng (ví dụ thứ Bảy cuối quý)"],
  ["DAILY", "Hằng ngày"],
  ["DATES", "Các ngày cụ thể"],
  ["NONE", "Không có lịch (thư, cam kết)"],
];

/** A textarea of dates, one a line, with its hint. */
function DatesField({ id, label, hint, rows, value, onChange }: { id: string; label: string; hint: string; rows: number; value: string; onChange: (v: string) => void }) {
  return (
    <Field label={label} htmlFor={id} hint={hint}>
      <textarea id={id} aria-describedby={`${id}-hint`} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass} />
    </Field>
  );
}

export function ScheduleSection({ s, dispatch, id, issues }: SectionProps) {
  const set = (patch: Partial<BuilderState>) => dispatch({ type: "set", patch });
  // A stored RRULE no friendly form expresses stays on offer only while it is the rule.
  const kinds = s.scheduleKind === "RRULE" ? [...SCHEDULE_KINDS, ["RRULE", "Chuỗi lặp RRULE"] as [ScheduleKind, string]] : SCHEDULE_KINDS;
  return (
    <Section title="2. Ngày thực hiện" issues={issues}>
      <fieldset>
        <legend className="font-semibold">Lặp lại</legend>
        <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
          {kinds.map(([value, label]) => (
            <Choice key={value} group={id("schedule")} checked={s.scheduleKind === value} onChange={() => set({ scheduleKind: value })}>
              {label}
            </Choice>
          ))}
        </div>
      </fieldset>
      {s.scheduleKind === "WEEKLY" ? (
        <>
          <fieldset>
            <legend className="font-semibold">Các thứ trong tuần</legend>
            <div className="mt-1 flex flex-wrap gap-x-4">
              {WEEKDAYS.map((d) => (
                <Check key={d} label={capital(weekdayNameVi(d))} checked={s.weekdays.includes(d)} onChange={(on) => dispatch({ type: "toggleWeekday", day: d, on })} />
              ))}
            </div>
          </fieldset>
          <Field label="Cách mấy tuần một lần" htmlFor={id("interval")}>
            <input id={id("interval")} type="number" min={1} inputMode="numeric" value={s.interval} onChange={(e) => set({ interval: e.target.value })} className={`${inputClass} max-w-32`} />
          </Field>
        </>
      ) : null}
      {s.scheduleKind === "MONTHLY_NTH_WEEKDAY" ? (
        <>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Field label="Tuần" htmlFor={id("nth")}>
              <select id={id("nth")} value={s.nth} onChange={(e) => set({ nth: Number(e.target.value) as Nth })} className={inputClass}>
                <Options options={NTH_LABELS.map(([value, label]) => ({ value, label }))} />
              </select>
            </Field>
            <Field label="Thứ" htmlFor={id("mweekday")}>
              <select id={id("mweekday")} value={s.monthlyWeekday} onChange={(e) => set({ monthlyWeekday: e.target.value as Weekday })} className={inputClass}>
                <Options options={WEEKDAYS.map((d) => ({ value: d, label: capital(weekdayNameVi(d)) }))} />
              </select>
            </Field>
          </div>
          <fieldset>
            <legend className="font-semibold">Của các tháng (không chọn: mọi tháng)</legend>
            <div className="mt-1 grid grid-cols-3 gap-x-3 sm:grid-cols-6">
              {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                <Check key={m} label={`Tháng ${m}`} checked={s.months.includes(m)} onChange={(on) => dispatch({ type: "toggleMonth", month: m, on })} />
              ))}
            </div>
            <button type="button" className={buttonClass("ghost", "mt-1")} onClick={() => dispatch({ type: "quarterEnds" })}>
              Chọn tháng cuối mỗi quý
            </button>
          </fieldset>
        </>
      ) : null}
      {s.scheduleKind === "DATES" ? <DatesField id={id("dates")} label="Các ngày" hint="Mỗi ngày một dòng, dạng ngày/tháng/năm." rows={3} value={s.dates} onChange={(v) => set({ dates: v })} /> : null}
      {s.scheduleKind === "RRULE" ? (
        <Field label="Chuỗi lặp (RRULE)" htmlFor={id("rrule")} hint="Quy tắc đã lưu không thuộc các dạng trên; giữ nguyên hoặc chọn một dạng khác.">
          <input id={id("rrule")} aria-describedby={`${id("rrule")}-hint`} value={s.rrule} onChange={(e) => set({ rrule: e.target.value })} className={inputClass} />
        </Field>
      ) : null}
      {repeats(s.scheduleKind) ? (
        <DatesField id={id("extra")} label="Thêm các ngày ngoài lịch lặp" hint="Mỗi ngày một dòng, dạng ngày/tháng/năm; để trống nếu không có." rows={2} value={s.extraDates} onChange={(v) => set({ extraDates: v })} />
      ) : null}
      {hasDates(s.scheduleKind) ? (
        <DatesField id={id("exdates")} label="Bỏ các ngày" hint="Ngày không thực hiện dù đúng lịch; mỗi ngày một dòng." rows={2} value={s.exdates} onChange={(v) => set({ exdates: v })} />
      ) : null}
      <Check
        label="Không thực hiện vào ngày nghỉ lễ, Tết và ngày nghỉ"
        hint="Bỏ chọn cho buổi tối thứ Bảy «Lắng nghe dân nói» và các mô hình ngoài ngày làm việc."
        checked={s.workingDaysOnly}
        onChange={(v) => set({ workingDaysOnly: v })}
      />
    </Section>
  );
}
