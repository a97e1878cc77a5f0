"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-900">Hệ thống đang gặp sự cố</h1>
      <p className="mt-2 text-muted">Xin lỗi vì sự bất tiện. Vui lòng thử lại sau ít phút.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        Thử lại
      </button>
    </main>
  );
}
