import "server-only";
import { defineAction } from "../action";
import { hashPassword, verifyPassword } from "../auth/password";
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

export const changePassword = defineAction({
  name: "account.change_password",
  input: changePasswordInput,
  permission: "account.self",
  async run({ actor, input, tx, now }) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("VALIDATION", "Mật khẩu hiện tại không đúng.", { fieldErrors: { currentPassword: ["Mật khẩu hiện tại không đúng."] } });
    }
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: now, mustChangePassword: false } });
    return { data: { changedAt: now.toISOString() }, audit: { action: "account.change_password", entity: "User", entityId: actor.id, unitId: actor.unitId } };
  },
});
