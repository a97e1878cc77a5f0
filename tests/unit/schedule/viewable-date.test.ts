import { describe, expect, it } from "vitest";
import { viewableDateProblem } from "../../../src/domain/schedule/local-time";

describe("a date asked for in a page's address", () => {
  const today = "2026-12-07";
  it.each([
    ["2025-02-30", /Ngày «2025-02-30» không hợp lệ \(không có ngày này\)\. Đang hiển thị hôm nay, 07\/12\/2026\./],
    ["abc", /Ngày «abc» không hợp lệ/],
    ["1900-01-01", /Ngày 01\/01\/1900 nằm ngoài khoảng xem được \(từ 01\/01\/2015 đến 31\/12\/2029\)/],
    ["2030-01-01", /nằm ngoài khoảng xem được/],
  ])("%s is refused, in Vietnamese", (value, message) => {
    expect(viewableDateProblem(value, today)).toMatch(message);
  });

  it.each(["2015-01-01", "2024-03-06", "2025-06-30", "2029-12-31"])("%s is shown", (value) => {
    expect(viewableDateProblem(value, today)).toBeNull();
  });
});
