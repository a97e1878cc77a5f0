import "server-only";
import { searchKey, slugify } from "@/domain/text/normalize";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import type { Tx } from "../../db";
import { unitSubtreeIds } from "../../auth/scope";
import { dbDate } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { optionalDate } from "../input";
import { uniqueKey, uniqueSlug } from "../keys";
import { LEAF_KINDS, UNIT_KINDS } from "./input";

export const saveUnitInput = z
  .object({
    id: fields.id.optional().or(z.literal("").transform(() => undefined)),
    name: fields.requiredText("tên đơn vị (kèm cấp, ví dụ «Xã Phổ Nhơn»)", 200),
    kind: z.enum(UNIT_KINDS, { error: "Vui lòng chọn loại đơn vị." }),
    parentId: z.preprocess((v) => (v === "" ? undefined : v), fields.id.optional()),
    adminCode: fields.optionalText(20),
    deskAddress: fields.optionalText(300),
    deskPhone: fields.optionalOfficePhone,
    validFrom: optionalDate,
    validTo: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.validFrom && v.validTo && v.validTo < v.validFrom) ctx.addIssue({ code: "custom", path: ["validTo"], message: "Ngày ngừng hoạt động phải sau ngày bắt đầu." });
    if (v.kind === "PROVINCE" && v.parentId) ctx.addIssue({ code: "custom", path: ["parentId"], message: "Tỉnh, thành phố là cấp cao nhất, không có đơn vị cấp trên." });
    if (v.kind !== "PROVINCE" && !v.parentId) ctx.addIssue({ code: "custom", path: ["parentId"], message: "Vui lòng chọn đơn vị cấp trên." });
  });

const PREFIX = /^(tinh|thanh-pho|thi-xa|huyen|quan|xa|phuong|thi-tran)-/;

/** The stable key and the citizens' address (slug) of a new unit, both unique. */
export async function newUnitAddress(tx: Tx, name: string, parent: { key: string; name: string } | null): Promise<{ key: string; slug: string }> {
  const short = slugify(name).replace(PREFIX, "");
  const key = await uniqueKey(parent ? `${parent.key}/${short}` : short, async (k) => (await tx.unit.count({ where: { key: k } })) > 0);
  // A slug repeats across provinces ("Xã Phổ Nhơn" is not unique nationally): add the parent's name.
  let slugBase = slugify(name);
  if (parent && (await tx.unit.count({ where: { slug: slugBase } })) > 0) slugBase = `${slugBase}-${slugify(parent.name).replace(PREFIX, "")}`;
  const slug = await uniqueSlug(slugBase, async (s) => (await tx.unit.count({ where: { slug: s } })) > 0, 120);
  return { key, slug };
}

/**
 * Creates or edits a unit of the tree. Both structures are allowed: province → district →
 * commune (until 30/06/2025) and province → commune (from 01/07/2025). The slug — the
 * citizens' address /don-vi/<slug> — is set once, at creation.
 */
export const saveUnit = defineAction({
  name: "unit.save",
  input: saveUnitInput,
  permission: "unit.edit",
  async run({ input, tx }) {
    const parent = input.parentId ? await tx.unit.findUnique({ where: { id: input.parentId }, select: { id: true, key: true, name: true, kind: true } }) : null;
    if (input.parentId && !parent) throw new AppError("VALIDATION", "Đơn vị cấp trên không tồn tại.");
    if (parent && LEAF_KINDS.includes(parent.kind)) {
      throw new AppError("VALIDATION", "Thôn, tổ dân phố không có đơn vị trực thuộc.", { fieldErrors: { parentId: ["Thôn, tổ dân phố không có đơn vị trực thuộc."] } });
    }
    const data = {
      name: input.name,
      searchName: searchKey(input.name),
      kind: input.kind,
      parentId: parent?.id ?? null,
      adminCode: input.adminCode ?? null,
      deskAddress: input.deskAddress ?? null,
      deskPhone: input.deskPhone ?? null,
      validFrom: input.validFrom ? dbDate(input.validFrom) : null,
      validTo: input.validTo ? dbDate(input.validTo) : null,
    };
    const select = { id: true, key: true, slug: true, name: true, kind: true, parentId: true, adminCode: true, deskAddress: true, deskPhone: true, validFrom: true, validTo: true } as const;
    if (input.id) {
      const before = await tx.unit.findUnique({ where: { id: input.id }, select });
      if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
      if (parent && (await unitSubtreeIds(tx, before.id)).includes(parent.id)) {
        throw new AppError("VALIDATION", "Không thể đặt đơn vị dưới chính nó hoặc đơn vị trực thuộc nó.", { fieldErrors: { parentId: ["Không thể đặt đơn vị dưới chính nó hoặc đơn vị trực thuộc nó."] } });
      }
      const after = await tx.unit.update({ where: { id: before.id }, data, select });
      return {
        data: { id: after.id, slug: after.slug },
        audit: { action: "unit.update", entity: "Unit", entityId: after.id, unitId: after.id, before, after },
        revalidate: { paths: [paths.admin.units(), paths.unit.page(after.slug), paths.home()] },
      };
    }
    const after = await tx.unit.create({ data: { ...(await newUnitAddress(tx, input.name, parent)), ...data, source: "Tạo trong trang quản trị." }, select });
    return {
      data: { id: after.id, slug: after.slug },
      audit: { action: "unit.create", entity: "Unit", entityId: after.id, unitId: after.id, after },
      revalidate: { paths: [paths.admin.units(), paths.home()] },
    };
  },
});
