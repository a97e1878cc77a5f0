import "server-only";
import { toLocalDate } from "@/domain/schedule";
import { everyPage } from "@/lib/paths";
import { defineAction } from "../action";
import { requireUnitScope } from "../auth/scope";
import { dbDate } from "../dates";
import { AppError } from "../errors";
import { fields, z } from "../validation";

/** The code of conduct of Phước Long's plan 190/KH-UBND ("4 xin, 4 luôn, 5 không"). */
const PLEDGE_TEXT =
  "Tôi cam kết thực hiện nghiêm «4 xin» (xin chào, xin lỗi, xin cảm ơn, xin phép), «4 luôn» (luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ) và «5 không» (không cửa quyền, hách dịch, gây khó khăn, phiền hà; không quan liêu, vô cảm, vô trách nhiệm; không tham nhũng, lãng phí, lợi ích nhóm; không xu nịnh, chạy chọt, gian dối; không lợi dụng chức vụ, quyền hạn trong thực thi công vụ).";

export const recordPledgeInput = z.object({
  unitId: fields.id,
  staffName: fields.requiredText("họ tên người ký", 120),
  position: fields.optionalText(200),
  userId: z.preprocess((v) => (v === "" ? undefined : v), fields.id.optional()),
  signedOn: fields.localDate,
  content: fields.optionalText(4000),
});

/** Who signed the commitment, and when ("ký cam kết thực hiện"). */
export const recordPledge = defineAction({
  name: "pledge.record",
  input: recordPledgeInput,
  permission: "pledge.manage",
  async run({ actor, input, tx, now }) {
    requireUnitScope(actor, input.unitId);
    if (input.signedOn > toLocalDate(now)) throw new AppError("VALIDATION", "Ngày ký không được ở tương lai.", { fieldErrors: { signedOn: ["Ngày ký không được ở tương lai."] } });
    if (input.userId) {
      const staff = await tx.user.findFirst({ where: { id: input.userId, unitId: { in: actor.scopeUnitIds } }, select: { id: true } });
      if (!staff) throw new AppError("FORBIDDEN", "Người ký không thuộc đơn vị.");
    }
    const plan = await tx.plan.findFirst({ where: { models: { some: { kind: "FRIENDLY_PLEDGE", versions: { some: { scopes: { some: { unitId: input.unitId } } } } } } }, select: { id: true } });
    const row = await tx.staffPledge.create({
      data: { unitId: input.unitId, planId: plan?.id ?? null, userId: input.userId ?? null, staffName: input.staffName, position: input.position ?? null, content: input.content ?? PLEDGE_TEXT, signedOn: dbDate(input.signedOn), recordedById: actor.id },
      select: { id: true },
    });
    return {
      data: { id: row.id },
      audit: { action: "pledge.record", entity: "StaffPledge", entityId: row.id, unitId: input.unitId, after: { staffName: input.staffName, position: input.position ?? null, signedOn: input.signedOn } },
      revalidate: { layouts: [everyPage.ofOfficerWorkspaces] },
    };
  },
});
