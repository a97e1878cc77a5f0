import "server-only";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { hashPassword } from "../../auth/password";
import { AppError } from "../../errors";
import { z } from "../../validation";
import { checkRoleUnit, passwordField, userFieldsShape, userSnapshotSelect } from "./input";

export const createUserInput = userFieldsShape
  .extend({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, "Tên đăng nhập 3–40 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch."),
    password: passwordField,
  })
  .superRefine(checkRoleUnit);

/** A new account with a first password the person must change when they sign in. */
export const createUser = defineAction({
  name: "user.create",
  input: createUserInput,
  permission: "user.manage",
  async run({ input, tx }) {
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      const message = "Tên đăng nhập này đã có người dùng.";
      throw new AppError("VALIDATION", message, { fieldErrors: { username: [message] } });
    }
    if (input.unitId && !(await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } }))) throw new AppError("VALIDATION", "Đơn vị không tồn tại.");
    const user = await tx.user.create({
      data: {
        username: input.username,
        fullName: input.fullName,
        position: input.position ?? null,
        role: input.role,
        // Administrators act on the whole system, not from a unit.
        unitId: input.role === "ADMIN" ? null : input.unitId!,
        passwordHash: await hashPassword(input.password),
        mustChangePassword: true,
      },
      select: userSnapshotSelect,
    });
    return {
      data: { id: user.id },
      audit: { action: "user.create", entity: "User", entityId: user.id, unitId: user.unitId, after: user },
      revalidate: { paths: [paths.admin.users()] },
    };
  },
});
