import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decodableActionBody, readWithin } from "../../../src/cli/action-body.mjs";

// What serve.mjs lets through to Next.js's server-action decoder (issue #19, finding 8): every
// body refused here made Next.js answer 500 before; every body accepted is one it decodes.
const json = (text: string) => decodableActionBody(Buffer.from(text), "text/plain;charset=UTF-8");

function multipart(parts: Record<string, string>, boundary = "B0undary") {
  const body = Object.entries(parts)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("");
  return Buffer.from(`${body}--${boundary}--\r\n`);
}

describe("a server action's body Next.js can decode", () => {
  it("JSON arguments, with the values React writes out itself", async () => {
    expect(await json('["abc", 1, null, {"a": ["$$escaped", "$D2026-12-07T02:00:00.000Z", "$undefined", "$n12", "$K1", "$-0", "$NaN", "$Infinity"]}]')).toBe(true);
    expect(await json("[]")).toBe(true);
  });

  it("broken JSON, or a JSON body that refers to a part it cannot have", async () => {
    for (const text of ["not json", "[", '{"a":', "", '["$Q1"]', '["$@1"]', '[{"x": "$1"}]', '["$Bff"]', '["$Z"]']) {
      expect(await json(text), text).toBe(false);
    }
  });

  it("a multipart body: its root part, and every part the root refers to", async () => {
    const type = "multipart/form-data; boundary=B0undary";
    expect(await decodableActionBody(multipart({ "0": '[null, "$K1"]', "1_code": "ABC123" }), type)).toBe(true);
    expect(await decodableActionBody(multipart({ "0": '["$Q1"]', "1": "[]" }), type)).toBe(true);
    expect(await decodableActionBody(multipart({ "0": '["$Q1"]' }), type)).toBe(false);
    expect(await decodableActionBody(multipart({ "0": '["$Q1"]', "1": '["$@2"]' }), type)).toBe(false);
    expect(await decodableActionBody(multipart({ code: "ABC123" }), type)).toBe(false);
    expect(await decodableActionBody(multipart({ "0": "{broken" }), type)).toBe(false);
    expect(await decodableActionBody(multipart({ "0": "[]" }), "multipart/form-data")).toBe(false);
    expect(await decodableActionBody(Buffer.from("--B0undary\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[]"), type)).toBe(false);
  });
});

describe("reading a body within a limit", () => {
  it("gives the whole body up to the limit, and stops reading past it", async () => {
    expect((await readWithin(Readable.from([Buffer.from("ab"), Buffer.from("cd")]), 4)).toString()).toBe("abcd");
    const stream = Readable.from([Buffer.from("ab"), Buffer.from("cd"), Buffer.from("ef")]);
    expect(await readWithin(stream, 3)).toBe("too-large");
    expect(stream.isPaused()).toBe(true);
  });
});
