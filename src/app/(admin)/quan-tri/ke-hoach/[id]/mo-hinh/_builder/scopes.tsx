import { useState } from "react";
import { Field, buttonClass, inputClass } from "@/components/ui/primitives";
import { adminLevelLabel } from "@/domain/labels";
import type { ProcedureOptionDto } from "@/server/admin/models/queries";
import type { UnitOptionDto } from "@/server/admin/plans/queries";
import { Check, Section, type SectionProps } from "./controls";
import { proceduresShown, type ScopeState } from "./state";


function ScopeCard({
  scope,
  index,
  name,
  procedures,
  fieldsOrder,
  needle,
  homeVisit,
  dispatch,
  id,
}: Pick<SectionProps, "dispatch" | "id"> & {
  scope: ScopeState;
  index: number;
  name: string;
  procedures: ProcedureOptionDto[];
  fieldsOrder: [string, string][];
  needle: string;
  homeVisit: boolean;
}) {
  const chosen = new Set(scope.procedureIds);
  const update = (patch: Partial<ScopeState>) => dispatch({ type: "updateScope", index, patch });
  return (
    <section aria-label={`Đơn vị áp dụng: ${name}`} className="space-y-2 rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-bold text-brand-900">{name}</h3>
        <button type="button" className={buttonClass("ghost")} onClick={() => dispatch({ type: "removeScope", index })}>
          Bỏ đơn vị {name}
        </button>
      </div>
      <Check label="Áp dụng cho mọi thủ tục của đơn vị" checked={scope.allProcedures} onChange={(v) => update({ allProcedures: v })} />
      {!scope.allProcedures ? (
        <div>
          <p className="font-semibold">Thủ tục ({scope.procedureIds.length} đã chọn)</p>
          <div className="mt-2 max-h-96 space-y-3 overflow-y-auto rounded border border-slate-100 p-2">
            {fieldsOrder.map(([code, fieldName]) => {
              const list = proceduresShown(procedures, code, needle, chosen);
              if (list.length === 0) return null;
              return (
                <fieldset key={code}>
                  <legend className="text-sm font-bold uppercase text-muted">{fieldName}</legend>
                  {list.map((p) => {
                    const box = id(`s${index}-${p.id}`);
                    return (
                      <div key={p.id} className="flex min-h-11 items-start gap-3">
                        <input
                          id={box}
                          type="checkbox"
                          checked={chosen.has(p.id)}
                          onChange={(e) => dispatch({ type: "toggleProcedure", index, procedureId: p.id, on: e.target.checked })}
                          aria-describedby={`${box}-d`}
                          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                        />
                        <div>
                          <label htmlFor={box}>{p.name}</label>
                          <span id={`${box}-d`} className="block text-xs text-muted">
                            {p.code ? `Mã ${p.code} · ` : ""}
                            {adminLevelLabel[p.level].toLowerCase()}
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
        <Field label="Tên mô hình của đơn vị (nếu có)" htmlFor={id(`local${index}`)}>
          <input id={id(`local${index}`)} value={scope.localName} onChange={(e) => update({ localName: e.target.value })} className={inputClass} />
        </Field>
        {homeVisit ? (
          <Field label="Số lượt mỗi ngày" htmlFor={id(`cap${index}`)}>
            <input id={id(`cap${index}`)} type="number" min={1} inputMode="numeric" value={scope.capacityPerDay} onChange={(e) => update({ capacityPerDay: e.target.value })} className={inputClass} />
          </Field>
        ) : null}
      </div>
    </section>
  );
}

/** Which units the model applies to, and for each which procedures. */
export function ScopesSection({ s, dispatch, id, issues, units, procedures }: SectionProps & { units: UnitOptionDto[]; procedures: ProcedureOptionDto[] }) {
  const [newScope, setNewScope] = useState("");
  const [filter, setFilter] = useState("");
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const fieldsOrder = [...new Map(procedures.map((p) => [p.fieldCode, p.fieldName])).entries()];
  return (
    <Section title="6. Đơn vị áp dụng và thủ tục" issues={issues}>
      <Field label="Lọc thủ tục theo tên" htmlFor={id("filter")} hint="Chỉ để tìm nhanh; không ảnh hưởng thủ tục đã chọn.">
        <input id={id("filter")} aria-describedby={`${id("filter")}-hint`} value={filter} onChange={(e) => setFilter(e.target.value)} className={inputClass} />
      </Field>
      {s.scopes.length === 0 ? <p className="text-muted">Chưa có đơn vị áp dụng.</p> : null}
      {s.scopes.map((scope, i) => (
        <ScopeCard
          key={scope.unitId}
          scope={scope}
          index={i}
          name={unitName.get(scope.unitId) ?? "Đơn vị"}
          procedures={procedures}
          fieldsOrder={fieldsOrder}
          needle={filter}
          homeVisit={s.kind === "HOME_VISIT"}
          dispatch={dispatch}
          id={id}
        />
      ))}
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Thêm đơn vị áp dụng" htmlFor={id("newScope")}>
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
        </Field>
        <button
          type="button"
          className={buttonClass("secondary")}
          disabled={!newScope}
          onClick={() => {
            dispatch({ type: "addScope", unitId: newScope });
            setNewScope("");
          }}
        >
          Thêm đơn vị
        </button>
      </div>
    </Section>
  );
}
