import { Field, inputClass } from "@/components/ui/primitives";
import { labelOptions, modelKindLabel } from "@/domain/labels";
import type { ModelKind } from "@/domain/schedule/types";
import { Options, Section, type SectionProps } from "./controls";

export function GeneralSection({ s, dispatch, id, issues }: SectionProps) {
  const set = (patch: Partial<typeof s>) => dispatch({ type: "set", patch });
  return (
    <Section title="1. Thông tin chung" issues={issues}>
      <Field label="Tên mô hình" htmlFor={id("name")} required>
        <input id={id("name")} value={s.name} onChange={(e) => set({ name: e.target.value })} required className={inputClass} />
      </Field>
      <Field label="Loại mô hình" htmlFor={id("kind")} required>
        <select id={id("kind")} value={s.kind} onChange={(e) => set({ kind: e.target.value as ModelKind })} className={inputClass}>
          <Options options={labelOptions(modelKindLabel)} />
        </select>
      </Field>
      <Field label="Mô tả ngắn cho người dân" htmlFor={id("description")} required>
        <textarea id={id("description")} rows={3} value={s.description} onChange={(e) => set({ description: e.target.value })} className={inputClass} />
      </Field>
      <Field label="Câu trích trong kế hoạch" htmlFor={id("quotes")} hint="Mỗi câu một dòng, nguyên văn.">
        <textarea id={id("quotes")} aria-describedby={`${id("quotes")}-hint`} rows={3} value={s.sourceQuotes} onChange={(e) => set({ sourceQuotes: e.target.value })} className={inputClass} />
      </Field>
      {s.kind === "LISTENING_SESSION" ? (
        <Field label="Thành phần tham dự" htmlFor={id("attendees")} hint="Mỗi chức danh một dòng.">
          <textarea id={id("attendees")} aria-describedby={`${id("attendees")}-hint`} rows={3} value={s.attendeeRoles} onChange={(e) => set({ attendeeRoles: e.target.value })} className={inputClass} />
        </Field>
      ) : null}
      <Field label="Ghi chú khi nhập" htmlFor={id("assumptions")} hint="Những chỗ kế hoạch không nói rõ và cách đã hiểu; mỗi ghi chú một dòng.">
        <textarea id={id("assumptions")} aria-describedby={`${id("assumptions")}-hint`} rows={2} value={s.assumptions} onChange={(e) => set({ assumptions: e.target.value })} className={inputClass} />
      </Field>
    </Section>
  );
}
