import { describe, expect, it } from "vitest";
import { baseUrl } from "./helpers";

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
});
