import { describe, expect, it } from "vitest";
import { clientAddress, forwardedByProxy, trustedProxiesFromEnv } from "../../../src/cli/client-address.mjs";

describe("the client's address behind 0, 1 or 2 reverse proxies", () => {
  it("facing clients directly, a forged X-Forwarded-For is ignored: the socket's address counts", () => {
    expect(clientAddress(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress(["1.2.3.4, 5.6.7.8"], "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind one proxy, the address that proxy appended counts, not what the client wrote before it", () => {
    // nginx appends $remote_addr: the client's own header stays in front.
    expect(clientAddress("198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddress("1.2.3.4, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddress(["1.2.3.4", "198.51.100.7"], "10.0.0.2", 1)).toBe("198.51.100.7");
  });

  it("behind a load balancer and a proxy, two hops back", () => {
    expect(clientAddress("1.2.3.4, 198.51.100.7, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("more trusted hops than the header has: the farthest address there is", () => {
    expect(clientAddress(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(clientAddress("198.51.100.7", "10.0.0.2", 5)).toBe("198.51.100.7");
    expect(clientAddress(undefined, undefined, 0)).toBeUndefined();
    expect(clientAddress(" , ", undefined, 1)).toBeUndefined();
  });

  it("an IPv4 client on a dual-stack socket has one key", () => {
    expect(clientAddress(undefined, "::ffff:203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "2001:db8::1", 0)).toBe("2001:db8::1");
  });

  it("TRUSTED_PROXIES is a whole number from 0 to 10; anything else stops the start", () => {
    expect(trustedProxiesFromEnv(undefined)).toBe(0);
    expect(trustedProxiesFromEnv("")).toBe(0);
    expect(trustedProxiesFromEnv("2")).toBe(2);
    for (const bad of ["-1", "1.5", "yes", "11"]) expect(() => trustedProxiesFromEnv(bad)).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("the forwarded host and scheme, for the printed public address", () => {
  it("facing clients directly, a client's own X-Forwarded-Host is dropped (Host counts)", () => {
    expect(forwardedByProxy("evil.example", 0)).toBeUndefined();
    expect(forwardedByProxy(undefined, 1)).toBeUndefined();
  });

  it("behind proxies, the entry the outermost trusted proxy wrote counts", () => {
    expect(forwardedByProxy("cong.example.vn", 1)).toBe("cong.example.vn");
    expect(forwardedByProxy("evil.example, cong.example.vn", 1)).toBe("cong.example.vn");
    expect(forwardedByProxy(["evil.example", "cong.example.vn, inner.example"], 2)).toBe("cong.example.vn");
    expect(forwardedByProxy("cong.example.vn", 2)).toBe("cong.example.vn");
  });
});
