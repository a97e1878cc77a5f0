import { useEffect, useRef, useState, useTransition } from "react";
import { Alert, Badge, inputClass } from "@/components/ui/primitives";
import { ServiceTagStack } from "@/components/public/service-tag";
import { ScrollArea } from "@/components/ui/scroll-area";
import { formatDateVi } from "@/domain/schedule/local-time";
import { previewModelAction } from "@/server/admin/models/actions";
import type { ModelFormValues } from "@/server/admin/models/input";
import type { ModelPreviewDto } from "@/server/admin/models/preview-model";
import type { Result } from "@/server/errors";
import { capital } from "./controls";
import type { ScopeState } from "./state";

const DEBOUNCE_MS = 350;

/**
 * The engine's answer for the unsaved form, asked again a moment after each change; an
 * answer that arrives after a newer question is dropped.
 */
export function useRulePreview(payload: ModelFormValues) {
  const [preview, setPreview] = useState<Result<ModelPreviewDto> | null>(null);
  const [unit, setUnit] = useState("");
  const [from, setFrom] = useState("");
  const [refreshing, startRefresh] = useTransition();
  const request = useRef(0);
  useEffect(() => {
    const n = ++request.current;
    const timer = setTimeout(() => {
      startRefresh(async () => {
        const result = await previewModelAction({ form: payload, unitId: unit || undefined, from: from || undefined });
        if (n === request.current) setPreview(result);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [payload, unit, from]);
  return { preview, refreshing, unit, setUnit, from, setFrom };
}

/** The preview beside the form, with the unit whose weekly table it shows and the day it starts from. */
export function PreviewAside({
  state,
  scopes,
  unitName,
  id,
  untouched = false,
}: {
  state: ReturnType<typeof useRulePreview>;
  scopes: ScopeState[];
  unitName: Map<string, string>;
  id: (name: string) => string;
  /** A new model's form as opened: nothing to check yet. */
  untouched?: boolean;
}) {
  const { preview, refreshing } = state;
  return (
    <aside className="xl:col-span-2" aria-label="Xem trước">
      <div className="space-y-4 rounded-lg border border-brand-100 bg-brand-50 p-4 xl:sticky xl:top-4">
        <h2 className="text-lg font-bold text-brand-900">Xem trước</h2>
        <div aria-live="polite" className="space-y-4">
          {preview === null || (refreshing && !preview) ? <p className="text-muted">Đang tính…</p> : null}
          {preview && !preview.ok ? <Alert tone="bad">{preview.error.message}</Alert> : null}
          {untouched ? <p>Điền các mục bên trái; quy tắc được kiểm tra ngay khi bạn nhập.</p> : preview?.ok ? <PreviewPanel data={preview.data} refreshing={refreshing} /> : null}
        </div>
        {scopes.length > 1 ? (
          <div>
            <label htmlFor={id("pu")} className="block text-sm font-semibold">
              Bảng tuần của đơn vị
            </label>
            <select id={id("pu")} value={state.unit} onChange={(e) => state.setUnit(e.target.value)} className={inputClass}>
              <option value="">{unitName.get(scopes[0]!.unitId)}</option>
              {scopes.slice(1).map((x) => (
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
          <input id={id("pf")} type="date" value={state.from} onChange={(e) => state.setFrom(e.target.value)} className={inputClass} />
        </div>
      </div>
    </aside>
  );
}

/** What the engine answers for the unsaved rule: its problems, its wording, its next occurrences, the citizens' weekly table. */
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
                        <ServiceTagStack tags={c.tags} note={c.text} />
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
