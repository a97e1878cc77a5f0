/**
 * Illustrative plans: demo data that continue three real models for the units that took
 * over their communes on 01/07/2025, dated from the seed's day for twelve months, so that the
 * demo has something current on any date. They are flagged `Plan.illustrative`, shown with a
 * banner everywhere, and are not created when SEED_ILLUSTRATIVE=0 (a database that is not
 * the demo). None of it comes from a real document.
 */
import type { PrismaClient } from "../../src/generated/prisma/client";
import { addDays, toLocalDate } from "../../src/domain/schedule/local-time";
import type { LocalDate } from "../../src/domain/schedule/types";
import { plans } from "./data";
import { seedPlan, type KeyMaps } from "./reference";
import type { SeedModel, SeedPlan } from "./types";

/** Off only when the setting says so: the demo and the tests have them. */
export function illustrativeEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !["0", "false", "no", "off"].includes((env.SEED_ILLUSTRATIVE ?? "1").trim().toLowerCase());
}

function realModel(key: string): SeedModel {
  const model = plans.flatMap((p) => p.models).find((m) => m.key === key);
  if (!model) throw new Error(`Illustrative plans: no real model ${key}`);
  return model;
}

const NOTE = "DỮ LIỆU MINH HỌA: kế hoạch này không có thật; được tạo cùng dữ liệu mẫu để tiếp nối mô hình của kế hoạch gốc cho đơn vị hiện nay.";

interface Continuation {
  key: string;
  unitKey: string;
  unitName: string;
  /** The province's Sở Nội vụ, which receives the commune's periodic reports since 01/07/2025. */
  reviewerKey: string;
  from: string;
  title: string;
  placeNote: string | null;
}

const continuations: Continuation[] = [
  {
    key: "minh-hoa-nguyen-nghiem-thu-tu-khong-hen",
    unitKey: "quang-ngai/nguyen-nghiem",
    unitName: "xã Nguyễn Nghiêm",
    reviewerKey: "quang-ngai/so-noi-vu",
    from: "pho-nhon-thu-tu-khong-hen",
    title: "Tiếp tục mô hình “Ngày thứ Tư không hẹn” trên địa bàn xã Nguyễn Nghiêm (minh họa)",
    placeNote: "Trung tâm Phục vụ hành chính công xã Nguyễn Nghiêm (tên gọi minh họa).",
  },
  {
    key: "minh-hoa-long-xuyen-tthc-tai-nha-thu-nam",
    unitKey: "an-giang-2025/long-xuyen",
    unitName: "phường Long Xuyên",
    reviewerKey: "an-giang-2025/so-noi-vu",
    from: "long-xuyen-tthc-tai-nha-thu-nam",
    title: "Tiếp tục giải quyết thủ tục hành chính tại nhà vào thứ Năm trên địa bàn phường Long Xuyên (minh họa)",
    placeNote: "Tại nhà người dân có nhu cầu, trên địa bàn phường Long Xuyên.",
  },
  {
    key: "minh-hoa-an-vinh-ba-khong-thu-sau",
    unitKey: "gia-lai/an-vinh",
    unitName: "xã An Vinh",
    reviewerKey: "gia-lai/so-noi-vu",
    from: "an-dung-ba-khong-thu-sau",
    title: "Tiếp tục mô hình “Ba không” ngày thứ Sáu trên địa bàn xã An Vinh (minh họa)",
    placeNote: "Trung tâm Phục vụ hành chính công xã An Vinh (tên gọi minh họa).",
  },
];

/** The plans, from `today` for twelve months. */
export function illustrativePlans(today: LocalDate): SeedPlan[] {
  const to = addDays(today, 364);
  return continuations.map((c): SeedPlan => {
    const real = realModel(c.from);
    const model: SeedModel = {
      ...real,
      key: c.key,
      description: `${real.description} (Tiếp nối minh họa cho ${c.unitName}.)`,
      sourceQuotes: [],
      effectiveFrom: today,
      validFrom: today,
      validTo: to,
      placeNote: c.placeNote,
      scopes: real.scopes.slice(0, 1).map((s) => ({ ...s, unitKey: c.unitKey, localName: null })),
      assumptions: [NOTE, `Quy tắc (ngày, giờ, thủ tục, đối tượng) chép từ mô hình thật «${real.name}».`],
    };
    return {
      key: c.key,
      sourceFile: "",
      number: null,
      symbol: "KH-UBND",
      issuingUnitKey: c.unitKey,
      signingPlace: null,
      signedOn: { year: null, month: null, day: null },
      title: c.title,
      legalBases: [],
      purposes: [NOTE],
      requirements: [],
      validFrom: today,
      validTo: to,
      status: "ISSUED",
      signerName: "",
      signerTitle: "",
      recipients: [],
      tasks: [],
      // Quarterly, on the CCHC reporting calendar (Công văn 581/BNV-CCHC), so that the leader
      // and the province's reviewer have a report of the current quarter on any day.
      reporting: [
        {
          key: `${c.key}-bao-cao-quy`,
          title: `Báo cáo kết quả thực hiện mô hình hằng quý của ${c.unitName} (minh họa)`,
          frequency: "QUARTERLY",
          reporterUnitKeys: [c.unitKey],
          reviewerUnitKey: c.reviewerKey,
          dueOn: null,
          dueDaysAfterPeriod: null,
          sourceQuote: `${NOTE} Báo cáo hằng quý theo lịch báo cáo cải cách hành chính định kỳ.`,
        },
      ],
      models: [model],
      assumptions: [NOTE],
    };
  });
}

/** Writes the illustrative plans (upserts on their keys) and flags them. */
export async function seedIllustrative(db: PrismaClient, maps: KeyMaps, now: Date): Promise<number> {
  const list = illustrativePlans(toLocalDate(now));
  for (const plan of list) {
    await seedPlan(db, plan, maps);
    await db.plan.update({ where: { key: plan.key }, data: { illustrative: true } });
  }
  return list.length;
}
