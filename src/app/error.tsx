"use client";

import { useEffect, useState } from "react";
import { paths } from "@/lib/paths";

/**
 * A page that failed. While the database is away, the server answers 503 with its own page
 * (src/cli/outage.mjs); a page that failed after it began to stream lands here, and asks
 * /api/ready whether the database is the reason, to say so instead of a generic apology.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [databaseAway, setDatabaseAway] = useState(false);
  useEffect(() => {
    let live = true;
    fetch(paths.api.ready(), { cache: "no-store" })
      .then((res) => (res.status === 503 ? res.json() : null))
      .then((body: { database?: string } | null) => {
        if (live && body?.database === "unreachable") setDatabaseAway(true);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-900">{databaseAway ? "Cơ sở dữ liệu đang khởi động lại…" : "Hệ thống đang gặp sự cố"}</h1>
      <p className="mt-2 text-muted" role="status">
        {databaseAway ? "Hệ thống sẽ hoạt động lại sau ít giây. Vui lòng bấm «Thử lại»." : "Xin lỗi vì sự bất tiện. Vui lòng thử lại sau ít phút."}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        Thử lại
      </button>
    </main>
  );
}
