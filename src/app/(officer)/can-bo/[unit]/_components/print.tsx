import { toLocalDate, toLocalTime } from "@/domain/schedule";
import { DocumentHeader } from "@/components/ui/document-header";
import { PrintButton } from "@/components/ui/print-button";

/** "08 giờ 30 phút, ngày 06 tháng 03 năm 2024" — the wording the official forms use. */
export function formTime(t: Date | string | null | undefined): string {
  if (!t) return "…… giờ …… phút, ngày …… tháng …… năm ……";
  const d = typeof t === "string" ? new Date(t) : t;
  const [h, m] = toLocalTime(d).split(":");
  return `${h} giờ ${m} phút, ${formDate(toLocalDate(d))}`;
}

function formDate(date: string): string {
  const [y, mo, da] = date.split("-");
  return `ngày ${da} tháng ${mo} năm ${y}`;
}

/**
 * The frame of an official one-stop form: the issuing body on the left, the national motto on
 * the right, the form's number and title. Presentational; printed on A4 (the header and
 * navigation of the site are hidden when printing).
 */
export function FormSheet({
  upper,
  lower,
  formNumber,
  title,
  place,
  date,
  number,
  printLabel = "In phiếu",
  children,
}: {
  upper: string;
  lower: string;
  formNumber: string;
  title: string;
  place?: string | null;
  date?: string | null;
  number?: string | null;
  /** The print button says what is printed: "In phiếu", "In thư". */
  printLabel?: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap gap-3">
        <PrintButton label={printLabel} accessKey="p" />
      </div>
      <article className="mx-auto max-w-3xl bg-white p-5 text-[1rem] leading-relaxed text-black shadow-sm ring-1 ring-slate-200 print:max-w-none print:p-0 print:shadow-none print:ring-0 sm:p-8">
        <p className="text-right text-sm italic">{formNumber}</p>
        <DocumentHeader
          upper={upper}
          lower={lower}
          left={number ? <p className="mt-1">{number}</p> : null}
          right={date ? <p className="mt-1 italic">{place ? `${place}, ` : ""}{formDate(date)}</p> : null}
        />
        <h1 className="mt-6 text-center text-xl font-bold">{title}</h1>
        <div className="mt-4 space-y-2">{children}</div>
      </article>
    </>
  );
}

export function Signatures({ left, right }: { left?: { title: string; name?: string | null }; right: { title: string; name?: string | null } }) {
  return (
    <div className="mt-8 grid grid-cols-2 gap-4 text-center">
      <div>
        {left ? (
          <>
            <p className="font-bold uppercase">{left.title}</p>
            <p className="italic">(Ký và ghi rõ họ tên)</p>
            <p className="mt-16">{left.name ?? ""}</p>
          </>
        ) : null}
      </div>
      <div>
        <p className="font-bold uppercase">{right.title}</p>
        <p className="italic">(Ký và ghi rõ họ tên)</p>
        <p className="mt-16">{right.name ?? ""}</p>
      </div>
    </div>
  );
}
