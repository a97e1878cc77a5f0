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
  const preview = state?.ok && state.data.mode === "preview" ? state.data.preview : null;
  const imported = state?.ok && state.data.mode === "import" ? state.data.imported : null;
  return (
    <div aria-live="polite" className="space-y-4">
      {preview ? (
        <>
          {preview.fileErrors.length ? (
            <Alert tone="bad" title={preview.fileErrors.join(" ")} />
          ) : (
            <Alert tone={preview.rows.some((r) => !r.ok) ? "warn" : "ok"} title={`Xem trước ${preview.fileName}: ${preview.total} dòng`}>
              <p>
                {preview.toCreate + preview.toUpdate} dòng hợp lệ ({preview.toCreate} thêm mới, {preview.toUpdate} cập nhật theo mã), {preview.rows.filter((r) => !r.ok).length} dòng lỗi. Chưa có gì được ghi.
              </p>
              {preview.unknownColumns.length ? <p>Bỏ qua các cột không dùng: {preview.unknownColumns.join(", ")}.</p> : null}
            </Alert>
          )}
          <Failures rows={preview.rows.filter((r) => !r.ok)} />
          {preview.rows.some((r) => r.ok) ? (
            <details>
              <summary className="cursor-pointer font-semibold text-brand-800">Các dòng hợp lệ</summary>
              <ul className="mt-2 space-y-1">
                {preview.rows
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
      {imported ? (
        <>
          <Alert tone={imported.failed.length ? "warn" : "ok"} title={`Đã nhập ${imported.created + imported.updated} thủ tục (${imported.created} thêm mới, ${imported.updated} cập nhật).`}>
            {imported.failed.length ? <p>{imported.failed.length} dòng lỗi không được nhập; sửa trong tệp rồi nhập lại các dòng đó.</p> : null}
          </Alert>
          <Failures rows={imported.failed} />
        </>
      ) : null}
    </div>
  );
}
