"use client";

import { useActionState, useEffect, useId, useMemo, useRef, useState, useTransition } from "react";
import { Alert, Badge, buttonClass, inputClass } from "@/components/ui/primitives";
import { ServiceTagChip } from "@/components/public/service-tag";
import { adminLevelLabel, eligibleGroupLabel, modelKindLabel, placeLabel, turnaroundLabel } from "@/domain/labels";
import { WEEKDAYS, formatDateVi, isLocalDate, parseVnDate, weekdayNameVi } from "@/domain/schedule/local-time";
import type { EligibleGroup, ModelKind, Place, Weekday } from "@/domain/schedule/types";
import { previewModelAction, saveModelAction } from "@/server/admin/models/actions";
import type { ModelFormInput, ModelFormValues } from "@/server/admin/models/input";
import type { ModelPreviewDto } from "@/server/admin/models/preview-model";
import type { ProcedureOptionDto } from "@/server/admin/models/queries";
import type { UnitOptionDto } from "@/server/admin/plans/queries";
import type { Result } from "@/server/errors";
import { Outcome } from "../../../_components/action-form";
import { ScrollArea } from "@/components/ui/scroll-area";

type ScheduleKind = "WEEKLY" | "MONTHLY_NTH_WEEKDAY" | "DAILY" | "DATES" | "NONE" | "RRULE";
type Nth = 1 | 2 | 3 | 4 | -1;

/** The builder's own state: what the inputs hold (dates as typed, numbers as text). */
interface BuilderState {
  name: string;
  kind: ModelKind;
  description: string;
  sourceQuotes: string;
  attendeeRoles: string;
  assumptions: string;
  scheduleKind: ScheduleKind;
  weekdays: Weekday[];
  interval: string;
  monthlyWeekday: Weekday;
  nth: Nth;
  months: number[];
  dates: string;
  rrule: string;
  extraDates: string;
  exdates: string;
  hoursKind: "OFFICE_HOURS" | "WINDOWS";
  windows: { start: string; end: string }[];
  intakeCutoff: string;
  turnaroundKind: "STATUTORY" | "MINUTES" | "SAME_DAY" | "WORKING_DAYS";
  turnaroundValue: string;
  workingDaysOnly: boolean;
  noDeferralPastWeekend: boolean;
  validFrom: string;
  validTo: string;
  effectiveFrom: string;
  place: Place;
  placeNote: string;
  eligibleGroups: EligibleGroup[];
  note: string;
  scopes: { unitId: string; allProcedures: boolean; procedureIds: string[]; capacityPerDay: string; localName: string }[];
}

const text = (v: unknown) => (Array.isArray(v) ? v.join("\n") : typeof v === "string" ? v : "");
const viDates = (list: readonly string[] | undefined) => (list ?? []).map((d) => (isLocalDate(d) ? formatDateVi(d) : d)).join("\n");
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fromValues(v: ModelFormInput): BuilderState {
  const s = v.schedule;
  return {
    name: v.name,
    kind: v.kind,
    description: v.description,
    sourceQuotes: text(v.sourceQuotes),
    attendeeRoles: text(v.attendeeRoles),
    assumptions: text(v.assumptions),
    scheduleKind: s.kind,
    weekdays: s.kind === "WEEKLY" ? [...s.weekdays] : [],
    interval: s.kind === "WEEKLY" ? String(s.interval ?? 1) : "1",
    monthlyWeekday: s.kind === "MONTHLY_NTH_WEEKDAY" ? s.weekday : WEEKDAYS[0]!,
    nth: s.kind === "MONTHLY_NTH_WEEKDAY" ? s.nth : -1,
    months: s.kind === "MONTHLY_NTH_WEEKDAY" ? [...s.months] : [],
    dates: s.kind === "DATES" ? viDates(s.dates) : "",
    rrule: s.kind === "RRULE" ? s.rrule : "",
    extraDates: viDates(v.extraDates),
    exdates: viDates(v.exdates),
    hoursKind: v.hoursKind,
    windows: v.windows?.length ? v.windows.map((w) => ({ ...w })) : [],
    intakeCutoff: v.intakeCutoff ?? "",
    turnaroundKind: v.turnaroundKind,
    turnaroundValue: v.turnaroundValue === null || v.turnaroundValue === undefined ? "" : String(v.turnaroundValue),
    workingDaysOnly: v.workingDaysOnly ?? true,
    noDeferralPastWeekend: v.noDeferralPastWeekend ?? false,
    validFrom: v.validFrom ?? "",
    validTo: v.validTo ?? "",
    effectiveFrom: v.effectiveFrom ?? "",
    place: v.place,
    placeNote: v.placeNote ?? "",
    eligibleGroups: [...(v.eligibleGroups ?? [])],
    note: v.note ?? "",
    scopes: (v.scopes ?? []).map((x) => ({
      unitId: x.unitId,
      allProcedures: x.allProcedures ?? false,
      procedureIds: [...(x.procedureIds ?? [])],
      capacityPerDay: x.capacityPerDay === null || x.capacityPerDay === undefined ? "" : String(x.capacityPerDay),
      localName: x.localName ?? "",
    })),
  };
}

/** Dates typed one per line as dd/mm/yyyy (or yyyy-mm-dd); a bad line is sent as typed so the server names it. */
function dateList(value: string): string[] {
  return value
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => parseVnDate(s) ?? s);
}

function toPayload(s: BuilderState, ids: { planId: string; modelId?: string }): ModelFormValues {
  const schedule: ModelFormValues["schedule"] =
    s.scheduleKind === "WEEKLY"
      ? { kind: "WEEKLY", weekdays: s.weekdays, interval: Number(s.interval) || 1 }
      : s.scheduleKind === "MONTHLY_NTH_WEEKDAY"
        ? { kind: "MONTHLY_NTH_WEEKDAY", weekday: s.monthlyWeekday, nth: s.nth, months: s.months }
        : s.scheduleKind === "DATES"
          ? { kind: "DATES", dates: dateList(s.dates) }
          : s.scheduleKind === "RRULE"
            ? { kind: "RRULE", rrule: s.rrule }
            : { kind: s.scheduleKind };
  return {
    planId: ids.planId,
    modelId: ids.modelId,
    name: s.name,
    kind: s.kind,
    description: s.description,
    sourceQuotes: s.sourceQuotes,
    attendeeRoles: s.attendeeRoles,
    assumptions: s.assumptions,
    schedule,
    extraDates: s.scheduleKind === "DATES" || s.scheduleKind === "NONE" ? [] : dateList(s.extraDates),
    exdates: dateList(s.exdates),
    hoursKind: s.hoursKind,
    windows: s.hoursKind === "WINDOWS" ? s.windows : [],
    validFrom: s.validFrom,
    validTo: s.validTo || undefined,
    effectiveFrom: s.effectiveFrom || undefined,
    intakeCutoff: s.intakeCutoff || null,
    turnaroundKind: s.turnaroundKind,
    turnaroundValue: s.turnaroundKind === "MINUTES" || s.turnaroundKind === "WORKING_DAYS" ? (s.turnaroundValue === "" ? null : Number(s.turnaroundValue)) : null,
    workingDaysOnly: s.workingDaysOnly,
    noDeferralPastWeekend: s.noDeferralPastWeekend,
    place: s.place,
    placeNote: s.placeNote || null,
    eligibleGroups: s.eligibleGroups,
    note: s.note || null,
    scopes: s.scopes.map((x) => ({
      unitId: x.unitId,
      allProcedures: x.allProcedures,
      procedureIds: x.allProcedures ? [] : x.procedureIds,
      capacityPerDay: x.capacityPerDay === "" ? null : Number(x.capacityPerDay),
      localName: x.localName || null,
    })),
  };
}

const NTH_LABELS: [Nth, string][] = [
  [1, "thứ nhất"],
  [2, "thứ hai"],
  [3, "thứ ba"],
  [4, "thứ tư"],
  [-1, "cuối cùng"],
];

const OUTCOME_TEXT: Record<string, (d: string) => string> = {
  DRAFT_EDITED: () => "Đã lưu quy tắc của mô hình.",
  NEW_VERSION: (d) => `Đã lưu: phiên bản mới áp dụng từ ngày ${formatDateVi(d)}; hồ sơ nhận trước ngày đó giữ quy tắc cũ.`,
  SCHEDULED_VERSION_REPLACED: (d) => `Đã sửa phiên bản sẽ áp dụng từ ngày ${formatDateVi(d)}.`,
  TEXT_ONLY: () => "Đã lưu tên và mô tả; quy tắc không đổi nên không tạo phiên bản mới.",
};

function Section({ title, children, issues }: { title: string; children: React.ReactNode; issues?: string[] }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-lg font-bold text-brand-900">{title}</legend>
      {issues?.length ? (
        <ul className="list-disc rounded bg-red-50 py-2 pl-8 pr-3 text-sm font-medium text-bad-700">
          {issues.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </fieldset>
  );
}

function Labelled({ id, label, hint, children }: { id: string; label: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function Check({ checked, onChange, label, hint }: { checked: boolean; onChange: (v: boolean) => void; label: string; hint?: string }) {
  return (
    <label className="flex min-h-11 items-start gap-3">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
      <span>
        {label}
        {hint ? <span className="block text-sm text-muted">{hint}</span> : null}
      </span>
    </label>
  );
}

/**
 * The model builder: the rule as a form, with a live preview computed by the engine on the
 * server (the next occurrences and the weekly table citizens will see), refreshed as the
 * form changes. Invalid rules are shown with the engine's messages and refused on saving.
 */
export function ModelBuilder({
  planId,
  modelId,
  issued,
  initial,
  units,
  procedures,
  today,
}: {
  planId: string;
  modelId?: string;
  /** The plan is issued: a change of rule becomes a new version from a chosen day. */
  issued: boolean;
  initial: ModelFormInput;
  units: UnitOptionDto[];
  procedures: ProcedureOptionDto[];
  today: string;
}) {
  const uid = useId();
  const [s, setState] = useState<BuilderState>(() => fromValues(initial));
  const set = (patch: Partial<BuilderState>) => setState((prev) => ({ ...prev, ...patch }));
  const payload = useMemo(() => toPayload(s, { planId, modelId }), [s, planId, modelId]);
  const [saved, saveAction, saving] = useActionState(saveModelAction, null);

  const [preview, setPreview] = useState<Result<ModelPreviewDto> | null>(null);
  const [previewUnit, setPreviewUnit] = useState<string>("");
  const [previewFrom, setPreviewFrom] = useState<string>("");
  const [refreshing, startRefresh] = useTransition();
  const request = useRef(0);
  useEffect(() => {
    const n = ++request.current;
    const timer = setTimeout(() => {
      startRefresh(async () => {
        const result = await previewModelAction({ form: payload, unitId: previewUnit || undefined, from: previewFrom || undefined });
        if (n === request.current) setPreview(result);
      });
    }, 350);
    return () => clearTimeout(timer);
  }, [payload, previewUnit, previewFrom]);

  const issues = preview?.ok ? preview.data.issues : [];
  const issuesAt = (...prefixes: string[]) => [...new Set(issues.filter((i) => prefixes.some((p) => i.path === p || i.path.startsWith(`${p}.`) || i.path.startsWith(`${p}[`))).map((i) => i.message))];
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const fieldsOrder = [...new Map(procedures.map((p) => [p.fieldCode, p.fieldName])).entries()];
  const [newScope, setNewScope] = useState("");
  const [filter, setFilter] = useState("");
  const savedOk = saved?.ok ? (saved.data as { outcome?: string; effectiveFrom?: string }) : null;

  const updateScope = (i: number, patch: Partial<BuilderState["scopes"][number]>) => set({ scopes: s.scopes.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const id = (name: string) => `${uid}-${name}`;

  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-5">
      <form action={saveAction} className="space-y-5 xl:col-span-3" aria-label="Quy tắc của mô hình">
        <input type="hidden" name="payload" value={JSON.stringify(payload)} />
        {savedOk ? <Alert tone="ok">{(OUTCOME_TEXT[savedOk.outcome ?? ""] ?? (() => "Đã lưu."))(savedOk.effectiveFrom ?? "")}</Alert> : <Outcome state={saved} />}

        <Section title="1. Thông tin chung" issues={issuesAt("name", "kind", "description")}>
          <Labelled id={id("name")} label="Tên mô hình *">
            <input id={id("name")} value={s.name} onChange={(e) => set({ name: e.target.value })} required className={inputClass} />
          </Labelled>
          <Labelled id={id("kind")} label="Loại mô hình *">
            <select id={id("kind")} value={s.kind} onChange={(e) => set({ kind: e.target.value as ModelKind })} className={inputClass}>
              {(Object.keys(modelKindLabel) as ModelKind[]).map((k) => (
                <option key={k} value={k}>
                  {modelKindLabel[k]}
                </option>
              ))}
            </select>
          </Labelled>
          <Labelled id={id("description")} label="Mô tả ngắn cho người dân *">
            <textarea id={id("description")} rows={3} value={s.description} onChange={(e) => set({ description: e.target.value })} className={inputClass} />
          </Labelled>
          <Labelled id={id("quotes")} label="Câu trích trong kế hoạch" hint="Mỗi câu một dòng, nguyên văn.">
            <textarea id={id("quotes")} aria-describedby={`${id("quotes")}-hint`} rows={3} value={s.sourceQuotes} onChange={(e) => set({ sourceQuotes: e.target.value })} className={inputClass} />
          </Labelled>
          {s.kind === "LISTENING_SESSION" ? (
            <Labelled id={id("attendees")} label="Thành phần tham dự" hint="Mỗi chức danh một dòng.">
              <textarea id={id("attendees")} aria-describedby={`${id("attendees")}-hint`} rows={3} value={s.attendeeRoles} onChange={(e) => set({ attendeeRoles: e.target.value })} className={inputClass} />
            </Labelled>
          ) : null}
          <Labelled id={id("assumptions")} label="Ghi chú khi nhập" hint="Những chỗ kế hoạch không nói rõ và cách đã hiểu; mỗi ghi chú một dòng.">
            <textarea id={id("assumptions")} aria-describedby={`${id("assumptions")}-hint`} rows={2} value={s.assumptions} onChange={(e) => set({ assumptions: e.target.value })} className={inputClass} />
          </Labelled>
        </Section>

        <Section title="2. Ngày thực hiện" issues={issuesAt("recurrence", "schedule", "extraDates", "exdates")}>
          <fieldset>
            <legend className="font-semibold">Lặp lại</legend>
            <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
              {(
                [
                  ["WEEKLY", "Hằng tuần, vào các thứ"],
                  ["MONTHLY_NTH_WEEKDAY", "Một thứ trong tháng (ví dụ thứ Bảy cuối quý)"],
                  ["DAILY", "Hằng ngày"],
                  ["DATES", "Các ngày cụ thể"],
                  ["NONE", "Không có lịch (thư, cam kết)"],
                  ...(s.scheduleKind === "RRULE" ? [["RRULE", "Chuỗi lặp RRULE"] as const] : []),
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="flex min-h-11 items-center gap-3">
                  <input type="radio" name={id("schedule")} checked={s.scheduleKind === value} onChange={() => set({ scheduleKind: value })} className="h-5 w-5 accent-brand-700" />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          {s.scheduleKind === "WEEKLY" ? (
            <>
              <fieldset>
                <legend className="font-semibold">Các thứ trong tuần</legend>
                <div className="mt-1 flex flex-wrap gap-x-4">
                  {WEEKDAYS.map((d) => (
                    <Check key={d} label={capital(weekdayNameVi(d))} checked={s.weekdays.includes(d)} onChange={(on) => set({ weekdays: on ? [...s.weekdays, d] : s.weekdays.filter((x) => x !== d) })} />
                  ))}
                </div>
              </fieldset>
              <Labelled id={id("interval")} label="Cách mấy tuần một lần">
                <input id={id("interval")} type="number" min={1} inputMode="numeric" value={s.interval} onChange={(e) => set({ interval: e.target.value })} className={`${inputClass} max-w-32`} />
              </Labelled>
            </>
          ) : null}
          {s.scheduleKind === "MONTHLY_NTH_WEEKDAY" ? (
            <>
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                <Labelled id={id("nth")} label="Tuần">
                  <select id={id("nth")} value={s.nth} onChange={(e) => set({ nth: Number(e.target.value) as Nth })} className={inputClass}>
                    {NTH_LABELS.map(([n, l]) => (
                      <option key={n} value={n}>
                        {l}
                      </option>
                    ))}
                  </select>
                </Labelled>
                <Labelled id={id("mweekday")} label="Thứ">
                  <select id={id("mweekday")} value={s.monthlyWeekday} onChange={(e) => set({ monthlyWeekday: e.target.value as Weekday })} className={inputClass}>
                    {WEEKDAYS.map((d) => (
                      <option key={d} value={d}>
                        {capital(weekdayNameVi(d))}
                      </option>
                    ))}
                  </select>
                </Labelled>
              </div>
              <fieldset>
                <legend className="font-semibold">Của các tháng (không chọn: mọi tháng)</legend>
                <div className="mt-1 grid grid-cols-3 gap-x-3 sm:grid-cols-6">
                  {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                    <Check key={m} label={`Tháng ${m}`} checked={s.months.includes(m)} onChange={(on) => set({ months: on ? [...s.months, m].sort((a, b) => a - b) : s.months.filter((x) => x !== m) })} />
                  ))}
                </div>
                <button type="button" className={buttonClass("ghost", "mt-1")} onClick={() => set({ months: [3, 6, 9, 12] })}>
                  Chọn tháng cuối mỗi quý
                </button>
              </fieldset>
            </>
          ) : null}
          {s.scheduleKind === "DATES" ? (
            <Labelled id={id("dates")} label="Các ngày" hint="Mỗi ngày một dòng, dạng ngày/tháng/năm.">
              <textarea id={id("dates")} aria-describedby={`${id("dates")}-hint`} rows={3} value={s.dates} onChange={(e) => set({ dates: e.target.value })} className={inputClass} />
            </Labelled>
          ) : null}
          {s.scheduleKind === "RRULE" ? (
            <Labelled id={id("rrule")} label="Chuỗi lặp (RRULE)" hint="Quy tắc đã lưu không thuộc các dạng trên; giữ nguyên hoặc chọn một dạng khác.">
              <input id={id("rrule")} aria-describedby={`${id("rrule")}-hint`} value={s.rrule} onChange={(e) => set({ rrule: e.target.value })} className={inputClass} />
            </Labelled>
          ) : null}
          {s.scheduleKind !== "DATES" && s.scheduleKind !== "NONE" ? (
            <Labelled id={id("extra")} label="Thêm các ngày ngoài lịch lặp" hint="Mỗi ngày một dòng, dạng ngày/tháng/năm; để trống nếu không có.">
              <textarea id={id("extra")} aria-describedby={`${id("extra")}-hint`} rows={2} value={s.extraDates} onChange={(e) => set({ extraDates: e.target.value })} className={inputClass} />
            </Labelled>
          ) : null}
          {s.scheduleKind !== "NONE" ? (
            <Labelled id={id("exdates")} label="Bỏ các ngày" hint="Ngày không thực hiện dù đúng lịch; mỗi ngày một dòng.">
              <textarea id={id("exdates")} aria-describedby={`${id("exdates")}-hint`} rows={2} value={s.exdates} onChange={(e) => set({ exdates: e.target.value })} className={inputClass} />
            </Labelled>
          ) : null}
          <Check
            label="Không thực hiện vào ngày nghỉ lễ, Tết và ngày nghỉ"
            hint="Bỏ chọn cho buổi tối thứ Bảy «Lắng nghe dân nói» và các mô hình ngoài ngày làm việc."
            checked={s.workingDaysOnly}
            onChange={(v) => set({ workingDaysOnly: v })}
          />
        </Section>

        <Section title="3. Giờ và thời hạn" issues={issuesAt("hours", "intakeCutoff", "turnaround", "noDeferralPastWeekend", "windows")}>
          <fieldset>
            <legend className="font-semibold">Giờ thực hiện</legend>
            <label className="flex min-h-11 items-center gap-3">
              <input type="radio" name={id("hours")} checked={s.hoursKind === "OFFICE_HOURS"} onChange={() => set({ hoursKind: "OFFICE_HOURS" })} className="h-5 w-5 accent-brand-700" />
              Giờ hành chính của đơn vị
            </label>
            <label className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name={id("hours")}
                checked={s.hoursKind === "WINDOWS"}
                onChange={() => set({ hoursKind: "WINDOWS", windows: s.windows.length ? s.windows : [{ start: "", end: "" }] })}
                className="h-5 w-5 accent-brand-700"
              />
              Khung giờ riêng
            </label>
          </fieldset>
          {s.hoursKind === "WINDOWS" ? (
            <div className="space-y-2">
              {s.windows.map((w, i) => (
                <div key={i} className="flex flex-wrap items-end gap-3">
                  <Labelled id={id(`ws${i}`)} label={`Khung ${i + 1}: từ`}>
                    <input id={id(`ws${i}`)} type="time" value={w.start} onChange={(e) => set({ windows: s.windows.map((x, j) => (j === i ? { ...x, start: e.target.value } : x)) })} className={inputClass} />
                  </Labelled>
                  <Labelled id={id(`we${i}`)} label="đến">
                    <input id={id(`we${i}`)} type="time" value={w.end} onChange={(e) => set({ windows: s.windows.map((x, j) => (j === i ? { ...x, end: e.target.value } : x)) })} className={inputClass} />
                  </Labelled>
                  <button type="button" className={buttonClass("ghost")} onClick={() => set({ windows: s.windows.filter((_, j) => j !== i) })}>
                    Bỏ khung {i + 1}
                  </button>
                </div>
              ))}
              <button type="button" className={buttonClass("secondary")} onClick={() => set({ windows: [...s.windows, { start: "", end: "" }] })}>
                Thêm khung giờ
              </button>
            </div>
          ) : null}
          <Labelled id={id("cutoff")} label="Nhận hồ sơ đến (giờ)" hint="Để trống nếu nhận đến hết giờ; ví dụ Phổ Nhơn nhận đến 15 giờ 30.">
            <input id={id("cutoff")} aria-describedby={`${id("cutoff")}-hint`} type="time" value={s.intakeCutoff} onChange={(e) => set({ intakeCutoff: e.target.value })} className={`${inputClass} max-w-48`} />
          </Labelled>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Labelled id={id("turnaround")} label="Thời hạn trả kết quả">
              <select id={id("turnaround")} value={s.turnaroundKind} onChange={(e) => set({ turnaroundKind: e.target.value as BuilderState["turnaroundKind"] })} className={inputClass}>
                {Object.entries(turnaroundLabel).map(([k, l]) => (
                  <option key={k} value={k}>
                    {l}
                  </option>
                ))}
              </select>
            </Labelled>
            {s.turnaroundKind === "MINUTES" || s.turnaroundKind === "WORKING_DAYS" ? (
              <Labelled id={id("tvalue")} label={s.turnaroundKind === "MINUTES" ? "Số phút làm việc" : "Số ngày làm việc"}>
                <input id={id("tvalue")} type="number" min={1} inputMode="numeric" value={s.turnaroundValue} onChange={(e) => set({ turnaroundValue: e.target.value })} className={inputClass} />
              </Labelled>
            ) : null}
          </div>
          <Check
            label="Không để hồ sơ nhận thứ Sáu hẹn sang tuần sau"
            hint="Như Phước Long: hồ sơ của mô hình nhận vào thứ Sáu được trả ngay trong ngày."
            checked={s.noDeferralPastWeekend}
            onChange={(v) => set({ noDeferralPastWeekend: v })}
          />
        </Section>

        <Section title="4. Thời gian áp dụng" issues={issuesAt("validFrom", "validTo", "effectiveFrom")}>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Labelled id={id("from")} label="Áp dụng từ ngày *">
              <input id={id("from")} type="date" value={s.validFrom} onChange={(e) => set({ validFrom: e.target.value })} className={inputClass} />
            </Labelled>
            <Labelled id={id("to")} label="Đến hết ngày" hint="Để trống nếu kế hoạch không nêu ngày kết thúc.">
              <input id={id("to")} aria-describedby={`${id("to")}-hint`} type="date" value={s.validTo} onChange={(e) => set({ validTo: e.target.value })} className={inputClass} />
            </Labelled>
          </div>
          {issued ? (
            <div className="space-y-3 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200">
              <Labelled
                id={id("effective")}
                label={modelId ? "Quy tắc mới áp dụng từ ngày *" : "Mô hình áp dụng từ ngày"}
                hint={`Kế hoạch đã ban hành: thay đổi tạo phiên bản mới, từ hôm nay (${formatDateVi(today)}) trở đi. Hồ sơ đã nhận giữ phiên bản và giấy hẹn cũ.`}
              >
                <input id={id("effective")} aria-describedby={`${id("effective")}-hint`} type="date" min={today} value={s.effectiveFrom} onChange={(e) => set({ effectiveFrom: e.target.value })} className={inputClass} />
              </Labelled>
              <Labelled id={id("note")} label="Lý do thay đổi">
                <input id={id("note")} value={s.note} onChange={(e) => set({ note: e.target.value })} className={inputClass} />
              </Labelled>
            </div>
          ) : null}
        </Section>

        <Section title="5. Nơi thực hiện và người được phục vụ" issues={issuesAt("place", "eligibleGroups")}>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Labelled id={id("place")} label="Nơi thực hiện">
              <select id={id("place")} value={s.place} onChange={(e) => set({ place: e.target.value as Place })} className={inputClass}>
                {(Object.keys(placeLabel) as Place[]).map((p) => (
                  <option key={p} value={p}>
                    {placeLabel[p]}
                  </option>
                ))}
              </select>
            </Labelled>
            <Labelled id={id("placeNote")} label="Ghi rõ địa điểm">
              <input id={id("placeNote")} value={s.placeNote} onChange={(e) => set({ placeNote: e.target.value })} className={inputClass} />
            </Labelled>
          </div>
          <fieldset>
            <legend className="font-semibold">Đối tượng được phục vụ</legend>
            <div className="mt-1 grid grid-cols-1 gap-x-4 sm:grid-cols-2">
              {(Object.keys(eligibleGroupLabel) as EligibleGroup[]).map((g) => (
                <Check key={g} label={eligibleGroupLabel[g]} checked={s.eligibleGroups.includes(g)} onChange={(on) => set({ eligibleGroups: on ? [...s.eligibleGroups, g] : s.eligibleGroups.filter((x) => x !== g) })} />
              ))}
            </div>
          </fieldset>
        </Section>

        <Section title="6. Đơn vị áp dụng và thủ tục" issues={issuesAt("scopes")}>
          <Labelled id={id("filter")} label="Lọc thủ tục theo tên" hint="Chỉ để tìm nhanh; không ảnh hưởng thủ tục đã chọn.">
            <input id={id("filter")} aria-describedby={`${id("filter")}-hint`} value={filter} onChange={(e) => setFilter(e.target.value)} className={inputClass} />
          </Labelled>
          {s.scopes.length === 0 ? <p className="text-muted">Chưa có đơn vị áp dụng.</p> : null}
          {s.scopes.map((scope, i) => {
            const name = unitName.get(scope.unitId) ?? "Đơn vị";
            const chosen = new Set(scope.procedureIds);
            const needle = filter.trim().toLowerCase();
            return (
              <section key={scope.unitId} aria-label={`Đơn vị áp dụng: ${name}`} className="space-y-2 rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-bold text-brand-900">{name}</h3>
                  <button type="button" className={buttonClass("ghost")} onClick={() => set({ scopes: s.scopes.filter((_, j) => j !== i) })}>
                    Bỏ đơn vị {name}
                  </button>
                </div>
                <Check label="Áp dụng cho mọi thủ tục của đơn vị" checked={scope.allProcedures} onChange={(v) => updateScope(i, { allProcedures: v })} />
                {!scope.allProcedures ? (
                  <div>
                    <p className="font-semibold">Thủ tục ({scope.procedureIds.length} đã chọn)</p>
                    <div className="mt-2 max-h-96 space-y-3 overflow-y-auto rounded border border-slate-100 p-2">
                      {fieldsOrder.map(([code, fieldName]) => {
                        const list = procedures.filter((p) => p.fieldCode === code && (!needle || p.name.toLowerCase().includes(needle) || chosen.has(p.id)));
                        if (list.length === 0) return null;
                        return (
                          <fieldset key={code}>
                            <legend className="text-sm font-bold uppercase text-muted">{fieldName}</legend>
                            {list.map((p) => {
                              const box = id(`s${i}-${p.id}`);
                              return (
                                <div key={p.id} className="flex min-h-11 items-start gap-3">
                                  <input
                                    id={box}
                                    type="checkbox"
                                    checked={chosen.has(p.id)}
                                    onChange={(e) => updateScope(i, { procedureIds: e.target.checked ? [...scope.procedureIds, p.id] : scope.procedureIds.filter((x) => x !== p.id) })}
                                    aria-describedby={`${box}-d`}
                                    className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                                  />
                                  <div>
                                    <label htmlFor={box}>{p.name}</label>
                                    <span id={`${box}-d`} className="block text-xs text-muted">
                                      {p.code ? `Mã ${p.code} · ` : ""}{adminLevelLabel[p.level].toLowerCase()}
                                    </span>
                                  </div>
                                </div>
                              );
                            })}
                          </fieldset>
                        );
                      })}
                    </div>
                  </div>
                ) : null}
                <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                  <Labelled id={id(`local${i}`)} label="Tên mô hình của đơn vị (nếu có)">
                    <input id={id(`local${i}`)} value={scope.localName} onChange={(e) => updateScope(i, { localName: e.target.value })} className={inputClass} />
                  </Labelled>
                  {s.kind === "HOME_VISIT" ? (
                    <Labelled id={id(`cap${i}`)} label="Số lượt mỗi ngày">
                      <input id={id(`cap${i}`)} type="number" min={1} inputMode="numeric" value={scope.capacityPerDay} onChange={(e) => updateScope(i, { capacityPerDay: e.target.value })} className={inputClass} />
                    </Labelled>
                  ) : null}
                </div>
              </section>
            );
          })}
          <div className="flex flex-wrap items-end gap-3">
            <Labelled id={id("newScope")} label="Thêm đơn vị áp dụng">
              <select id={id("newScope")} value={newScope} onChange={(e) => setNewScope(e.target.value)} className={inputClass}>
                <option value="">— Chọn đơn vị —</option>
                {units
                  .filter((u) => !s.scopes.some((x) => x.unitId === u.id))
                  .map((u) => (
                    <option key={u.id} value={u.id}>
                      {"— ".repeat(u.depth)}
                      {u.name}
                    </option>
                  ))}
              </select>
            </Labelled>
            <button
              type="button"
              className={buttonClass("secondary")}
              disabled={!newScope}
              onClick={() => {
                set({ scopes: [...s.scopes, { unitId: newScope, allProcedures: false, procedureIds: [], capacityPerDay: "", localName: "" }] });
                setNewScope("");
              }}
            >
              Thêm đơn vị
            </button>
          </div>
        </Section>

        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass("primary")} disabled={saving}>
            {saving ? "Đang lưu…" : modelId ? (issued ? "Lưu thay đổi (phiên bản mới)" : "Lưu mô hình") : "Thêm mô hình"}
          </button>
          {issues.length ? <span className="text-bad-700">Quy tắc còn {issues.length} lỗi, xem phần xem trước.</span> : null}
        </div>
      </form>

      <aside className="xl:col-span-2" aria-label="Xem trước">
        <div className="space-y-4 rounded-lg border border-brand-100 bg-brand-50 p-4 xl:sticky xl:top-4">
          <h2 className="text-lg font-bold text-brand-900">Xem trước</h2>
          <div aria-live="polite" className="space-y-4">
            {preview === null || (refreshing && !preview) ? <p className="text-muted">Đang tính…</p> : null}
            {preview && !preview.ok ? <Alert tone="bad">{preview.error.message}</Alert> : null}
            {preview?.ok ? <PreviewPanel data={preview.data} refreshing={refreshing} /> : null}
          </div>
          {s.scopes.length > 1 ? (
            <div>
              <label htmlFor={id("pu")} className="block text-sm font-semibold">
                Bảng tuần của đơn vị
              </label>
              <select id={id("pu")} value={previewUnit} onChange={(e) => setPreviewUnit(e.target.value)} className={inputClass}>
                <option value="">{unitName.get(s.scopes[0]!.unitId)}</option>
                {s.scopes.slice(1).map((x) => (
                  <option key={x.unitId} value={x.unitId}>
                    {unitName.get(x.unitId)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div>
            <label htmlFor={id("pf")} className="block text-sm font-semibold">
              Xem từ ngày
            </label>
            <input id={id("pf")} type="date" value={previewFrom} onChange={(e) => setPreviewFrom(e.target.value)} className={inputClass} />
          </div>
        </div>
      </aside>
    </div>
  );
}

function PreviewPanel({ data, refreshing }: { data: ModelPreviewDto; refreshing: boolean }) {
  return (
    <div className={`space-y-4 ${refreshing ? "opacity-70" : ""}`}>
      {data.issues.length ? (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-bad-700 ring-1 ring-red-200">
          <p className="font-semibold">Quy tắc chưa hợp lệ:</p>
          <ul className="list-disc pl-5">
            {[...new Set(data.issues.map((i) => i.message))].map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="flex items-center gap-2">
          <Badge tone="ok">Hợp lệ</Badge>
        </p>
      )}
      {data.description ? (
        <p>
          <span className="font-semibold">Người dân sẽ đọc:</span> {data.description}
        </p>
      ) : null}
      {data.unit ? (
        <div>
          <h3 className="font-semibold">
            {data.historical ? "Các lần đầu tiên" : "Các lần tới"} tại {data.unit.name}
          </h3>
          {data.occurrences.length === 0 ? (
            <p className="text-muted">Không có lần nào trong hai năm tới.</p>
          ) : (
            <ol className="mt-1 space-y-1" aria-label="Các lần thực hiện">
              {data.occurrences.map((o) => (
                <li key={o.date} className="rounded bg-white px-2 py-1 ring-1 ring-slate-200">
                  <span className="font-semibold">
                    {capital(o.weekdayName)} {formatDateVi(o.date)}
                  </span>
                  : {o.windows}
                  {o.intakeUntil ? ` (nhận hồ sơ đến ${o.intakeUntil})` : ""}
                </li>
              ))}
            </ol>
          )}
        </div>
      ) : null}
      {data.table ? (
        <div>
          <h3 className="font-semibold">Bảng trong tuần từ {formatDateVi(data.table.weekStart)} (như trang người dân)</h3>
          <ScrollArea label="Bảng tuần xem trước" className="mt-1 max-h-[28rem] overflow-auto rounded bg-white ring-1 ring-slate-200">
            <table className="w-full min-w-[34rem] border-collapse text-left text-sm">
              <caption className="sr-only">Thủ tục theo từng ngày trong tuần, khi mô hình được lưu</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-1">
                    Thủ tục
                  </th>
                  {data.table.days.map((d) => (
                    <th key={d.date} scope="col" className="p-1 text-center">
                      {capital(d.weekdayName)}
                      <span className="block font-normal text-muted">{formatDateVi(d.date).slice(0, 5)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.table.rows.map((r) => (
                  <tr key={r.procedureId} className={`border-b border-slate-200 align-top ${r.covered ? "bg-green-50" : ""}`}>
                    <th scope="row" className="p-1 font-normal">
                      {r.name}
                    </th>
                    {r.cells.map((c) => (
                      <td key={c.date} className="p-1 text-center">
                        <div className="flex flex-col items-center gap-0.5">
                          {c.tags.map((t) => (
                            <ServiceTagChip key={t} tag={t} />
                          ))}
                          {c.text ? <span className="text-xs text-muted">{c.text}</span> : null}
                        </div>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        </div>
      ) : null}
    </div>
  );
}
