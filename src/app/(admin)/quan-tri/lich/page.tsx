import type { Metadata } from "next";
import { Badge, Card, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { publicText } from "@/domain/text/public-text";
import { formatDateVi, formatDayVi, toLocalDate } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { addCalendarEntryAction, removeCalendarEntryAction } from "@/server/admin/calendar/actions";
import { calendarYear, calendarYears } from "@/server/admin/calendar/queries";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { ActionForm, SubmitButton, WithdrawForm } from "@/components/forms/action-form";
import { CheckboxField, SelectField, TextField } from "@/components/forms/fields";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Lịch nghỉ chính thức" };
export const dynamic = "force-dynamic";

const reasonText: Record<string, string> = {
  WEEKDAY: "ngày làm việc",
  WEEKEND: "nghỉ cuối tuần",
  PUBLIC_HOLIDAY: "nghỉ lễ",
  COMPENSATORY: "nghỉ bù",
  OFFICIAL_OFF: "nghỉ theo quyết định",
  OFFICIAL_WORKING: "làm việc theo quyết định",
};

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ nam?: string }> }) {
  await requirePagePermission("calendar.edit", paths.admin.calendar());
  const today = toLocalDate(now());
  const currentYear = Number(today.slice(0, 4));
  const asked = Number((await searchParams).nam);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : currentYear;
  const [data, years] = await Promise.all([calendarYear(year, today), calendarYears(currentYear)]);
  return (
    <>
      <PageHeader
        title={`Lịch nghỉ chính thức năm ${year}`}
        subtitle="Ngày nghỉ lễ, Tết và ngày làm việc bù theo quyết định hằng năm. Mỗi quyết định có ngày áp dụng: câu hỏi về thời gian trước đó giữ câu trả lời cũ."
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Chọn năm">
        <div>
          <label htmlFor="nam" className="block text-sm font-semibold">
            Năm
          </label>
          <select id="nam" name="nam" defaultValue={String(year)} className={inputClass}>
            {[...new Set([...years, year])]
              .sort((a, b) => b - a)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Xem
        </button>
      </form>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Các ngày theo quyết định">
            {data.entries.length === 0 ? (
              <p className="text-muted">Chưa có quyết định nào cho năm {year}: lịch dùng các ngày nghỉ tính sẵn theo Bộ luật Lao động (bên dưới).</p>
            ) : (
              <ScrollArea label="Bảng các ngày theo quyết định">
                <table className="w-full min-w-[36rem] text-left">
                  <caption className="sr-only">Các ngày nghỉ và ngày làm việc bù theo quyết định</caption>
                  <thead>
                    <tr className="border-b-2 border-slate-300">
                      <th scope="col" className="py-2 pr-3">
                        Ngày
                      </th>
                      <th scope="col" className="py-2 pr-3">
                        Nội dung
                      </th>
                      <th scope="col" className="py-2 pr-3">
                        Áp dụng từ
                      </th>
                      <th scope="col" className="py-2 pr-3">
                        <span className="sr-only">Thao tác</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.entries.map((e) => (
                      <tr key={e.id} className={`border-b border-slate-200 align-top ${e.superseded ? "text-muted line-through" : ""}`}>
                        <td className="py-2 pr-3 font-semibold">{formatDayVi(e.date)}</td>
                        <td className="py-2 pr-3">
                          {e.kind === "OFF" ? <Badge tone="bad">Nghỉ</Badge> : <Badge tone="ok">Làm việc</Badge>} {e.name}
                          {e.legalBasis ? <span className="block text-sm text-muted">{publicText(e.legalBasis)}</span> : null}
                        </td>
                        <td className="py-2 pr-3">
                          {formatDateVi(e.effectiveFrom)}
                          {e.superseded ? <span className="block text-sm">đã được thay</span> : null}
                          {e.pending ? <span className="block text-sm">chưa áp dụng</span> : null}
                        </td>
                        <td className="py-2 pr-3">
                          {e.withdrawable ? (
                            <WithdrawForm action={removeCalendarEntryAction} label={`Rút quyết định ngày ${formatDateVi(e.date)}`} fields={{ id: e.id }} />
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
            )}
          </Card>
          <Card title="Ngày nghỉ tính sẵn (tham khảo)">
            <p className="mb-3 text-sm text-muted">Theo Bộ luật Lao động 2019 (điều 111, 112): các ngày lễ và ngày nghỉ bù khi lễ trùng cuối tuần. Cột bên phải là điều lịch chính thức quyết định cho ngày đó.</p>
            <ScrollArea label="Bảng ngày nghỉ tính sẵn">
              <table className="w-full min-w-[32rem] text-left">
                <caption className="sr-only">Các ngày nghỉ tính sẵn và lịch chính thức</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="py-2 pr-3">
                      Ngày
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Ngày lễ
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Lịch chính thức
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.defaults.map((d) => (
                    <tr key={`${d.date}-${d.name}`} className="border-b border-slate-200 align-top">
                      <td className="py-2 pr-3">{formatDayVi(d.date)}</td>
                      <td className="py-2 pr-3">{d.name}</td>
                      <td className="py-2 pr-3">
                        {d.official.working ? <Badge tone="ok">Làm việc</Badge> : <Badge tone="neutral">Nghỉ</Badge>} {reasonText[d.official.reason]}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          </Card>
        </div>
        <Card title="Thêm quyết định">
          <ActionForm action={addCalendarEntryAction} success="Đã thêm vào lịch." label="Thêm ngày vào lịch chính thức">
            <TextField name="date" type="date" label="Ngày" required />
            <SelectField
              name="kind"
              label="Loại"
              required
              options={[
                { value: "OFF", label: "Ngày nghỉ" },
                { value: "WORKING", label: "Ngày làm việc bù" },
              ]}
              defaultValue="OFF"
            />
            <TextField name="name" label="Tên ngày" required hint="Ví dụ: Tết Nguyên đán, Làm bù cho ngày 02/5." />
            <TextField name="legalBasis" label="Căn cứ" hint="Ví dụ: Thông báo của Bộ Nội vụ." />
            <TextField name="effectiveFrom" type="date" label="Áp dụng từ ngày" required defaultValue={today} hint="Ngày quyết định được công bố." />
            <CheckboxField
              name="replace"
              label="Thay quyết định đang có"
              hint="Chỉ khi ngày này đã có quyết định: quyết định mới thay nó từ ngày áp dụng, quyết định cũ vẫn được lưu cho các câu hỏi trước đó."
            />
            <SubmitButton>Thêm vào lịch</SubmitButton>
          </ActionForm>
        </Card>
      </div>
    </>
  );
}
