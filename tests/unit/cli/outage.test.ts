import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardOutage } from "../../../src/cli/outage.mjs";

// A stand-in for Next's handler: what it answers, and whether the database was away meanwhile.
type Behaviour = { status: number; body: string; databaseAway: boolean; implicit?: boolean };
let behaviour: Behaviour;

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const state = { databaseUnavailable: false };
  guardOutage((req.url ?? "/").split("?")[0]!, res, state);
  setTimeout(() => {
    state.databaseUnavailable = behaviour.databaseAway;
    res.setHeader("set-cookie", "next-auth.session-token=x");
    if (behaviour.implicit) {
      res.statusCode = behaviour.status;
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.write("<html>partial");
      res.end(behaviour.body);
    } else {
      res.writeHead(behaviour.status, { "content-type": "text/html; charset=utf-8" });
      res.end(behaviour.body);
    }
  }, 5);
});
let base: string;
beforeAll(() => new Promise<void>((r) => server.listen(0, "127.0.0.1", () => ((base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`), r()))));
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("serve.mjs's guard: a page that fails while the database is away is a 503 that says so", () => {
  it("a 500 page while the database is away: 503, Retry-After, the Vietnamese page, no cookie", async () => {
    behaviour = { status: 500, body: "Hệ thống đang gặp sự cố", databaseAway: true };
    const res = await fetch(`${base}/don-vi/xa-a`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("set-cookie")).toBeNull();
    const html = await res.text();
    expect(html).toContain("Cơ sở dữ liệu đang khởi động lại…");
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toContain("Hệ thống đang gặp sự cố");
  });

  it("also when the status is set and the body written without writeHead", async () => {
    behaviour = { status: 500, body: "Hệ thống đang gặp sự cố", databaseAway: true, implicit: true };
    const res = await fetch(`${base}/tra-cuu-ho-so`);
    expect(res.status).toBe(503);
    expect(await res.text()).not.toContain("partial");
  });

  it("the API gets JSON", async () => {
    behaviour = { status: 500, body: "{}", databaseAway: true };
    const res = await fetch(`${base}/api/auth/session`);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({ error: { code: "UNAVAILABLE", message: "Cơ sở dữ liệu đang khởi động lại… Vui lòng thử lại sau ít giây.", retryAfterSeconds: 5 } });
  });

  it("the app's own 503 (/api/ready with its reasons) is kept", async () => {
    behaviour = { status: 503, body: '{"ready":false}', databaseAway: true };
    const res = await fetch(`${base}/api/ready`);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe('{"ready":false}');
  });

  it("a 500 with the database up stays a 500; a page that succeeds is untouched", async () => {
    behaviour = { status: 500, body: "Hệ thống đang gặp sự cố", databaseAway: false };
    let res = await fetch(`${base}/`);
    expect(res.status).toBe(500);
    expect(await res.text()).toBe("Hệ thống đang gặp sự cố");
    behaviour = { status: 200, body: "ok", databaseAway: true };
    res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });
});
