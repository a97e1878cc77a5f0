// A server action's request body, read and checked before Next.js sees it (issue #19,
// finding 8). Next.js throws on a body it cannot decode (broken JSON, a multipart body without
// its boundary) or over its limit when no Content-Length announced it (chunked), and every such
// throw is a 500. Reading the body here, within the limit, turns those into a 413 or a 400.
import { IncomingMessage } from "node:http";

/** Next.js's own default limit for a server action's body. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * The whole body, or "too-large" as soon as it passes `limit`: the rest is left unread (the
 * stream is paused, not destroyed, so the 413 still reaches the client before the connection closes).
 * @param {import("node:stream").Readable} stream
 * @param {number} limit
 * @returns {Promise<Buffer | "too-large">}
 */
export function readWithin(stream, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stream.off("data", onData);
      stream.pause();
      resolve("too-large");
    };
    stream.on("data", onData);
    stream.once("end", () => resolve(Buffer.concat(chunks)));
    stream.once("error", reject);
  });
}

// In React's reply format a string starting with "$" is either a value written out (these
// letters) or a reference to another part by its hexadecimal number. A reference to a part that
// is not there leaves the decoder waiting until the body ends, and Next.js answers 500.
const VALUE_MARKS = new Set(["$", "H", "I", "-", "N", "u", "D", "n", "K", "T"]);

/** The parts a value refers to, as the form field names they are sent under. */
function referencedParts(value, found = []) {
  if (typeof value === "string") {
    if (value[0] === "$" && !VALUE_MARKS.has(value[1] ?? "")) {
      const hex = /^[0-9a-f]/.test(value[1] ?? "") ? value.slice(1) : value.slice(2);
      found.push(/^[0-9a-f]+$/.test(hex) ? String(parseInt(hex, 16)) : "");
    }
  } else if (Array.isArray(value)) {
    for (const item of value) referencedParts(item, found);
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) referencedParts(item, found);
  }
  return found;
}

function parsesAsJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Can Next.js decode this body? Its client sends the arguments as JSON (text/plain), or as a
 * multipart form whose part "0" is the JSON root (a FormData argument); a form posted before
 * JavaScript loaded comes without the next-action header and is not checked here.
 * @param {Buffer} body
 * @param {string | undefined} contentType
 * @returns {Promise<boolean>}
 */
export async function decodableActionBody(body, contentType) {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "multipart/form-data") {
    const root = parsesAsJson(body.toString("utf8"));
    // A single JSON body has no other part to refer to.
    return root.ok && referencedParts(root.value).length === 0;
  }
  let form;
  try {
    form = await new Response(body, { headers: { "content-type": contentType ?? "" } }).formData();
  } catch {
    return false;
  }
  const seen = new Set();
  const pending = ["0"];
  while (pending.length) {
    const name = /** @type {string} */ (pending.pop());
    if (seen.has(name)) continue;
    seen.add(name);
    const part = form.get(name);
    if (part === null) return false;
    if (typeof part !== "string") continue;
    const parsed = parsesAsJson(part);
    if (!parsed.ok) {
      if (name === "0") return false;
      continue;
    }
    pending.push(...referencedParts(parsed.value));
  }
  return true;
}

/**
 * A request that Next.js can read again: the same head, and the body already read.
 * @param {IncomingMessage} req
 * @param {Buffer} body
 * @returns {IncomingMessage}
 */
export function replayed(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  const headers = { ...req.headers, "content-length": String(body.length) };
  delete headers["transfer-encoding"];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value)]));
  // Read whole already: without this, the copy ending would count as an aborted request and close the socket.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}
