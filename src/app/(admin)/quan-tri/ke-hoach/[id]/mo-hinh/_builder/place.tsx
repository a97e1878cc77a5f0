import { Field, inputClass } from "@/components/ui/primitives";
import { eligibleGroupLabel, labelOptions, placeLabel } from "@/domain/labels";
import type { EligibleGroup, Place } from "@/domain/schedule/types";
import { Check, Options, Section, type SectionProps } from "./controls";

export function PlaceSection({ s, dispatch, id, issues }: SectionProps) {
  return (
    <Section title="5. Nơi thực hiện và người được phục vụ" issues={issues}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="Nơi thực hiện" htmlFor={id("place")}>
          <select id={id("place")} value={s.place} onChange={(e) => dispatch({ type: "set", patch: { place: e.target.value as Place } })} className={inputClass}>
            <Options options={labelOptions(placeLabel)} />
          </select>
        </Field>
        <Field label="Ghi rõ địa điểm" htmlFor={id("placeNote")}>
          <input id={id("placeNote")} value={s.placeNote} onChange={(e) => dispatch({ type: "set", patch: { placeNote: e.target.value } })} className={inputClass} />
        </Field>
      </div>
      <fieldset>
        <legend className="font-semibold">Đối tượng được phục vụ</legend>
        <div className="mt-1 grid grid-cols-1 gap-x-4 sm:grid-cols-2">
          {(Object.keys(eligibleGroupLabel) as EligibleGroup[]).map((g) => (
            <Check key={g} label={eligibleGroupLabel[g]} checked={s.eligibleGroups.includes(g)} onChange={(on) => dispatch({ type: "toggleEligibleGroup", group: g, on })} />
          ))}
        </div>
      </fieldset>
    </Section>
  );
}
