import Link from "next/link";
import { RichQuote } from "@/components/public/rich-quote";
import { reportFrequencyLabel } from "@/domain/labels";
import { formatDateVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import type { PlanDocumentDto } from "@/server/public/plans";

/** "Chủ tịch Ủy ban nhân dân xã An Dũng" → "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"; "KT. Giám đốc – Phó Giám đốc …" → two lines. */
function signerLines(title: string): string[] {
  const up = (s: string) => s.toLocaleUpperCase("vi-VN");
  const chair = /^Chủ tịch Ủy ban nhân dân /i;
  if (chair.test(title)) return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
  return title.split(/\s+–\s+/).map((part, i) => (i === 0 ? up(part) : up(part.replace(/\s+(Trung tâm|Ủy ban).*$/i, ""))));
}

const roman = ["I", "II", "III", "IV", "V", "VI"];

/**
 * A plan laid out like the signed Vietnamese administrative document (issuer and national
 * motto, number and dateline with their blanks, sections, recipients, signature block). The
 * one rendering of a plan: citizens' plan page and its editors' view both use it.
 */
export function PlanDocument({ plan }: { plan: PlanDocumentDto }) {
  let section = 0;
  const next = () => roman[section++]!;
  return (
    <article className="mx-auto max-w-3xl rounded-lg bg-white px-4 py-6 font-serif text-[1.05rem] leading-relaxed shadow-sm ring-1 ring-slate-200 sm:px-10" aria-label="Văn bản kế hoạch">
      <header className="grid gap-4 text-center sm:grid-cols-[2fr_3fr]">
        <div>
          {plan.issuerLines.map((line, i) => (
            <p key={line} className={i === plan.issuerLines.length - 1 ? "font-bold" : ""}>
              {line}
            </p>
          ))}
          <p aria-hidden="true" className="mx-auto mt-1 w-24 border-t border-ink" />
          <p className="mt-2 whitespace-pre">
            Số: {plan.number ?? "     "}/{plan.symbol}
          </p>
        </div>
        <div>
          <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <p aria-hidden="true" className="mx-auto mt-1 w-48 border-t border-ink" />
          <p className="mt-2 whitespace-pre-wrap italic">{plan.dateline}</p>
        </div>
      </header>

      <h1 className="mt-8 text-center text-xl font-bold">KẾ HOẠCH</h1>
      <p className="text-center font-bold">{plan.title}</p>
      <p aria-hidden="true" className="mx-auto mt-1 w-32 border-t border-ink" />

      {plan.legalBases.length ? (
        <div className="mt-6 space-y-2 italic">
          {plan.legalBases.map((b) => (
            <p key={b}>{b}</p>
          ))}
        </div>
      ) : null}

      {plan.purposes.length || plan.requirements.length ? (
        <section className="mt-6">
          <h2 className="font-bold">{next()}. MỤC ĐÍCH, YÊU CẦU</h2>
          {plan.purposes.length ? (
            <>
              <h3 className="mt-2 font-bold">1. Mục đích</h3>
              {plan.purposes.map((t) => (
                <p key={t} className="mt-1">
                  - {t}
                </p>
              ))}
            </>
          ) : null}
          {plan.requirements.length ? (
            <>
              <h3 className="mt-2 font-bold">2. Yêu cầu</h3>
              {plan.requirements.map((t) => (
                <p key={t} className="mt-1">
                  - {t}
                </p>
              ))}
            </>
          ) : null}
        </section>
      ) : null}

      {plan.models.length ? (
        <section className="mt-6">
          <h2 className="font-bold">{next()}. NỘI DUNG CÁC MÔ HÌNH</h2>
          {plan.models.map((m, i) => (
            <div key={m.key} className="mt-3">
              <h3 className="font-bold">
                {i + 1}. {m.name}
              </h3>
              <p className="mt-1">{m.description}</p>
              {m.rule ? <p className="mt-1 font-sans text-base text-muted">Lịch áp dụng: {m.rule}.</p> : null}
              {m.sourceQuotes.length ? (
                <div className="mt-2 space-y-1 border-l-4 border-slate-300 pl-3">
                  {m.sourceQuotes.map((q) => (
                    <p key={q}>
                      <RichQuote text={q} />
                    </p>
                  ))}
                </div>
              ) : null}
              {m.units.length ? (
                <p className="no-print mt-2 font-sans text-base">
                  Đơn vị thực hiện:{" "}
                  {m.units.map((u, k) => (
                    <span key={u.slug}>
                      {k > 0 ? ", " : ""}
                      <Link href={paths.unit.page(u.slug)} className="text-brand-700 underline">
                        {u.name}
                      </Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </div>
          ))}
          <p className="mt-3">
            Thời gian thực hiện: {plan.validFrom ? `từ ngày ${formatDateVi(plan.validFrom)}` : "từ khi ban hành"}
            {plan.validTo ? ` đến hết ngày ${formatDateVi(plan.validTo)}` : ""}.
          </p>
        </section>
      ) : null}

      {plan.tasks.length ? (
        <section className="mt-6">
          <h2 className="font-bold">{next()}. TỔ CHỨC THỰC HIỆN</h2>
          {plan.tasks.map((g, i) => (
            <div key={g.unitName} className="mt-3">
              <h3 className="font-bold">
                {i + 1}. {g.unitName}
              </h3>
              {g.items.map((t) => (
                <p key={t.description} className="mt-1">
                  - {t.description}
                  {t.dueOn ? ` Thời hạn: ${formatDateVi(t.dueOn)}.` : ""}
                </p>
              ))}
            </div>
          ))}
        </section>
      ) : null}

      {plan.reporting.length ? (
        <section className="mt-6">
          <h2 className="font-bold">{next()}. CHẾ ĐỘ BÁO CÁO</h2>
          {plan.reporting.map((r) => (
            <p key={r.title} className="mt-1">
              - {r.title} ({reportFrequencyLabel[r.frequency]?.toLowerCase() ?? r.frequency}), gửi {r.reviewer}
              {r.dueOn ? `, chậm nhất ngày ${formatDateVi(r.dueOn)}` : ""}.
            </p>
          ))}
        </section>
      ) : null}

      <footer className="mt-10 grid gap-6 sm:grid-cols-2">
        <div className="text-[0.95rem]">
          <p className="font-bold italic">Nơi nhận:</p>
          <ul>
            {plan.recipients.map((r) => (
              <li key={r}>- {r}</li>
            ))}
          </ul>
        </div>
        {plan.signerTitle || plan.signerName ? (
          <div className="text-center">
            {plan.signerTitle
              ? signerLines(plan.signerTitle).map((l) => (
                  <p key={l} className="font-bold">
                    {l}
                  </p>
                ))
              : null}
            <p className="h-20" aria-hidden="true" />
            {plan.signerName ? <p className="font-bold">{plan.signerName}</p> : null}
          </div>
        ) : null}
      </footer>
    </article>
  );
}
