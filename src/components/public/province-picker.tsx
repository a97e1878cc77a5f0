"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";
import { buttonClass, inputClass } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";

const noSubscription = () => () => {};

export interface ProvinceOption {
  slug: string;
  label: string;
}

/**
 * The home page's province choice. Without JavaScript it is a plain GET form (choose, then
 * «Xem các xã, phường»); with it, choosing a province brings its communes at once, so a
 * citizen submits only once (the commune). The page says so beside the list (WCAG 3.2.2:
 * a change on input that is announced), and focus stays on the list.
 */
export function ProvincePicker({ provinces, selected }: { provinces: readonly ProvinceOption[]; selected: string | null }) {
  const router = useRouter();
  // True once hydrated (false in the server's HTML): only then does choosing navigate by itself.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [pending, startTransition] = useTransition();
  const [changed, setChanged] = useState(false);

  return (
    <form method="get" action={paths.home()} className="space-y-3" aria-label="Chọn tỉnh, thành phố">
      <label htmlFor="tinh" className="block font-semibold">
        Tỉnh, thành phố
      </label>
      {enhanced ? (
        <p id="tinh-goi-y" className="text-sm text-muted">
          Chọn tỉnh là danh sách xã, phường hiện ngay ở mục 2.
        </p>
      ) : null}
      <select
        id="tinh"
        name="tinh"
        defaultValue={selected ?? ""}
        className={inputClass}
        aria-describedby={enhanced ? "tinh-goi-y" : undefined}
        onChange={(e) => {
          const tinh = e.currentTarget.value;
          if (!tinh) return;
          setChanged(true);
          startTransition(() => router.push(paths.home({ tinh }), { scroll: false }));
        }}
      >
        <option value="" disabled>
          — Chọn tỉnh —
        </option>
        {provinces.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.label}
          </option>
        ))}
      </select>
      <p role="status" className="text-sm text-muted">
        {pending ? "Đang tải danh sách xã, phường…" : changed ? "Mục 2 đã hiện các xã, phường của tỉnh vừa chọn." : ""}
      </p>
      {enhanced ? null : (
        <button type="submit" className={buttonClass("primary")}>
          Xem các xã, phường
        </button>
      )}
    </form>
  );
}
