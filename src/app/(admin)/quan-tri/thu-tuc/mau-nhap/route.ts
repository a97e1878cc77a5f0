import { PROCEDURE_COLUMNS, PROCEDURE_TEMPLATE_EXAMPLE } from "@/domain/catalogue/procedure-row";
import { can } from "@/server/auth/permissions";
import { currentUser } from "@/server/auth/session";

export const dynamic = "force-dynamic";

const csvCell = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The import template: the header row and one example row (Excel opens UTF-8 with a BOM). */
export async function GET() {
  const user = await currentUser();
  if (!user) return new Response("Vui lòng đăng nhập.", { status: 401 });
  if (!can(user.role, "catalogue.edit")) return new Response("Bạn không có quyền thực hiện thao tác này.", { status: 403 });
  const example = PROCEDURE_COLUMNS.map((c) => PROCEDURE_TEMPLATE_EXAMPLE[c.key]);
  const body = `\uFEFF${[PROCEDURE_COLUMNS.map((c) => c.header), example].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
  return new Response(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="mau-danh-muc-thu-tuc.csv"' },
  });
}
