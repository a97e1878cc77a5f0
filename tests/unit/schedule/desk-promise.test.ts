import { describe, expect, it } from "vitest";
import { deskPromiseFor, formatInstantVi } from "../../../src/domain/schedule";
import { ALL_MODELS, CALENDAR, OFFICE_HOURS, P, UNITS, at, proc } from "./fixtures";

const rules = { models: ALL_MODELS, officeHours: OFFICE_HOURS, calendar: CALENDAR };
const procedure = (id: string) => {
  const p = proc(id);
  return { id: p.procedureId, statutoryWorkingDays: p.statutoryWorkingDays, sameDayCutoff: p.sameDayCutoff };
};

describe("the calculator at the desk while it is closed", () => {
  it("06:00 on Phổ Nhơn's Wednesday: the desk opens at 07:00 and a dossier handed in then is returned the same day under the model", () => {
    const r = deskPromiseFor(rules, UNITS.PHO_NHON, procedure(P.CT_SAO_Y), at("2024-03-06", "06:00"));
    expect(r.opensAt && formatInstantVi(r.opensAt)).toBe("07:00 thứ Tư 06/03/2024");
    expect(formatInstantVi(r.promisedAt)).toBe("08:00 thứ Tư 06/03/2024");
    expect(r.basis.kind).toBe("MODEL");
  });

  it("inside office hours the answer is for the moment asked, without an opening time", () => {
    const r = deskPromiseFor(rules, UNITS.PHO_NHON, procedure(P.CT_SAO_Y), at("2024-03-06", "10:00"));
    expect(r.opensAt).toBeNull();
    expect(formatInstantVi(r.promisedAt)).toBe("11:00 thứ Tư 06/03/2024");
  });
});
