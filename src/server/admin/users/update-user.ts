import "server-only";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { AppError } from "../../errors";
import { fields } from "../../validation";
import { checkRoleUnit, userFieldsShape, userSnapshotSelect } from "./input";

export const updateUserInput = userFieldsShape.extend({ id: fields.id }).superRefine(checkRoleUnit);

/** Name, position, role and unit. An administrator cannot change their own role (no lock-out). */
export const updateUser = defineAction({
  name: "user.update",
  input: updateUserInput,
  permission: "user.manage",
  async run({ actor, input, tx }) {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: userSnapshotSelect });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy người dùng.");
    if (actor.id === before.id && input.role !== before.role) {
      throw new AppError("RULE_VIOLATION", "Không tự đổi vai trò của chính mình; hãy nhờ một quản trị khác.");
    }
    if (input.unitId && !(await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } }))) throw new AppError("VALIDATION", "Đơn vị không tồn tại.");
    const after = await tx.user.update({
      where: { id: before.id },
      data: { fullName: input.fullName, position: input.position ?? null, role: input.role, unitId: input.role === "ADMIN" ? null : input.unitId! },
      select: userSnapshotSelect,
    });
    return {
      data: { id: after.id },
      audit: { action: "user.update", entity: "User", entityId: after.id, unitId: after.unitId ?? before.unitId, before, after },
      revalidate: { paths: [paths.admin.users()] },
    };
  },
});
