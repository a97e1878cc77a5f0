import { describe, expect, it } from "vitest";
import { calendarEntryAddition, calendarEntryWithdrawal, type CalendarEntry } from "@/domain/schedule";

const tet: CalendarEntry = { date: "2027-02-12", kind: "OFF", name: "Tết Nguyên đán", effectiveFrom: "2026-12-01" };

describe("adding a decision for a day", () => {
  it("goes in at once on a day without one, whatever `replace` says", () => {
    expect(calendarEntryAddition({ date: "2027-02-12", effectiveFrom: "2026-12-01" }, [], false)).toBeNull();
    expect(calendarEntryAddition({ date: "2027-02-12", effectiveFrom: "2026-12-01" }, [], true)).toBeNull();
  });

  it("names the decision it would replace and waits for the administrator to confirm", () => {
    expect(calendarEntryAddition({ date: "2027-02-12", effectiveFrom: "2026-12-10" }, [tet], false)).toBe(
      "Ngày 12/02/2027 đã có quyết định «Tết Nguyên đán» (ngày nghỉ) áp dụng từ 01/12/2026. Quyết định mới sẽ thay quyết định đó từ 10/12/2026: đánh dấu «Thay quyết định đang có» để xác nhận.",
    );
    expect(calendarEntryAddition({ date: "2027-02-12", effectiveFrom: "2026-12-10" }, [tet], true)).toBeNull();
  });

  it("names the latest earlier decision when there are several", () => {
    const working: CalendarEntry = { ...tet, kind: "WORKING", name: "Làm việc", effectiveFrom: "2026-12-05" };
    expect(calendarEntryAddition({ date: "2027-02-12", effectiveFrom: "2026-12-10" }, [working, tet], false)).toContain("«Làm việc» (ngày làm việc) áp dụng từ 05/12/2026");
  });

  it("says when a decision already entered will take over from the new one", () => {
    expect(calendarEntryAddition({ date: "2027-02-12", effectiveFrom: "2026-11-20" }, [tet], false)).toBe(
      "Ngày 12/02/2027 đã có quyết định «Tết Nguyên đán» (ngày nghỉ) áp dụng từ 01/12/2026, sẽ thay quyết định mới từ ngày đó: đánh dấu «Thay quyết định đang có» để xác nhận.",
    );
  });

  it("refuses a second decision applying from the same date, even confirmed", () => {
    for (const replace of [false, true]) {
      expect(calendarEntryAddition({ date: "2027-02-12", effectiveFrom: "2026-12-01" }, [tet], replace)).toBe(
        "Ngày 12/02/2027 đã có quyết định «Tết Nguyên đán» áp dụng từ 01/12/2026; chọn ngày áp dụng khác để thay, hoặc rút quyết định đó nếu còn rút được.",
      );
    }
  });
});

describe("withdrawing a decision", () => {
  it("is allowed before it applies, and on the day it was entered", () => {
    expect(calendarEntryWithdrawal({ ...tet, enteredOn: "2026-11-25" }, "2026-11-30")).toBeNull();
    expect(calendarEntryWithdrawal({ ...tet, enteredOn: "2026-12-03" }, "2026-12-03")).toBeNull();
  });

  it("is refused from the day after it was entered once it applies, with the way to correct it", () => {
    const refusal = "Quyết định này đã áp dụng từ 01/12/2026 nên không xóa được; để sửa, thêm một quyết định mới cho ngày 12/02/2027 áp dụng từ ngày mai.";
    expect(calendarEntryWithdrawal({ ...tet, enteredOn: "2026-11-25" }, "2026-12-01")).toBe(refusal);
    expect(calendarEntryWithdrawal({ ...tet, enteredOn: "2026-12-01" }, "2026-12-02")).toBe(refusal);
  });
});
