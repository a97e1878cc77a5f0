import "server-only";
import { defineAction, refuse } from "../action";
import { writeAudit } from "../audit/audit";
import { hashPassword, verifyPassword } from "../auth/password";
import { revokeSessions } from "../auth/session-token";
import { claimPasswordGuess, passwordGuessSucceeded } from "../auth/sign-in";
import { AppError } from "../errors";
import { z } from "../validation";

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại.").max(200),
    newPassword: z
      .string()
      .min(10, "Mật khẩu mới phải có ít nhất 10 ký tự.")
      .max(200, "Mật khẩu quá dài.")
      .regex(/[A-Za-zÀ-ỹ]/, "Mật khẩu mới phải có chữ cái.")
      .regex(/\d/, "Mật khẩu mới phải có chữ số."),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Mật khẩu nhập lại không khớp." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Mật khẩu mới phải khác mật khẩu hiện tại." });

const WRONG_CURRENT_PASSWORD = "Mật khẩu hiện tại không đúng.";

/**
 * The current password is a guess like a sign-in's: claimed under the same throttle keys
 * (this account from this address, and this address) before it is checked, so it is slowed,
 * and refused while sign-in is, exactly as the sign-in form is. A wrong one is audited and
 * kept (a refusal, not a thrown error, so the transaction keeps the count and the record).
 * A change ends every session of the account, this one too: the user signs in again with
 * the new password.
 */
export const changePassword = defineAction({
  name: "account.change_password",
  input: changePasswordInput,
  permission: "account.self",
  async run({ actor, input, tx, now }) {
    const throttled = await claimPasswordGuess(tx, actor.username, actor.ip, now);
    if (throttled) {
      await writeAudit(tx, actor, { action: "account.change_password_throttled", entity: "User", entityId: actor.id, unitId: actor.unitId });
      return refuse(throttled);
    }
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await writeAudit(tx, actor, { action: "account.change_password_failed", entity: "User", entityId: actor.id, unitId: actor.unitId });
      return refuse(new AppError("VALIDATION", WRONG_CURRENT_PASSWORD, { fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } }));
    }
    await passwordGuessSucceeded(tx, actor.username, actor.ip);
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: now, mustChangePassword: false } });
    await revokeSessions(tx, actor.id);
    return { data: { changedAt: now.toISOString() }, audit: { action: "account.change_password", entity: "User", entityId: actor.id, unitId: actor.unitId } };
  },
});
