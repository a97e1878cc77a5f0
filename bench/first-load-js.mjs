#!/usr/bin/env node
// First-load JavaScript of each public route, from the manifests `next build` writes.
//   NEXT_TELEMETRY_DISABLED=1 npx next build && node bench/first-load-js.mjs
//
// Next 16 builds with Turbopack and no longer prints sizes, so this adds them up: the
// root main files every page loads (.next/build-manifest.json `rootMainFiles`) plus the
// chunks of every segment of the route (the route's page_client-reference-manifest.js
// `entryJSFiles`: root layout, error/not-found boundaries, the (public) layout, the page).
// Polyfills are left out: they are `nomodule` scripts that current browsers never fetch.
// Each distinct file is counted once, raw and compressed (gzip level 6, as web servers
// serve it by default; brotli for reference). Exit code 1 when a budgeted route is over.
//
// Cross-check against a running server (`next start` on this build):
//   node bench/first-load-js.mjs --url http://127.0.0.1:3000 /don-vi/xa-pho-nhon /don-vi/xa-pho-nhon/thu-tuc/chung-thuc-chu-ky
// adds up the <script src> (not nomodule) that each page's HTML makes the browser fetch.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = join(import.meta.dirname, "..");
const next = join(root, ".next");
if (!existsSync(join(next, "build-manifest.json"))) {
  console.error("Chưa có bản build: chạy `NEXT_TELEMETRY_DISABLED=1 npx next build` trước.");
  process.exit(2);
}

/**
 * Budgets in compressed kB: a citizen's commune and procedure pages must load on a weak phone
 * over a slow connection. The portal's server (src/cli/serve.mjs) sends the build's
 * JavaScript brotli-compressed to every browser that accepts it, so the budget is checked on
 * brotli; gzip (older browsers, plain `next start`) is printed beside it.
 */
const BUDGET_KB = { "/don-vi/[slug]": 120, "/don-vi/[slug]/thu-tuc/[id]": 120 };

const build = JSON.parse(readFileSync(join(next, "build-manifest.json"), "utf8"));
const routes = Object.keys(build.pagesChunkGroupBootstrapParams).filter((r) => r.startsWith("/(public)/"));

const sizes = new Map();
function measure(file) {
  if (!sizes.has(file)) {
    const buf = readFileSync(join(next, file));
    sizes.set(file, {
      raw: buf.length,
      gzip: gzipSync(buf, { level: 6 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(file);
}

function entryFiles(route) {
  const manifestFile = join(next, "server", "app", `${route}_client-reference-manifest.js`);
  globalThis.__RSC_MANIFEST = {};
  // The manifest is a script assigning globalThis.__RSC_MANIFEST[route].
  new Function(readFileSync(manifestFile, "utf8"))();
  const m = globalThis.__RSC_MANIFEST[route];
  return Object.values(m.entryJSFiles).flat();
}

const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
let over = false;
for (const route of routes.sort()) {
  const files = [...new Set([...build.rootMainFiles, ...entryFiles(route)])];
  const total = files.reduce(
    (acc, f) => {
      const s = measure(f);
      return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, brotli: acc.brotli + s.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );
  const path = route.replace("/(public)", "").replace(/\/page$/, "") || "/";
  const budget = BUDGET_KB[path];
  const ok = budget === undefined || total.brotli / 1024 <= budget;
  if (!ok) over = true;
  rows.push({ path, files: files.length, ...total, budget, ok });
}

console.log(`First-load JavaScript per public route (.next, build ${readFileSync(join(next, "BUILD_ID"), "utf8").trim()})\n`);
console.log("| route | files | raw kB | gzip kB | brotli kB (served) | budget |");
console.log("|---|---:|---:|---:|---:|---|");
for (const r of rows) {
  console.log(`| \`${r.path}\` | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.budget === undefined ? "—" : `${r.budget} kB: ${r.ok ? "within" : "OVER"}`} |`);
}
const shared = build.rootMainFiles.reduce((s, f) => s + measure(f).gzip, 0);
console.log(`\nShared by every route (root main files): ${kb(shared)} kB gzip.`);

const urlArg = process.argv.indexOf("--url");
if (urlArg > 0) {
  const base = process.argv[urlArg + 1];
  console.log(`\nCross-check from the HTML served by ${base}:`);
  for (const path of process.argv.slice(urlArg + 2)) {
    const html = await (await fetch(base + path)).text();
    const srcs = new Set([...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]).filter((a) => /\bsrc=/.test(a) && !/nomodule/i.test(a)).map((a) => a.match(/src="([^"]+)"/)[1]));
    // What the server really sends: content-length of each script fetched as a current
    // browser asks for it (brotli accepted).
    let sent = 0;
    const encodings = new Set();
    for (const src of srcs) {
      const res = await fetch(base + src, { headers: { "accept-encoding": "br, gzip" } });
      encodings.add(res.headers.get("content-encoding") ?? "none");
      sent += Number(res.headers.get("content-length") ?? (await res.arrayBuffer()).byteLength);
    }
    console.log(`- ${path}: ${srcs.size} scripts, ${kb(sent)} kB sent (${[...encodings].join(", ")})`);
  }
}
if (over) process.exitCode = 1;
