import "server-only";
import type { Db, Tx } from "../db";
import { AppError } from "../errors";
import type { UserActor } from "./actor";

/**
 * The one unit-scope check, for actions, queries and pages alike: the unit — its id loaded
 * from the database, never one sent by the client — must be the user's own or under it.
 * Refuses with a FORBIDDEN AppError (with `refusal` as its message when one is given); a page
 * passes Next's `forbidden` instead, to answer with its 403 page.
 */
export function requireUnitScope(user: UserActor, unitId: string, refusal: string | (() => never) = "Hồ sơ hoặc dữ liệu này thuộc đơn vị khác, bạn không có quyền thao tác."): void {
  if (user.scopeUnitIds.includes(unitId)) return;
  if (typeof refusal === "function") return refusal();
  throw new AppError("FORBIDDEN", refusal);
}

/** A unit and every unit under it (one recursive query). */
export async function unitSubtreeIds(db: Db | Tx, rootId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE subtree AS (
      SELECT "id" FROM "Unit" WHERE "id" = ${rootId}
      UNION ALL
      SELECT u."id" FROM "Unit" u JOIN subtree s ON u."parentId" = s."id"
    )
    SELECT "id" FROM subtree`;
  return rows.map((r) => r.id);
}

/** A unit and its ancestors, nearest first. */
export async function unitAncestorIds(db: Db | Tx, unitId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string; depth: number }[]>`
    WITH RECURSIVE up AS (
      SELECT "id", "parentId", 0 AS depth FROM "Unit" WHERE "id" = ${unitId}
      UNION ALL
      SELECT u."id", u."parentId", up.depth + 1 FROM "Unit" u JOIN up ON u."id" = up."parentId"
    )
    SELECT "id", depth FROM up ORDER BY depth`;
  return rows.map((r) => r.id);
}
