import "server-only";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { hashPassword } from "../../auth/password";
import { revokeSessions } from "../../auth/session-token";
import { forgetPasswordGuesses } from "../../auth/sign-in";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { temporaryPassword } from "./input";

export const resetPasswordInput = z.object({ id: fields.id });

/**
 * A new temporary password (argon2id), shown to the administrator once and never stored in
 * clear or in the audit log; the person must change it at their next sign-in.
 */
export const resetPassword = defineAction({
  name: "user.reset_password",
  input: resetPasswordInput,
  permission: "user.manage",
  async run({ input, tx, now }) {
    const user = await tx.user.findUnique({ where: { id: input.id }, select: { id: true, username: true, unitId: true } });
    if (!user) throw new AppError("NOT_FOUND", "Không tìm thấy người dùng.");
    const password = temporaryPassword();
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password), mustChangePassword: true, passwordChangedAt: now } });
    // Whoever held the old password, or a session opened with it, is out; and a forgotten
    // password may have been tried many times: its delays are lifted.
    await revokeSessions(tx, user.id);
    await forgetPasswordGuesses(tx, user.username);
    return {
      data: { id: user.id, username: user.username, temporaryPassword: password },
      audit: { action: "user.reset_password", entity: "User", entityId: user.id, unitId: user.unitId, after: { mustChangePassword: true } },
      revalidate: { paths: [paths.admin.users()] },
    };
  },
});
