"use client";

import { useMemo, useState } from "react";
import { ActionForm, SubmitButton, useSubmittedValue } from "@/components/forms/action-form";
import { ChoiceField, SelectField, TextField } from "@/components/forms/fields";
import { Badge, Field, inputClass } from "@/components/ui/primitives";
import { channelLabel, labelOptions } from "@/domain/labels";
import { matchesQuery } from "@/domain/text/normalize";
import { receiveDossierAction } from "@/server/dossier/actions";
import type { IntakeModelDto, IntakeProcedureDto } from "@/server/dossier/queries";

export function IntakeForm({ unitId, procedures, models, nonce }: { unitId: string; procedures: IntakeProcedureDto[]; models: IntakeModelDto[]; nonce: string }) {
  return (
    <ActionForm action={receiveDossierAction} success="Đã tiếp nhận." className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="nonce" value={nonce} />
      <IntakeFields procedures={procedures} models={models} />
    </ActionForm>
  );
}

/** Inside the form, so that a refused intake starts again from the procedure and the boxes it sent. */
function IntakeFields({ procedures, models }: { procedures: IntakeProcedureDto[]; models: IntakeModelDto[] }) {
  const sentProcedure = useSubmittedValue("procedureId");
  const sentWritten = useSubmittedValue("writtenOnBehalf");
  const sentOnline = useSubmittedValue("onlineHelp");
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState(typeof sentProcedure === "string" ? sentProcedure : "");
  const filtered = useMemo(() => (query.trim() ? procedures.filter((p) => matchesQuery(p.key, query) || (p.code ?? "").includes(query.trim())) : procedures), [procedures, query]);
  const current = filtered.some((p) => p.id === selected) ? selected : (filtered[0]?.id ?? "");
  const chosen = procedures.find((p) => p.id === current);

  return (
    <>
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
          <SelectField
            name="procedureId"
            label={`Thủ tục (${filtered.length})`}
            required
            size={7}
            options={filtered.map((p) => ({ value: p.id, label: p.name }))}
            value={current}
            onChange={(e) => setSelected(e.target.value)}
            className="h-auto"
          />
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
          <TextField name="citizenName" label="Họ tên người nộp" required maxLength={120} />
          <TextField name="citizenPhone" label="Số điện thoại" required inputMode="tel" hint="Để báo khi có kết quả." />
          <TextField name="citizenAddress" label="Địa chỉ (khi cần gửi kết quả)" maxLength={300} />
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <ChoiceField name="channel" label="Hình thức nộp" type="radio" stacked options={labelOptions(channelLabel)} defaultValue="DESK" />
        <div className="space-y-3">
          <TextField name="receivedTime" label="Giờ tiếp nhận" type="time" hint="Để trống là bây giờ. Chỉ ghi lùi giờ trong hôm nay; việc ghi lùi được lưu vào nhật ký." className="max-w-[12rem]" />
          {/* Radios, not a select: a model's long name wraps instead of being cut at 360 px. */}
          <ChoiceField
            name="claimedModelId"
            label="Tiếp nhận theo mô hình"
            type="radio"
            stacked
            hint="Chọn mô hình nếu hồ sơ được hẹn theo mô hình; hệ thống kiểm tra theo quy định của mô hình. Chỉ có các mô hình đang áp dụng hôm nay."
            options={[{ value: "", label: "Không — thời hạn theo quy định" }, ...models.map((m) => ({ value: m.id, label: `${m.name}${m.runsToday ? " (hôm nay)" : ` (${m.schedule})`}` }))]}
          />
        </div>
      </div>

      <fieldset className="space-y-1">
        <legend className="font-semibold">Hỗ trợ người dân</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="writtenOnBehalf" defaultChecked={sentWritten === "on"} className="h-5 w-5" />
          Công chức viết giúp tờ khai (không viết)
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="onlineHelp" defaultChecked={sentOnline === "on"} className="h-5 w-5" />
          Công chức hỗ trợ nộp trực tuyến (không nộp)
        </label>
      </fieldset>

      <SubmitButton accessKey="s" className="w-full sm:w-auto" pendingText="Đang tiếp nhận…">
        Tiếp nhận và lập giấy hẹn
      </SubmitButton>
    </>
  );
}
