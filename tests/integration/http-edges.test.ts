import { readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { tag } from "./admin-fixtures";
import { baseUrl } from "./helpers";

/** The built id of a server action, as the page's own script would send it. */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!entry) throw new Error(`no built action ${file}#${name}`);
  return entry[0];
}

/** A POST whose body is sent in chunks, with no Content-Length (fetch cannot send one). */
function postChunked(path: string, headers: Record<string, string>, chunks: Buffer[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl()}${path}`, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server answers 413 before reading everything and closes the connection.
    req.on("error", reject);
    const send = (i: number) => (i < chunks.length ? req.write(chunks[i], () => send(i + 1)) : req.end());
    send(0);
  });
}

// The served app (src/cli/serve.mjs) answers malformed or oversized requests with a 4xx and a
// Vietnamese line, never a 500 (issue #19, finding 8).
describe("requests the server refuses before the app", () => {
  it("a static path with a broken percent-escape is 400, with or without brotli", async () => {
    for (const encoding of ["br, gzip", "gzip"]) {
      const res = await fetch(`${baseUrl()}/_next/static/%E0%A4%A.js`, { headers: { "accept-encoding": encoding } });
      expect(res.status, encoding).toBeGreaterThanOrEqual(400);
      expect(res.status, encoding).toBeLessThan(500);
      await res.arrayBuffer();
    }
    const br = await fetch(`${baseUrl()}/_next/static/chunks/%ZZ.js`, { headers: { "accept-encoding": "br" } });
    expect(br.status).toBe(400);
    expect(await br.text()).toBe("Đường dẫn không hợp lệ.");
  });

  it("a server action's body over 1 MB is 413 with a Vietnamese reason", async () => {
    const body = "a".repeat(1024 * 1024 + 1);
    const res = await fetch(`${baseUrl()}/tra-cuu`, { method: "POST", headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", origin: baseUrl() }, body });
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/^Dữ liệu gửi lên quá lớn/);
  });

  it("a server action's body over 1 MB sent in chunks is 413 too", async () => {
    const id = actionId("src/server/lookup/actions.ts", "lookupAction");
    const chunk = Buffer.alloc(64 * 1024, "a");
    const res = await postChunked("/tra-cuu-ho-so", { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: baseUrl() }, Array.from({ length: 17 }, () => chunk)).catch(
      (error: Error) => ({ status: 0, body: error.message }),
    );
    expect(res.status, res.body).toBe(413);
    expect(res.body).toMatch(/^Dữ liệu gửi lên quá lớn/);
  });

  it("a server action's body Next.js cannot decode is 400, and a good one still runs", async () => {
    const id = actionId("src/server/lookup/actions.ts", "lookupAction");
    const post = (body: BodyInit, contentType?: string) =>
      fetch(`${baseUrl()}/tra-cuu-ho-so`, { method: "POST", headers: { "next-action": id, origin: baseUrl(), ...(contentType ? { "content-type": contentType } : {}) }, body });
    const bad: [string, BodyInit, string | undefined][] = [
      ["broken JSON", "not json", "text/plain;charset=UTF-8"],
      ["an unclosed array", "[", "text/plain;charset=UTF-8"],
      ["a reference to a part a JSON body cannot have", '["$Q1"]', "text/plain;charset=UTF-8"],
      ["a multipart body without its boundary", "--X\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[]\r\n--X--\r\n", "multipart/form-data"],
      ["a multipart body without its root part", "--X\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\nABC\r\n--X--\r\n", "multipart/form-data; boundary=X"],
    ];
    for (const [what, body, type] of bad) {
      const res = await post(body, type);
      expect(res.status, what).toBe(400);
      expect(await res.text(), what).toBe("Dữ liệu gửi lên không đọc được. Vui lòng tải lại trang và thử lại.");
    }
    // What the page's script sends: the previous state and the form, as a multipart body.
    const form = new FormData();
    form.set("0", '["$undefined","$K1"]');
    form.set("1_code", "KHONG-CO-MA");
    form.set("1_phoneLast4", "1234");
    const good = await post(form);
    expect(good.status).toBe(200);
    // The action answered (its state, rendered for the page), whatever the throttle said of this address.
    expect(good.headers.get("content-type")).toContain("text/x-component");
    await good.arrayBuffer();
  });

  it("a server action posted from another site is 403 in Vietnamese and audited, not a 500", async () => {
    const id = actionId("src/server/lookup/actions.ts", "lookupAction");
    const origin = `https://${tag()}.evil.example`;
    const form = new FormData();
    form.set("0", '["$undefined","$K1"]');
    form.set("1_code", "KHONG-CO-MA");
    form.set("1_phoneLast4", "1234");
    const res = await fetch(`${baseUrl()}/tra-cuu-ho-so`, { method: "POST", headers: { "next-action": id, origin }, body: form });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe("Yêu cầu bị từ chối: biểu mẫu được gửi từ một trang khác. Vui lòng mở lại trang của cổng và thử lại.");
    const entries = await db.auditLog.findMany({ where: { action: "access.origin_rejected", after: { path: ["origin"], equals: origin } } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: "Action", entityId: "/tra-cuu-ho-so", actorRole: "PUBLIC", ip: "127.0.0.1" });
    // Nothing of what was posted is kept: it may be a citizen's data.
    expect(JSON.stringify(entries[0]!.after)).not.toContain("KHONG-CO-MA");
  });
});

