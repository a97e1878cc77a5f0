import "server-only";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { revokeSessions } from "../../auth/session-token";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { userSnapshotSelect } from "./input";

export const setUserActiveInput = z.object({ id: fields.id, active: fields.checkbox });

/** Disabling takes effect at once: the session layer re-reads the account on every request, and its sessions are revoked. */
export const setUserActive = defineAction({
  name: "user.set_active",
  input: setUserActiveInput,
  permission: "user.manage",
  async run({ actor, input, tx }) {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: userSnapshotSelect });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy người dùng.");
    if (!input.active && actor.id === before.id) throw new AppError("RULE_VIOLATION", "Không tự khóa tài khoản của chính mình.");
    const after = await tx.user.update({ where: { id: before.id }, data: { active: input.active }, select: userSnapshotSelect });
    // Enabling the account again must not revive the sessions it had.
    if (!input.active) await revokeSessions(tx, after.id);
    return {
      data: { id: after.id, active: after.active },
      audit: { action: input.active ? "user.enable" : "user.disable", entity: "User", entityId: after.id, unitId: after.unitId, before, after },
      revalidate: { paths: [paths.admin.users()] },
    };
  },
});
