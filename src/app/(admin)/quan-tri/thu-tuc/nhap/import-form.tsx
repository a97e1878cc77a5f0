"use client";

import { ActionForm, SubmitButton, usePending } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { Alert } from "@/components/ui/primitives";
import { importProceduresAction } from "@/server/admin/catalogue/actions";
import { ScrollArea } from "@/components/ui/scroll-area";

type State = Awaited<ReturnType<typeof importProceduresAction>>;

function Failures({ rows }: { rows: { line: number; errors: string[] }[] }) {
  if (rows.length === 0) return null;
  return (
    <ScrollArea label="Các dòng lỗi">
      <table className="w-full min-w-[28rem] text-left">
        <caption className="mb-1 text-left font-semibold">Các dòng lỗi (không được nhập)</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-1 pr-3">
              Dòng
            </th>
            <th scope="col" className="py-1 pr-3">
              Lỗi
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line} className="border-b border-slate-200 align-top">
              <td className="py-1 pr-3 font-semibold">Dòng {r.line}</td>
              <td className="py-1 pr-3">{r.errors.join(" ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

/**
 * Import with a preview: "Xem trước" reads the file and shows every row's fate without
 * writing; "Nhập" writes the valid rows in one transaction and lists the others by line.
 * The chosen file stays selected between the two (the form is not reset).
 */
export function ImportForm() {
  return (
    <div className="space-y-5">
      <ActionForm action={importProceduresAction} keepValues label="Nhập danh mục thủ tục" after={(state) => <Report state={state} />}>
        <TextField
          name="file"
          type="file"
          label="Tệp danh mục (.csv hoặc .xlsx)"
          hint="Dòng đầu là tiêu đề cột, như tệp mẫu. Tối đa 900 KB."
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
        <div className="flex flex-wrap gap-3">
          <SubmitButton name="mode" value="preview" variant="secondary" pendingText={null}>
            Xem trước
          </SubmitButton>
          <SubmitButton name="mode" value="import" pendingText={null}>
            Nhập các dòng hợp lệ
          </SubmitButton>
          <Pending />
        </div>
      </ActionForm>
    </div>
  );
}

function Pending() {
  return usePending() ? <span className="self-center text-muted">Đang đọc tệp…</span> : null;
}

/** What the preview or the import found, below the form; a failure is announced at the form's top. */
function Report({ state }: { state: State | null }) {
  return (
    <div aria-live="polite" className="space-y-4">
      {state?.ok && state.mode === "preview" ? (
        <>
          {state.data.fileErrors.length ? (
            <Alert tone="bad" title={state.data.fileErrors.join(" ")} />
          ) : (
            <Alert tone={state.data.rows.some((r) => !r.ok) ? "warn" : "ok"} title={`Xem trước ${state.data.fileName}: ${state.data.total} dòng`}>
              <p>
                {state.data.toCreate + state.data.toUpdate} dòng hợp lệ ({state.data.toCreate} thêm mới, {state.data.toUpdate} cập nhật theo mã), {state.data.rows.filter((r) => !r.ok).length} dòng lỗi. Chưa có gì được ghi.
              </p>
              {state.data.unknownColumns.length ? <p>Bỏ qua các cột không dùng: {state.data.unknownColumns.join(", ")}.</p> : null}
            </Alert>
          )}
          <Failures rows={state.data.rows.filter((r) => !r.ok)} />
          {state.data.rows.some((r) => r.ok) ? (
            <details>
              <summary className="cursor-pointer font-semibold text-brand-800">Các dòng hợp lệ</summary>
              <ul className="mt-2 space-y-1">
                {state.data.rows
                  .filter((r) => r.ok)
                  .map((r) => (
                    <li key={r.line}>
                      Dòng {r.line}: {r.name}
                      {r.code ? ` (mã ${r.code})` : ""} — {r.action === "UPDATE" ? "cập nhật" : "thêm mới"}
                    </li>
                  ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
      {state?.ok && state.mode === "import" ? (
        <>
          <Alert tone={state.data.failed.length ? "warn" : "ok"} title={`Đã nhập ${state.data.created + state.data.updated} thủ tục (${state.data.created} thêm mới, ${state.data.updated} cập nhật).`}>
            {state.data.failed.length ? <p>{state.data.failed.length} dòng lỗi không được nhập; sửa trong tệp rồi nhập lại các dòng đó.</p> : null}
          </Alert>
          <Failures rows={state.data.failed} />
        </>
      ) : null}
    </div>
  );
}
