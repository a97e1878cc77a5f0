/**
 * Targets the plans set for the reported figures, each with the plan's sentence. Keyed by
 * the model's stable key. Only what a plan states: no invented targets.
 */
import type { FigureTarget } from "./figures";

export const sameDayTargets: Record<string, FigureTarget> = {
  // Kế hoạch 190/KH-UBND thị xã Phước Long, mục II.2 (Mục tiêu).
  "phuoc-long-giai-quyet-trong-ngay": {
    percent: 100,
    source: "Kế hoạch 190/KH-UBND thị xã Phước Long: “Các thủ tục hành chính được chọn giải quyết trong ngày, đảm bảo đạt 100%.”",
  },
};
