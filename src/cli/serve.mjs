#!/usr/bin/env node
// The production server: Next.js's request handler behind a small Node HTTP server that
// sends the build's immutable JavaScript and CSS brotli-compressed to browsers that accept
// it (Next's own server only gzips). On a weak phone's connection that is about 15 % fewer
// bytes for the framework every page loads (bench/RESULTS.md, first-load JavaScript).
//   node src/cli/serve.mjs --port 3000 [--host 0.0.0.0]
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { join, normalize, sep } from "node:path";
import { parseArgs } from "node:util";
import { brotliCompress, constants } from "node:zlib";
import next from "next";
import { ACTION_BODY_LIMIT, decodableActionBody, readWithin, replayed } from "./action-body.mjs";
import { clientAddress, forwardedByProxy, trustedProxiesFromEnv } from "./client-address.mjs";
import { root } from "./lib.mjs";
import { guardOutage } from "./outage.mjs";
import { requestState } from "./request-state.mjs";
import { strictTransportSecurity } from "./strict-transport.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, host: { type: "string", default: "0.0.0.0" } } });
const port = Number(values.port);
const trustedProxies = trustedProxiesFromEnv();
const app = next({ dev: false, dir: root, hostname: values.host, port });
const handle = app.getRequestHandler();
await app.prepare();

const staticDir = join(root, ".next", "static");
const types = { ".js": "application/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };
/** Built files never change under their hashed names: compress each once, keep it. */
const compressed = new Map();

function brotli(buffer) {
  return new Promise((resolve, reject) =>
    brotliCompress(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }, (e, out) => (e ? reject(e) : resolve(out))),
  );
}

async function staticBrotli(pathname) {
  const type = types[pathname.slice(pathname.lastIndexOf("."))];
  if (!type) return null;
  // serve() has refused a path that does not decode.
  const name = decodeURIComponent(pathname.slice("/_next/static/".length));
  const file = normalize(join(staticDir, name));
  if (!file.startsWith(staticDir + sep)) return null;
  if (!compressed.has(file)) {
    compressed.set(
      file,
      readFile(file).then(brotli, () => null),
    );
  }
  const body = await compressed.get(file);
  return body ? { body, type } : null;
}


function decodablePath(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function refuse(res, status, message) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  res.end(message);
}

const server = createServer((req, res) => {
  // What the app learns about this request (the database was away) decides a 503 over a 500.
  const state = { databaseUnavailable: false };
  guardOutage((req.url ?? "/").split("?")[0], res, state);
  return requestState.run(state, () => serve(req, res, state));
});

async function serve(req, res, state) {
  try {
    // The one place the client's address is decided (see client-address.mjs).
    const client = clientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustedProxies);
    delete req.headers["x-real-ip"];
    if (client) req.headers["x-forwarded-for"] = client;
    else delete req.headers["x-forwarded-for"];
    // The address printed on QR codes and feeds comes from these (src/server/public-url.ts).
    for (const name of ["x-forwarded-host", "x-forwarded-proto"]) {
      const value = forwardedByProxy(req.headers[name], trustedProxies);
      if (value) req.headers[name] = value;
      else delete req.headers[name];
    }
    // Here rather than in src/proxy.ts: it covers the built files this server sends itself.
    const hsts = strictTransportSecurity(String(req.headers["x-forwarded-proto"] ?? "") || undefined, process.env);
    if (hsts) res.setHeader("strict-transport-security", hsts);
    const pathname = (req.url ?? "/").split("?")[0];
    // Next.js's router answers 500 to a path whose escapes do not decode (%E0%A4%A, %C0%AE, a lone %).
    if (!decodablePath(pathname)) {
      if (!pathname.startsWith("/api/")) return refuse(res, 400, "Đường dẫn không hợp lệ.");
      res.writeHead(404, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", connection: "close" });
      return res.end(JSON.stringify({ error: { code: "NOT_FOUND", message: "Không tìm thấy: đường dẫn không hợp lệ." } }));
    }
    // Next.js refuses a server action's body it cannot read by throwing (a 500); say 413 or 400 first.
    if (req.method === "POST" && req.headers["next-action"]) {
      const tooLarge = "Dữ liệu gửi lên quá lớn (tối đa 1 MB). Vui lòng gửi tệp qua mục tải tệp hoặc rút gọn nội dung.";
      if (Number(req.headers["content-length"] ?? 0) > ACTION_BODY_LIMIT) return refuse(res, 413, tooLarge);
      const body = await readWithin(req, ACTION_BODY_LIMIT);
      if (body === "too-large") return refuse(res, 413, tooLarge);
      if (!(await decodableActionBody(body, req.headers["content-type"]))) {
        return refuse(res, 400, "Dữ liệu gửi lên không đọc được. Vui lòng tải lại trang và thử lại.");
      }
      return await handle(replayed(req, body), res);
    }
    const wantsBrotli = /\bbr\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if ((req.method === "GET" || req.method === "HEAD") && wantsBrotli && pathname.startsWith("/_next/static/")) {
      const hit = await staticBrotli(pathname);
      if (hit) {
        res.writeHead(200, {
          "content-type": hit.type,
          "content-encoding": "br",
          "content-length": hit.body.length,
          "cache-control": "public, max-age=31536000, immutable",
          vary: "Accept-Encoding",
          "x-content-type-options": "nosniff",
        });
        res.end(req.method === "HEAD" ? undefined : hit.body);
        return;
      }
    }
    await handle(req, res);
  } catch (error) {
    // While the database is away the guard turns this 500 into the 503 page.
    if (!state.databaseUnavailable) console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Hệ thống đang gặp sự cố.");
  }
}
server.keepAliveTimeout = 65_000;
server.listen(port, values.host, () => {
  process.stdout.write(`✓ Ready on http://${values.host === "0.0.0.0" ? "localhost" : values.host}:${port}\n`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
