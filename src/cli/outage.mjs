// While the database is away, a page that fails because of it is answered 503 with
// Retry-After and a Vietnamese page saying so, not Next's 500 «Hệ thống đang gặp sự cố». The
// app marks the request (src/server/db.ts → request-state.mjs); serve.mjs guards the response.

export const RETRY_AFTER_SECONDS = 5;
const MESSAGE = "Cơ sở dữ liệu đang khởi động lại… Vui lòng thử lại sau ít giây.";

const page = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>Cơ sở dữ liệu đang khởi động lại – Cổng mô hình CCHC</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1f2937}main{max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center}h1{font-size:1.5rem;color:#1e3a8a}a{display:inline-block;margin-top:1.5rem;padding:.5rem 1rem;border-radius:.375rem;background:#1d4ed8;color:#fff;font-weight:600;text-decoration:none}</style>
</head>
<body>
<main id="noi-dung">
<h1>Cơ sở dữ liệu đang khởi động lại…</h1>
<p>Hệ thống sẽ hoạt động lại sau ít giây; trang này tự tải lại sau ${RETRY_AFTER_SECONDS} giây. Thông tin bạn đã gửi (nếu có) chưa được lưu, vui lòng gửi lại.</p>
<a href="">Thử lại</a>
</main>
</body>
</html>
`;

/** The 503 answer: JSON for the API, the Vietnamese page for everything else. */
export function outageResponse(pathname) {
  if (pathname.startsWith("/api/")) {
    return { type: "application/json; charset=utf-8", body: JSON.stringify({ error: { code: "UNAVAILABLE", message: MESSAGE, retryAfterSeconds: RETRY_AFTER_SECONDS } }) };
  }
  return { type: "text/html; charset=utf-8", body: page };
}

/**
 * Wraps `res` so that a 5xx written while `state.databaseUnavailable` is set becomes the 503
 * answer (what the app was about to send is dropped). A 503 of the app's own (/api/ready, the
 * API's UNAVAILABLE) says more and is kept; answers already under way stay as they are.
 */
export function guardOutage(pathname, res, state) {
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  let replaced = false;
  res.writeHead = (status, ...rest) => {
    if (replaced) return res;
    if (status >= 500 && status !== 503 && state.databaseUnavailable) {
      replaced = true;
      const answer = outageResponse(pathname);
      const body = Buffer.from(answer.body);
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      writeHead(503, { "content-type": answer.type, "content-length": body.length, "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" });
      end(res.req?.method === "HEAD" ? undefined : body);
      return res;
    }
    return writeHead(status, ...rest);
  };
  res.write = (...args) => {
    if (replaced) return true;
    return write(...args);
  };
  res.end = (...args) => {
    if (replaced) {
      const callback = args.find((a) => typeof a === "function");
      if (callback) setImmediate(callback);
      return res;
    }
    return end(...args);
  };
  return res;
}
