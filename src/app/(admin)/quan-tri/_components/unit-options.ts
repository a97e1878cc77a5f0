import { formatDateVi } from "@/domain/schedule/local-time";

/** Unit options indented by depth, so the tree reads in a select. */
export function unitSelectOptions(units: { id: string; name: string; depth: number; validTo: string | null }[]): { value: string; label: string }[] {
  return units.map((u) => ({ value: u.id, label: `${"— ".repeat(u.depth)}${u.name}${u.validTo ? ` (đến ${formatDateVi(u.validTo)})` : ""}` }));
}
