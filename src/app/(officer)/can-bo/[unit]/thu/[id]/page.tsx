import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { withReadableBlanks } from "@/domain/dossier/letters";
import { placeName } from "@/domain/report/document";
import { letterTypeLabel } from "@/domain/labels";
import { formatInstantVi, toLocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { letterById } from "@/server/letters/queries";
import { unitBySlug } from "@/server/units/queries";
import { FormSheet, Signatures } from "../../_components/print";

export const metadata: Metadata = { title: "Thư" };
export const dynamic = "force-dynamic";

export default async function LetterPage({ params }: { params: Promise<{ unit: string; id: string }> }) {
  const { unit: slug, id } = await params;
  const user = await requirePagePermission("letter.manage", paths.officer.letter(slug, id));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const l = await letterById(user, unit.id, id);
  if (!l) notFound();
  return (
    <FormSheet upper="Ủy ban nhân dân" lower={l.unit.name} formNumber={`Sổ thư số ${l.number}/${l.year}`} title={letterTypeLabel[l.type].toUpperCase()} place={placeName(l.unit.name)} date={toLocalDate(l.sentAt)} printLabel="In thư" number={`Số: ${l.number}/${l.year}`}>
      <p className="whitespace-pre-line">{withReadableBlanks(l.body)}</p>
      {l.ceremonyAt ? <p className="font-semibold">Lễ trao Giấy chứng nhận kết hôn: {formatInstantVi(l.ceremonyAt)}.</p> : null}
      <Signatures right={{ title: "TM. Ủy ban nhân dân", name: null }} />
    </FormSheet>
  );
}
