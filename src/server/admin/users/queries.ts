import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { matchesQuery, searchKey } from "@/domain/text/normalize";
import { db } from "../../db";
import { ROLES } from "./input";

interface UserListItemDto {
  id: string;
  username: string;
  fullName: string;
  position: string | null;
  role: (typeof ROLES)[number];
  unitName: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastSignInAt: string | null;
}

export async function listUsers(filter: { q?: string; role?: string; unitId?: string; inactive?: boolean } = {}): Promise<UserListItemDto[]> {
  const where: Prisma.UserWhereInput = {
    ...(ROLES.includes(filter.role as never) ? { role: filter.role as (typeof ROLES)[number] } : {}),
    ...(filter.unitId ? { unitId: filter.unitId } : {}),
    ...(filter.inactive ? {} : { active: true }),
  };
  const rows = await db.user.findMany({
    where,
    select: { id: true, username: true, fullName: true, position: true, role: true, active: true, mustChangePassword: true, lastSignInAt: true, unit: { select: { name: true } } },
    orderBy: [{ role: "asc" }, { username: "asc" }],
  });
  return rows
    .filter((u) => !filter.q || matchesQuery(searchKey(`${u.username} ${u.fullName} ${u.unit?.name ?? ""}`), filter.q))
    .map((u) => ({ ...u, unitName: u.unit?.name ?? null, lastSignInAt: u.lastSignInAt?.toISOString() ?? null }));
}

export async function userForm(id: string) {
  const u = await db.user.findUnique({
    where: { id },
    select: { id: true, username: true, fullName: true, position: true, role: true, unitId: true, active: true, mustChangePassword: true, lastSignInAt: true, passwordChangedAt: true },
  });
  return u ? { ...u, lastSignInAt: u.lastSignInAt?.toISOString() ?? null, passwordChangedAt: u.passwordChangedAt?.toISOString() ?? null } : null;
}
