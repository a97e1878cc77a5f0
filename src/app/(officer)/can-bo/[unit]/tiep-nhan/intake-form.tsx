"use client";

import { useActionState, useMemo, useState } from "react";
import { FormMessage, fieldError } from "@/components/forms/form-message";
import { Badge, Field, buttonClass, inputClass } from "@/components/ui/primitives";
import { channelLabel, labelOptions } from "@/domain/labels";
import { matchesQuery } from "@/domain/text/normalize";
import { receiveDossierAction } from "@/server/dossier/actions";
import type { IntakeModelDto, IntakeProcedureDto } from "@/server/dossier/queries";

export function IntakeForm({ unitId, procedures, models, nonce }: { unitId: string; procedures: IntakeProcedureDto[]; models: IntakeModelDto[]; nonce: string }) {
  const [state, action, pending] = useActionState(receiveDossierAction, null);
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState("");
  const filtered = useMemo(() => (query.trim() ? procedures.filter((p) => matchesQuery(p.key, query) || (p.code ?? "").includes(query.trim())) : procedures), [procedures, query]);
  const current = filtered.some((p) => p.id === selected) ? selected : (filtered[0]?.id ?? "");
  const chosen = procedures.find((p) => p.id === current);
  const err = (name: string) => fieldError(state, name);
  const describe = (id: string, hint: boolean, error: unknown) => [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <form action={action} className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="nonce" value={nonce} />
      <FormMessage state={state} success="Đã tiếp nhận." />

      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-3">
          <Field label="Tìm thủ tục" htmlFor="tim-thu-tuc" hint="Gõ vài chữ, có dấu hay không dấu đều được, ví dụ «chung thuc chu ky».">
            <input
              id="tim-thu-tuc"
              type="search"
              autoFocus
              autoComplete="off"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-describedby="tim-thu-tuc-hint"
              aria-controls="procedureId"
              className={inputClass}
            />
          </Field>
          <Field label={`Thủ tục (${filtered.length})`} htmlFor="procedureId" error={err("procedureId")} required>
            <select
              id="procedureId"
              name="procedureId"
              size={7}
              required
              value={current}
              onChange={(e) => setSelected(e.target.value)}
              aria-invalid={err("procedureId") ? true : undefined}
              className={`${inputClass} h-auto`}
            >
              {filtered.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          {chosen ? (
            <p className="text-sm" aria-live="polite">
              {chosen.statutoryWorkingDays === 0 ? "Thời hạn luật định: trong ngày" : `Thời hạn luật định: ${chosen.statutoryWorkingDays} ngày làm việc`}
              {chosen.modelsToday.length ? (
                <span className="ml-2">
                  <Badge tone="ok">Hôm nay: {chosen.modelsToday.join(", ")}</Badge>
                </span>
              ) : null}
            </p>
          ) : null}
        </div>

        <div className="space-y-3">
          <Field label="Họ tên người nộp" htmlFor="citizenName" error={err("citizenName")} required>
            <input id="citizenName" name="citizenName" required autoComplete="off" maxLength={120} aria-invalid={err("citizenName") ? true : undefined} aria-describedby={describe("citizenName", false, err("citizenName"))} className={inputClass} />
          </Field>
          <Field label="Số điện thoại" htmlFor="citizenPhone" error={err("citizenPhone")} required hint="Để báo khi có kết quả.">
            <input id="citizenPhone" name="citizenPhone" required inputMode="tel" autoComplete="off" aria-invalid={err("citizenPhone") ? true : undefined} aria-describedby={describe("citizenPhone", true, err("citizenPhone"))} className={inputClass} />
          </Field>
          <Field label="Địa chỉ (khi cần gửi kết quả)" htmlFor="citizenAddress" error={err("citizenAddress")}>
            <input id="citizenAddress" name="citizenAddress" autoComplete="off" maxLength={300} className={inputClass} />
          </Field>
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <fieldset className="space-y-1">
          <legend className="font-semibold">Hình thức nộp</legend>
          {labelOptions(channelLabel).map((c) => (
            <label key={c.value} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="channel" value={c.value} defaultChecked={c.value === "DESK"} className="h-5 w-5" />
              {c.label}
            </label>
          ))}
        </fieldset>
        <div className="space-y-3">
          <Field label="Giờ tiếp nhận" htmlFor="receivedTime" error={err("receivedTime")} hint="Để trống là bây giờ. Chỉ ghi lùi giờ trong hôm nay; việc ghi lùi được lưu vào nhật ký.">
            <input id="receivedTime" name="receivedTime" type="time" aria-invalid={err("receivedTime") ? true : undefined} aria-describedby={describe("receivedTime", true, err("receivedTime"))} className={`${inputClass} max-w-[12rem]`} />
          </Field>
          <Field label="Tiếp nhận theo mô hình" htmlFor="claimedModelId" error={err("claimedModelId")} hint="Chọn mô hình nếu hồ sơ được hẹn theo mô hình; hệ thống kiểm tra theo quy định của mô hình.">
            <select id="claimedModelId" name="claimedModelId" defaultValue="" aria-describedby={describe("claimedModelId", true, err("claimedModelId"))} className={inputClass}>
              <option value="">Không — thời hạn theo quy định</option>
              {models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.runsToday ? " (hôm nay)" : ` (${m.schedule})`}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </div>

      <fieldset className="space-y-1">
        <legend className="font-semibold">Hỗ trợ người dân</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="writtenOnBehalf" className="h-5 w-5" />
          Công chức viết giúp tờ khai (không viết)
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="onlineHelp" className="h-5 w-5" />
          Công chức hỗ trợ nộp trực tuyến (không nộp)
        </label>
      </fieldset>

      <button type="submit" accessKey="s" className={buttonClass("primary", "w-full sm:w-auto")} disabled={pending}>
        {pending ? "Đang tiếp nhận…" : "Tiếp nhận và lập giấy hẹn"}
      </button>
    </form>
  );
}
