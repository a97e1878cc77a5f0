import "server-only";
import { randomInt } from "node:crypto";
import { changePasswordInput } from "../../account/change-password";
import { fields, z } from "../../validation";

export const ROLES = ["OFFICER", "UNIT_LEADER", "REVIEWER", "ADMIN"] as const;

/** The same password rules as a user changing their own. */
export const passwordField = changePasswordInput.shape.newPassword;

export const userFieldsShape = z.object({
  fullName: fields.requiredText("họ và tên", 120),
  position: fields.optionalText(200),
  role: z.enum(ROLES, { error: "Vui lòng chọn vai trò." }),
  unitId: z.preprocess((v) => (v === "" ? undefined : v), fields.id.optional()),
});

export function checkRoleUnit(v: { role: (typeof ROLES)[number]; unitId?: string }, ctx: z.RefinementCtx): void {
  if (v.role !== "ADMIN" && !v.unitId) ctx.addIssue({ code: "custom", path: ["unitId"], message: "Cán bộ, lãnh đạo và người thẩm định phải thuộc một đơn vị." });
}

export const userSnapshotSelect = { id: true, username: true, fullName: true, position: true, role: true, unitId: true, active: true, mustChangePassword: true } as const;

const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A temporary password that meets the rules (letters and digits, 12 characters), shown once. */
export function temporaryPassword(): string {
  for (;;) {
    let out = "";
    for (let i = 0; i < 12; i++) out += ALPHABET[randomInt(ALPHABET.length)];
    if (/\d/.test(out) && /[A-Za-z]/.test(out)) return out;
  }
}
