import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, LinkButton, PageHeader } from "@/components/ui/primitives";
import { unitKindLabel } from "@/domain/labels";
import { formatDateVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { SERVICE_KINDS } from "@/server/admin/units/input";
import { unitTree, type UnitNodeDto } from "@/server/admin/units/queries";
import { requirePagePermission } from "@/server/auth/session";

export const metadata: Metadata = { title: "Đơn vị" };
export const dynamic = "force-dynamic";

function Node({ node }: { node: UnitNodeDto }) {
  const line = (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <Link href={paths.admin.unit(node.id)} className="font-semibold text-brand-800">
        {node.name}
      </Link>
      <span className="text-sm text-muted">{unitKindLabel[node.kind]}</span>
      {node.validTo ? <Badge tone="neutral">đến {formatDateVi(node.validTo)}</Badge> : null}
      {node.mergedIntoName ? <span className="text-sm text-muted">→ sáp nhập vào {node.mergedIntoName}</span> : null}
      {(SERVICE_KINDS as readonly string[]).includes(node.kind) ? (
        <Link href={paths.admin.unitProcedures(node.id)} className="text-sm">
          {node.procedureCount} thủ tục
        </Link>
      ) : null}
      {node.userCount ? <span className="text-sm text-muted">{node.userCount} tài khoản</span> : null}
    </span>
  );
  if (node.children.length === 0) return <li className="py-1">{line}</li>;
  return (
    <li className="py-1">
      {line}
      {/* The toggle is its own control: links cannot sit inside a <summary>. */}
      <details open={node.kind === "PROVINCE"}>
        <summary className="cursor-pointer text-sm text-brand-800">{node.children.length} đơn vị trực thuộc</summary>
        <ul className="ml-3 border-l border-slate-200 pl-3 sm:ml-5 sm:pl-4">
          {node.children.map((c) => (
            <Node key={c.id} node={c} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export default async function UnitsPage() {
  await requirePagePermission("unit.edit", paths.admin.units());
  const tree = await unitTree();
  return (
    <>
      <PageHeader title="Đơn vị" subtitle="Tỉnh → huyện → xã, phường (đến 30/6/2025) và tỉnh → xã, phường (từ 01/7/2025); phòng ban, bộ phận một cửa, thôn trực thuộc.">
        <LinkButton href={paths.admin.newUnit()}>Thêm đơn vị</LinkButton>
      </PageHeader>
      <Card>
        <ul>
          {tree.map((n) => (
            <Node key={n.id} node={n} />
          ))}
        </ul>
      </Card>
    </>
  );
}
