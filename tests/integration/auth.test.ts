import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { recordPaperSurvey } from "@/server/friendly/record-paper-survey";
import { verifyCredentials } from "@/server/auth/sign-in";
import { HttpSession, actorFor, testNow, unitIdByKey } from "./helpers";

const PHO_NHON = "quang-ngai/duc-pho/pho-nhon";
const AN_DUNG = "binh-dinh/an-lao/an-dung";

describe("sign-in by role", () => {
  const cases = [
    { username: "canbo.phonhon", password: "MotCua#2026", area: "/can-bo", lands: "/can-bo/xa-pho-nhon" },
    { username: "lanhdao.andung", password: "LanhDao#2026", area: "/can-bo", lands: "/can-bo/xa-an-dung" },
    { username: "thamdinh.anlao", password: "NoiVu#2026", area: "/tham-dinh", lands: null },
    { username: "quantri", password: "QuanTri#2026", area: "/quan-tri", lands: null },
  ];

  for (const c of cases) {
    it(`${c.username} signs in and reaches ${c.area}`, async () => {
      const s = new HttpSession();
      expect(await s.signIn(c.username, c.password, `198.51.100.${cases.indexOf(c) + 1}`)).toEqual({ ok: true, error: null });
      const res = await s.fetch(c.area);
      if (c.lands) {
        expect(res.status).toBe(307);
        expect(new URL(res.headers.get("location")!, s.base).pathname).toBe(c.lands);
        const landed = await s.fetch(c.lands);
        expect(landed.status).toBe(200);
      } else {
        expect(res.status).toBe(200);
      }
      const home = await s.fetch("/dang-nhap/chuyen-huong");
      expect(new URL(home.headers.get("location")!, s.base).pathname).toBe(c.area);
    });
  }

  it("an anonymous visitor is sent to the sign-in page from every non-public area", async () => {
    const s = new HttpSession();
    for (const path of ["/can-bo", "/can-bo/xa-pho-nhon", "/tham-dinh", "/quan-tri", "/tai-khoan/doi-mat-khau"]) {
      const res = await s.fetch(path);
      expect(res.status, path).toBe(307);
      expect(res.headers.get("location"), path).toContain("/dang-nhap?callbackUrl=");
    }
  });

  it("signing out ends the session", async () => {
    const s = new HttpSession();
    await s.signIn("canbo.andung", "MotCua#2026", "198.51.100.20");
    expect((await s.fetch("/can-bo/xa-an-dung")).status).toBe(200);
    const { csrfToken } = (await (await s.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const captured = s.cookie("next-auth.session-token")!;
    await s.fetch("/api/auth/signout", { method: "POST", body: new URLSearchParams({ csrfToken }), headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect((await s.fetch("/can-bo/xa-an-dung")).status).toBe(307);
    // The token captured before signing out opens nothing, and is not renewed.
    const thief = new HttpSession();
    thief.setCookie("next-auth.session-token", captured);
    expect((await thief.fetch("/can-bo/xa-an-dung")).status).toBe(307);
    expect(await (await thief.fetch("/api/auth/session")).json()).toEqual({});
    expect(thief.cookie("next-auth.session-token")).toBeUndefined();
  });
});

describe("unit scope and roles", () => {
  it("an officer of one commune gets 403 on another commune's pages", async () => {
    const s = new HttpSession();
    await s.signIn("canbo.phonhon", "MotCua#2026", "198.51.100.30");
    expect((await s.fetch("/can-bo/xa-pho-nhon")).status).toBe(200);
    const other = await s.fetch("/can-bo/xa-an-dung");
    expect(other.status).toBe(403);
    expect(await other.text()).toContain("Bạn không có quyền xem trang này");
  });

  it("each role gets 403 outside its area", async () => {
    const reviewer = new HttpSession();
    await reviewer.signIn("thamdinh.anlao", "NoiVu#2026", "198.51.100.31");
    expect((await reviewer.fetch("/quan-tri")).status).toBe(403);
    expect((await reviewer.fetch("/can-bo")).status).toBe(403);
    const officer = new HttpSession();
    await officer.signIn("canbo.mybinh", "MotCua#2026", "198.51.100.32");
    expect((await officer.fetch("/tham-dinh")).status).toBe(403);
    expect((await officer.fetch("/quan-tri")).status).toBe(403);
    const admin = new HttpSession();
    await admin.signIn("quantri", "QuanTri#2026", "198.51.100.33");
    // Administrators do not handle citizens' dossiers.
    expect((await admin.fetch("/can-bo")).status).toBe(403);
  });

  it("a server action on another unit's data is refused and writes nothing", async () => {
    const officer = await actorFor("canbo.phonhon");
    const anDung = await unitIdByKey(AN_DUNG);
    const before = await db.satisfactionResponse.count({ where: { unitId: anDung } });
    const auditBefore = await db.auditLog.count({ where: { action: "survey.record_paper" } });
    const result = await recordPaperSurvey(officer, { unitId: anDung, rating: "SATISFIED", respondedOn: "2024-05-02" });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await db.satisfactionResponse.count({ where: { unitId: anDung } })).toBe(before);
    expect(await db.auditLog.count({ where: { action: "survey.record_paper" } })).toBe(auditBefore);
  });

  it("the same action in the officer's own unit succeeds and is audited", async () => {
    const officer = await actorFor("canbo.phonhon");
    const phoNhon = await unitIdByKey(PHO_NHON);
    const result = await recordPaperSurvey(officer, { unitId: phoNhon, rating: "NEUTRAL", comment: "Phải chờ hơi lâu", respondedOn: "2024-05-02" });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "survey.record_paper", entityId: id } });
    expect(audit.actorId).toBe(officer.id);
    expect(audit.unitId).toBe(phoNhon);
  });

  it("a reviewer cannot use an officer's action", async () => {
    const reviewer = await actorFor("thamdinh.ducpho");
    const result = await recordPaperSurvey(reviewer, { unitId: await unitIdByKey(PHO_NHON), rating: "SATISFIED", respondedOn: "2024-05-02" });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("bad input is refused with Vietnamese messages and writes nothing", async () => {
    const officer = await actorFor("canbo.phonhon");
    const result = await recordPaperSurvey(officer, { unitId: await unitIdByKey(PHO_NHON), rating: "SUPERB", respondedOn: "06/03/2024" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("VALIDATION");
      expect(result.error.fieldErrors?.rating?.[0]).toBe("Vui lòng chọn mức độ hài lòng.");
      expect(result.error.fieldErrors?.respondedOn?.[0]).toContain("Ngày không hợp lệ");
    }
  });
});

describe("passwords and throttling", () => {
  it("stores passwords as argon2id", async () => {
    const users = await db.user.findMany({ select: { passwordHash: true } });
    expect(users.length).toBeGreaterThan(5);
    for (const u of users) expect(u.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("slows a wrong password given 10 times from one address, even the right one after, but not from elsewhere, over HTTP", async () => {
    const s = new HttpSession();
    const outcomes: (string | null)[] = [];
    for (let i = 0; i < 10; i++) outcomes.push((await s.signIn("canbo.thacmo", `sai-mat-khau-${i}`, "192.0.2.77")).error);
    // Three free attempts and a fourth at once; then each must wait (5 s, 10 s, …).
    expect(outcomes.slice(0, 4)).toEqual(Array(4).fill("UNAUTHENTICATED"));
    expect(outcomes.slice(4)).toEqual(Array(6).fill("RATE_LIMITED"));
    const right = await s.signIn("canbo.thacmo", "MotCua#2026", "192.0.2.77");
    expect(right).toEqual({ ok: false, error: "RATE_LIMITED" });
    // The counts live in the database, shared by every app instance, per account and address.
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "signin:account:canbo.thacmo:ip:192.0.2.77" } });
    expect(row.count).toBe(4);
    // The officer at their own desk is not kept out by whoever guesses elsewhere.
    expect(await new HttpSession().signIn("canbo.thacmo", "MotCua#2026", "192.0.2.78")).toEqual({ ok: true, error: null });
  });

  it("lets the guesser's address try again once the delay has passed", async () => {
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "signin:account:canbo.thacmo:ip:192.0.2.77" } });
    const after = new Date(row.blockedUntil!.getTime() + 1000);
    const user = await verifyCredentials(db, { username: "canbo.thacmo", password: "MotCua#2026", ip: "192.0.2.77" }, after);
    expect(user.username).toBe("canbo.thacmo");
  });

  it("slows one address spraying many usernames after twenty attempts", async () => {
    const ip = "192.0.2.99";
    const at = testNow();
    const codes: string[] = [];
    for (let i = 0; i < 22; i++) {
      try {
        await verifyCredentials(db, { username: `khong-co-${i}`, password: "x", ip }, at);
      } catch (e) {
        codes.push((e as { code: string }).code);
      }
    }
    expect(codes.slice(0, 21)).toEqual(Array(21).fill("UNAUTHENTICATED"));
    expect(codes[21]).toBe("RATE_LIMITED");
  });
});

describe("the sign-in page", () => {
  it("posts its form without JavaScript, so the password never goes into an address", async () => {
    const s = new HttpSession();
    const page = await s.fetch("/dang-nhap?callbackUrl=/can-bo/xa-pho-nhon");
    const html = await page.text();
    const form = /<form\b[^>]*>/.exec(html)?.[0] ?? "";
    expect(form).toMatch(/method="post"/i);
    expect(form).not.toMatch(/method="get"/i);
    // What a browser without JavaScript sends: every field of the form, as multipart.
    const unescape = (text: string) => text.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
    const body = new FormData();
    for (const input of html.matchAll(/<input\b[^>]*>/g)) {
      const name = /name="([^"]*)"/.exec(input[0])?.[1];
      if (name) body.append(unescape(name), unescape(/value="([^"]*)"/.exec(input[0])?.[1] ?? ""));
    }
    body.set("username", "canbo.phonhon");
    body.set("password", "MotCua#2026");
    const action = /action="([^"]*)"/.exec(form)?.[1] || "/dang-nhap?callbackUrl=/can-bo/xa-pho-nhon";
    const res = await s.fetch(unescape(action), { method: "POST", body, headers: { origin: s.base, "x-forwarded-for": "198.51.100.80" } });
    expect(res.status).toBe(303);
    expect(new URL(res.headers.get("location")!, s.base).pathname).toBe("/can-bo/xa-pho-nhon");
    expect((await s.fetch("/can-bo/xa-pho-nhon")).status).toBe(200);
  });

  it("never sends a signed-in user to another site", async () => {
    const s = new HttpSession();
    await s.signIn("canbo.phonhon", "MotCua#2026", "198.51.100.81");
    for (const callback of ["/%5Cevil.example/x", "/%09/evil.example/x", "//evil.example/x", "/.//evil.example/x", "https://evil.example/x"]) {
      const res = await s.fetch(`/dang-nhap?callbackUrl=${callback}`);
      expect(res.status, callback).toBe(307);
      const location = new URL(res.headers.get("location")!, s.base);
      expect(location.origin, callback).toBe(new URL(s.base).origin);
    }
  });

  it("shows only its own texts for ?error=", async () => {
    // The alert's text (the page's own router data also carries the address it was asked for).
    const alertOf = async (query: string) => /<div role="alert"[^>]*>(.*?)<\/div><\/div>/.exec(await (await new HttpSession().fetch(`/dang-nhap?${query}`)).text())?.[1] ?? "";
    const crafted = await alertOf(`error=${encodeURIComponent("Hệ thống đã chuyển sang evil.example, hãy gọi 0900000000")}`);
    expect(crafted).not.toContain("evil.example");
    expect(crafted).toContain("Đăng nhập không thành công. Vui lòng thử lại.");
    expect(await alertOf("error=CredentialsSignin")).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
  });
});
