import { describe, expect, it } from "vitest";
import { createUser } from "@/server/admin/users/create-user";
import { db } from "@/server/db";
import { tag } from "./admin-fixtures";
import { actorFor, unitIdByKey } from "./helpers";

/**
 * Refused actions are in the audit log (issue #19, finding 10): an administrator reading the log
 * sees who tried what they may not do, from where, even though nothing was written.
 */
describe("the audit log records refusals", () => {
  it("an officer trying an administrator's action is refused and the refusal is audited with the action's name", async () => {
    const officer = { ...(await actorFor("canbo.phonhon")), ip: "198.18.200.1" };
    const username = `khongduoc.${tag()}`;
    const result = await createUser(officer, { username, fullName: "Không Được Tạo", role: "OFFICER", unitId: await unitIdByKey("quang-ngai/duc-pho/pho-nhon"), password: "MatKhauTam123" });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).toBe("FORBIDDEN");
    expect(await db.user.findUnique({ where: { username } })).toBeNull();

    const [entry] = await db.auditLog.findMany({ where: { action: "access.forbidden", actorId: officer.id, ip: "198.18.200.1" }, orderBy: { at: "desc" }, take: 1 });
    expect(entry).toMatchObject({ actorName: "canbo.phonhon", actorRole: officer.role, entity: "Action", entityId: "user.create" });
    // What was asked for is not copied: a refused form may carry a password or a citizen's data.
    expect(JSON.stringify(entry?.after ?? null)).not.toContain("MatKhauTam123");
  });
});
