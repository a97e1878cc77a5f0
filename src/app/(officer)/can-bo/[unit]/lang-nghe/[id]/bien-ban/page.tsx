import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { formatDateVi, toLocalTime } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requirePagePermission } from "@/server/auth/session";
import { localDateOf } from "@/server/dates";
import { sessionDetail } from "@/server/listening-sessions/queries";
import { requireUnitScope } from "@/server/auth/scope";
import { unitBySlug } from "@/server/units/queries";
import { FormSheet, Signatures } from "../../../_components/print";

export const metadata: Metadata = { title: "Biên bản buổi lắng nghe" };
export const dynamic = "force-dynamic";

/** Printable minutes of a held session: attendance of the leaders the plan names, questions and answers. */
export default async function MinutesPage({ params }: { params: Promise<{ unit: string; id: string }> }) {
  const { unit: slug, id } = await params;
  const user = await requirePagePermission("session.manage", paths.officer.sessionMinutes(slug, id));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const detail = await sessionDetail(user, unit.id, id);
  if (!detail || detail.s.status !== "HELD") notFound();
  const { s } = detail;
  const date = localDateOf(s.date);
  return (
    <FormSheet upper={`UBND ${s.hostUnit.name}`} lower={`Ban chỉ đạo cải cách hành chính`} formNumber={s.model.name} title="BIÊN BẢN BUỔI GẶP MẶT, LẮNG NGHE Ý KIẾN NHÂN DÂN" date={date}>
      <p>
        Vào lúc {toLocalTime(s.startsAt)} ngày {formatDateVi(date)}, tại nhà văn hóa {s.unit.name}, {s.hostUnit.name} tổ chức buổi gặp mặt «{s.model.name}».
      </p>
      <p className="font-semibold">I. Thành phần tham dự</p>
      <ul className="list-inside list-disc">
        {s.attendance.map((a) => (
          <li key={a.id}>
            {a.roleTitle}
            {a.personName ? ` (${a.personName})` : ""}: {a.present ? "có mặt" : "vắng mặt"}
          </li>
        ))}
      </ul>
      <p className="font-semibold">II. Nội dung</p>
      <p className="whitespace-pre-line">{s.minutes}</p>
      <p className="font-semibold">III. Ý kiến của nhân dân và trả lời</p>
      {s.questions.length === 0 ? (
        <p>Không có ý kiến.</p>
      ) : (
        <table className="w-full border-collapse text-left text-[0.9rem]">
          <thead>
            <tr>
              {["TT", "Ý kiến", "Bộ phận trả lời, hạn", "Trả lời", "Theo dõi"].map((h) => (
                <th key={h} scope="col" className="border border-black px-1">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.questions.map((q, i) => (
              <tr key={q.id} className="align-top">
                <td className="border border-black px-1">{i + 1}</td>
                <td className="border border-black px-1">
                  {q.content}
                  {q.askerName ? ` (${q.askerName})` : ""}
                </td>
                <td className="border border-black px-1">
                  {q.assignedUnit.name}, hạn {formatDateVi(localDateOf(q.dueOn))}
                </td>
                <td className="border border-black px-1">{q.answer ?? "Chưa trả lời"}</td>
                <td className="border border-black px-1">{q.followUpNote ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>Buổi gặp mặt kết thúc lúc {toLocalTime(s.endsAt)} cùng ngày.</p>
      <Signatures left={{ title: "Thư ký" }} right={{ title: "Chủ trì" }} />
    </FormSheet>
  );
}
