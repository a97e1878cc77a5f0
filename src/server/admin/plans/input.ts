import "server-only";
import { isLocalDate } from "@/domain/schedule";
import { fields, z } from "../../validation";
import { lines, optionalDate, optionalInt } from "../input";

/** The text of a plan as printed: citation (blanks allowed while a draft), sections, signer. */
export const planFieldsShape = z.object({
    issuingUnitId: fields.id,
    key: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z
        .string()
        .trim()
        .max(80, "Mã kế hoạch tối đa 80 ký tự.")
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Mã kế hoạch chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.")
        .optional(),
    ),
    number: fields.optionalText(20),
    symbol: fields.requiredText("ký hiệu văn bản (ví dụ KH-UBND)", 40),
    signingPlace: fields.optionalText(100),
    signedDay: optionalInt("Ngày ký", 1, 31),
    signedMonth: optionalInt("Tháng ký", 1, 12),
    signedYear: optionalInt("Năm ký", 1945, 2100),
    title: fields.requiredText("trích yếu (tên kế hoạch)", 1000),
    legalBases: lines(),
    purposes: lines(),
    requirements: lines(),
    recipients: lines(300),
    assumptions: lines(),
    validFrom: optionalDate,
    validTo: optionalDate,
    signerName: fields.optionalText(120),
    signerTitle: fields.optionalText(200),
  });

type PlanFields = z.infer<typeof planFieldsShape>;

/** Cross-field checks of the citation and validity. */
export function checkPlanFields(v: PlanFields, ctx: z.RefinementCtx): void {
    if (v.validFrom && v.validTo && v.validTo < v.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "Ngày kết thúc phải sau ngày bắt đầu thực hiện." });
    }
    if (v.signedDay && !v.signedMonth) ctx.addIssue({ code: "custom", path: ["signedMonth"], message: "Có ngày ký thì phải có tháng ký." });
    if (v.signedMonth && !v.signedYear) ctx.addIssue({ code: "custom", path: ["signedYear"], message: "Có tháng ký thì phải có năm ký." });
    if (v.signedDay && v.signedMonth && v.signedYear) {
      const date = `${v.signedYear}-${String(v.signedMonth).padStart(2, "0")}-${String(v.signedDay).padStart(2, "0")}`;
      if (!isLocalDate(date)) ctx.addIssue({ code: "custom", path: ["signedDay"], message: "Ngày ký không có thật." });
    }
}

export const planFieldsInput = planFieldsShape.superRefine(checkPlanFields);

type PlanFieldsInput = PlanFields;

export function planData(input: PlanFieldsInput) {
  return {
    number: input.number ?? null,
    symbol: input.symbol,
    signingPlace: input.signingPlace ?? null,
    signedDay: input.signedDay ?? null,
    signedMonth: input.signedMonth ?? null,
    signedYear: input.signedYear ?? null,
    title: input.title,
    legalBases: input.legalBases,
    purposes: input.purposes,
    requirements: input.requirements,
    recipients: input.recipients,
    assumptions: input.assumptions,
    signerName: input.signerName ?? null,
    signerTitle: input.signerTitle ?? null,
  };
}

/** The columns an audit snapshot of a plan keeps. */
export const planSnapshotSelect = {
  id: true,
  key: true,
  status: true,
  issuingUnitId: true,
  number: true,
  symbol: true,
  signingPlace: true,
  signedDay: true,
  signedMonth: true,
  signedYear: true,
  title: true,
  validFrom: true,
  validTo: true,
  signerName: true,
  signerTitle: true,
  endedAt: true,
} as const;
