import { describe, expect, it } from "vitest";
import {
  isOpenAt,
  modelsFor,
  nextOpenings,
  occurrenceOn,
  occurrences,
  ruleAt,
  type ServiceModelDef,
} from "../../../src/domain/schedule";
import {
  ALL_MODELS,
  AN_DUNG_FRIDAY,
  AN_DUNG_LISTENING,
  LONG_XUYEN_HOME,
  LUAN_THANH,
  P,
  PHO_NHON,
  PHUOC_LONG,
  UNITS,
  at,
  ctxFor,
} from "./fixtures";

const dates = (m: ServiceModelDef, unit: string, from: string, to: string) =>
  occurrences(m, ctxFor(unit), from, to).map((o) => o.date);

describe("ruleAt: the version with the greatest effectiveFrom <= date", () => {
  const amended: ServiceModelDef = {
    ...PHO_NHON,
    versions: [
      ...PHO_NHON.versions,
      { ...PHO_NHON.versions[0]!, versionId: "pho-nhon-v2", effectiveFrom: "2025-01-01", intakeCutoff: "16:00" },
    ],
  };
  it.each([
    ["2024-02-29", null],
    ["2024-03-01", "pho-nhon-v1"],
    ["2024-12-31", "pho-nhon-v1"],
    ["2025-01-01", "pho-nhon-v2"],
  ])("on %s → %s", (d, v) => {
    expect(ruleAt(amended, d)?.versionId ?? null).toBe(v);
  });

  it("switches occurrences at the amendment", () => {
    const occ = occurrences(amended, ctxFor(UNITS.PHO_NHON), "2024-12-20", "2025-01-10");
    expect(occ.map((o) => [o.date, o.versionId])).toEqual([
      ["2024-12-25", "pho-nhon-v1"],
      ["2025-01-08", "pho-nhon-v2"],
    ]);
    expect(isOpenAt(amended, ctxFor(UNITS.PHO_NHON), at("2025-01-08", "15:45"))).toBe(true);
    expect(modelsFor([amended], UNITS.PHO_NHON, P.CT_SAO_Y, at("2025-01-08", "15:45"), ctxFor(UNITS.PHO_NHON))).toHaveLength(1);
    expect(modelsFor([amended], UNITS.PHO_NHON, P.CT_SAO_Y, at("2024-12-25", "15:45"), ctxFor(UNITS.PHO_NHON))).toHaveLength(0);
  });
});

describe("002 Phổ Nhơn — Wednesday, 07:00–15:30, from 01/03/2024, open-ended", () => {
  const ctx = ctxFor(UNITS.PHO_NHON);
  it("occurs every Wednesday from 01/03/2024, except holidays", () => {
    expect(dates(PHO_NHON, UNITS.PHO_NHON, "2024-02-20", "2024-03-31")).toEqual(["2024-03-06", "2024-03-13", "2024-03-20", "2024-03-27"]);
    // 01/05/2024 (Wednesday) is a holiday: the model day does not occur
    expect(dates(PHO_NHON, UNITS.PHO_NHON, "2024-04-29", "2024-05-10")).toEqual(["2024-05-08"]);
    // Tết 2025: Wednesday 29/01/2025 is off
    expect(dates(PHO_NHON, UNITS.PHO_NHON, "2025-01-20", "2025-02-07")).toEqual(["2025-01-22", "2025-02-05"]);
    // Tết 2026: Wednesday 18/02/2026 is off
    expect(dates(PHO_NHON, UNITS.PHO_NHON, "2026-02-10", "2026-02-26")).toEqual(["2026-02-11", "2026-02-25"]);
    // still running years later (open-ended)
    expect(dates(PHO_NHON, UNITS.PHO_NHON, "2030-01-01", "2030-01-10")).toEqual(["2030-01-02", "2030-01-09"]);
  });

  it.each([
    ["06:59", false],
    ["07:00", true],
    ["11:29", true],
    ["11:30", false], // lunch break: the desk works office hours
    ["13:30", true],
    ["15:30", true],
    ["15:31", true], // still open (office hours) but past the intake cut-off: see modelsFor
    ["16:59", true],
    ["17:00", false],
    ["00:00", false],
  ])("open at %s on Wednesday 06/03/2024: %s", (time, open) => {
    expect(isOpenAt(PHO_NHON, ctx, at("2024-03-06", time))).toBe(open);
  });

  it.each([
    ["07:00", 1],
    ["15:30", 1],
    ["15:31", 0],
    ["06:59", 0],
  ])("modelsFor certification at %s → %i model(s)", (time, n) => {
    expect(modelsFor(ALL_MODELS, UNITS.PHO_NHON, P.CT_SAO_Y, at("2024-03-06", time), ctx)).toHaveLength(n);
  });

  it("is not in effect before 01/03/2024, on holidays, for other procedures or units", () => {
    expect(isOpenAt(PHO_NHON, ctx, at("2024-02-28", "09:00"))).toBe(false);
    expect(isOpenAt(PHO_NHON, ctx, at("2024-02-14", "09:00"))).toBe(false); // Tết 2024
    expect(modelsFor(ALL_MODELS, UNITS.PHO_NHON, P.XAY_DUNG, at("2024-03-06", "09:00"), ctx)).toEqual([]);
    expect(modelsFor(ALL_MODELS, UNITS.OTHER, P.CT_SAO_Y, at("2024-03-06", "09:00"), ctx)).toEqual([]);
  });

  it("reports windows and the intake cut-off as instants", () => {
    const occ = occurrenceOn(PHO_NHON, ctx, "2024-03-06");
    expect(occ).not.toBeNull();
    expect(occ!.windows.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([
      ["2024-03-06T00:00:00.000Z", "2024-03-06T04:30:00.000Z"],
      ["2024-03-06T06:30:00.000Z", "2024-03-06T10:00:00.000Z"],
    ]);
    expect(occ!.intakeCutoffAt!.toISOString()).toBe("2024-03-06T08:30:00.000Z");
  });
});

describe("001 An Dũng — 'ba không' Friday, 13/03/2023 to 31/12/2025", () => {
  it("starts on the first Friday after 13/03/2023 and stops at the end of 2025", () => {
    expect(dates(AN_DUNG_FRIDAY, UNITS.AN_DUNG, "2023-03-01", "2023-03-24")).toEqual(["2023-03-17", "2023-03-24"]);
    expect(dates(AN_DUNG_FRIDAY, UNITS.AN_DUNG, "2025-12-15", "2026-01-15")).toEqual(["2025-12-19", "2025-12-26"]);
  });
  it("skips Fridays in Tết and holidays", () => {
    expect(dates(AN_DUNG_FRIDAY, UNITS.AN_DUNG, "2024-02-05", "2024-02-20")).toEqual(["2024-02-16"]); // 09/02 in Tết 2024
    expect(dates(AN_DUNG_FRIDAY, UNITS.AN_DUNG, "2025-01-20", "2025-02-10")).toEqual(["2025-01-24", "2025-02-07"]); // 31/01 in Tết 2025
    expect(dates(AN_DUNG_FRIDAY, UNITS.AN_DUNG, "2023-08-28", "2023-09-10")).toEqual(["2023-09-08"]); // 01/09/2023 off
  });
});

describe("001 An Dũng — listening session, last Saturday of each quarter, evening", () => {
  it("occurs on the last Saturday of March, June, September and December, weekends included", () => {
    expect(dates(AN_DUNG_LISTENING, UNITS.AN_DUNG, "2023-01-01", "2023-12-31")).toEqual(["2023-03-25", "2023-06-24", "2023-09-30", "2023-12-30"]);
    expect(dates(AN_DUNG_LISTENING, UNITS.AN_DUNG, "2025-01-01", "2026-12-31")).toEqual(["2025-03-29", "2025-06-28", "2025-09-27", "2025-12-27"]);
  });
  it.each([
    ["18:59", false],
    ["19:00", true],
    ["20:59", true],
    ["21:00", false],
  ])("open at %s on Saturday 30/03/2024: %s", (time, open) => {
    expect(isOpenAt(AN_DUNG_LISTENING, ctxFor(UNITS.AN_DUNG), at("2024-03-30", time))).toBe(open);
  });
  it("covers no procedure", () => {
    expect(modelsFor([AN_DUNG_LISTENING], UNITS.AN_DUNG, P.CT_SAO_Y, at("2024-03-30", "19:30"), ctxFor(UNITS.AN_DUNG))).toEqual([]);
  });
});

describe("000 Long Xuyên — home visits every Thursday until 31/12/2024", () => {
  it("occurs on Thursdays up to the end of 2024 and not after", () => {
    expect(dates(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-12-16", "2025-01-10")).toEqual(["2024-12-19", "2024-12-26"]);
    expect(dates(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-04-25", "2024-05-10")).toEqual(["2024-05-02", "2024-05-09"]);
  });
});

describe("003 Phước Long — same day Mon–Fri, 01/08/2023 to 31/12/2025", () => {
  it("includes the first and the last day of validity, not the days around", () => {
    expect(dates(PHUOC_LONG, UNITS.PL_LONG_PHUOC, "2023-07-31", "2023-08-02")).toEqual(["2023-08-01", "2023-08-02"]);
    expect(dates(PHUOC_LONG, UNITS.PL_LONG_PHUOC, "2025-12-30", "2026-01-06")).toEqual(["2025-12-30", "2025-12-31"]);
  });
  it("never occurs on the compensatory working Saturday (the rule is Mon–Fri)", () => {
    expect(dates(PHUOC_LONG, UNITS.PL_LONG_PHUOC, "2024-05-04", "2024-05-04")).toEqual([]);
  });
});

describe("004 Luận Thành — 9th hour 16:30–17:30, 23/02/2026 to 23/03/2026", () => {
  const ctx = ctxFor(UNITS.LUAN_THANH);
  it("runs on working days Mon–Fri of the period, last day included", () => {
    const d = dates(LUAN_THANH, UNITS.LUAN_THANH, "2026-02-16", "2026-03-31");
    expect(d[0]).toBe("2026-02-23");
    expect(d[d.length - 1]).toBe("2026-03-23");
    expect(d).toHaveLength(21);
  });
  it.each([
    ["2026-02-23", "16:29", false],
    ["2026-02-23", "16:30", true],
    ["2026-02-23", "17:29", true],
    ["2026-02-23", "17:30", false],
    ["2026-03-23", "17:00", true], // last day of validity
    ["2026-03-24", "17:00", false], // the day after
    ["2026-02-20", "17:00", false], // Tết 2026, before validity
    ["2026-02-28", "17:00", false], // Saturday
  ])("%s %s open: %s", (d, time, open) => {
    expect(isOpenAt(LUAN_THANH, ctx, at(d, time))).toBe(open);
  });
  it("covers every procedure of the unit", () => {
    expect(modelsFor(ALL_MODELS, UNITS.LUAN_THANH, P.XAY_DUNG, at("2026-03-02", "17:00"), ctx)).toHaveLength(1);
  });
});

describe("nextOpenings", () => {
  it("lists the next windows that end after t, the current one included", () => {
    const ctx = ctxFor(UNITS.PHO_NHON);
    const o = nextOpenings(PHO_NHON, ctx, at("2024-03-06", "14:00"), 3);
    expect(o.map((x) => [x.date, x.start.toISOString()])).toEqual([
      ["2024-03-06", "2024-03-06T06:30:00.000Z"],
      ["2024-03-13", "2024-03-13T00:00:00.000Z"],
      ["2024-03-13", "2024-03-13T06:30:00.000Z"],
    ]);
  });
  it("is bounded: an expired model has no openings", () => {
    expect(nextOpenings(LUAN_THANH, ctxFor(UNITS.LUAN_THANH), at("2026-03-24", "08:00"), 5)).toEqual([]);
    expect(nextOpenings(LUAN_THANH, ctxFor(UNITS.LUAN_THANH), at("2025-01-01", "08:00"), 2, 30)).toEqual([]);
    expect(nextOpenings(LUAN_THANH, ctxFor(UNITS.LUAN_THANH), at("2025-01-01", "08:00"), 2)).toHaveLength(2);
  });
  it("finds a quarterly session months ahead", () => {
    const o = nextOpenings(AN_DUNG_LISTENING, ctxFor(UNITS.AN_DUNG), at("2024-04-01", "08:00"), 1);
    expect(o[0]?.date).toBe("2024-06-29");
  });
  it("returns nothing for n <= 0", () => {
    expect(nextOpenings(PHO_NHON, ctxFor(UNITS.PHO_NHON), at("2024-03-06", "08:00"), 0)).toEqual([]);
  });
});

describe("models without a schedule", () => {
  it("never occur", () => {
    const letters: ServiceModelDef = {
      modelId: "thu",
      planId: "001",
      kind: "LETTERS",
      name: "Thư chúc mừng, chia buồn, xin lỗi",
      versions: [{ ...AN_DUNG_FRIDAY.versions[0]!, kind: "LETTERS", versionId: "thu-v1", recurrence: { rrule: null, dates: [], exdates: [] } }],
    };
    expect(occurrences(letters, ctxFor(UNITS.AN_DUNG), "2023-01-01", "2025-12-31")).toEqual([]);
  });
  it("explicit dates and exdates are honoured", () => {
    const special: ServiceModelDef = {
      ...PHO_NHON,
      versions: [
        {
          ...PHO_NHON.versions[0]!,
          recurrence: { rrule: "FREQ=WEEKLY;BYDAY=WE", dates: ["2024-03-09"], exdates: ["2024-03-13"] },
          workingDaysOnly: false,
          hours: { kind: "WINDOWS", windows: [{ start: "08:00", end: "10:00" }] },
        },
      ],
    };
    expect(dates(special, UNITS.PHO_NHON, "2024-03-04", "2024-03-20")).toEqual(["2024-03-06", "2024-03-09", "2024-03-20"]);
  });
});
