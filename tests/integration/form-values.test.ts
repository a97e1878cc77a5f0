import { beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/server/account/change-password";
import { createPlan } from "@/server/admin/plans/create-plan";
import { receiveDossier } from "@/server/dossier/receive-dossier";
import { requestHomeVisit } from "@/server/home-visit/request-home-visit";
import { actorFor, unitIdByKey } from "./helpers";
import { PHO_NHON, at, nonce, procedureId } from "./officer-fixtures";

/**
 * A refused submission comes back with what was sent, so that every form of the kit shows it
 * again (also when the page was posted without JavaScript); a password never does.
 */
describe("a refused action returns the submitted values", () => {
  let unitId: string;
  let certification: string;
  beforeAll(async () => {
    unitId = await unitIdByKey(PHO_NHON);
    certification = await procedureId("chung-thuc-chu-ky");
  });

  it("officer intake refused out of hours: name, phone, address and the procedure", async () => {
    const officer = await actorFor("canbo.phonhon");
    const sent = { unitId, procedureId: certification, citizenName: "Trần Văn Bình", citizenPhone: "0912 345 678", citizenAddress: "Thôn Trung, Phổ Nhơn", channel: "DESK", writtenOnBehalf: "on", nonce: nonce() };
    // A Wednesday at 03:31: the desk is closed.
    const r = await receiveDossier(officer, sent, at("2024-03-06", "03:31"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.values).toMatchObject({ procedureId: certification, citizenName: "Trần Văn Bình", citizenPhone: "0912 345 678", citizenAddress: "Thôn Trung, Phổ Nhơn", writtenOnBehalf: "on" });
  });

  it("the citizen's home-visit request refused: group, date, name, address, consent", async () => {
    const sent = { unitSlug: "phuong-my-binh", procedureId: "chung-thuc-chu-ky", eligibleGroup: "WAR_INVALID", requestedDate: "2000-01-06", citizenName: "Lê Thị Hoa", citizenPhone: "0912345678", address: "Số 12, khóm Bình Khánh 1", consent: "on" };
    const r = await requestHomeVisit({ kind: "public", ip: "203.0.113.77" }, sent);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.values).toMatchObject(sent);
  });

  it("the administrator's new plan refused: issuer, title, dates", async () => {
    const admin = await actorFor("quantri");
    const sent = { issuingUnitId: unitId, symbol: "KH-UBND", title: "Kế hoạch thử giữ giá trị", validFrom: "2027-03-01", validTo: "2027-02-01" };
    const r = await createPlan(admin, sent);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.values).toEqual(sent);
  });

  it("never sends a password back", async () => {
    const officer = await actorFor("canbo.phonhon");
    const r = await changePassword(officer, { currentPassword: "sai-mat-khau-123", newPassword: "x", confirmPassword: "y" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.values ?? {}).filter((k) => /password/i.test(k))).toEqual([]);
  });
});
