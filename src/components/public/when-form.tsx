import type { Route } from "next";
import Link from "next/link";
import { Alert, buttonClass, inputClass } from "@/components/ui/primitives";

/** Pick another day and time (a plain GET form: works without JavaScript); `invalid` says why the date asked for is not shown. */
export function WhenForm({ action, date, time, keep = {}, invalid = null }: { action: Route; date: string; time: string; keep?: Record<string, string>; invalid?: string | null }) {
  return (
    <>
      {invalid ? (
        <div className="no-print mb-3">
          <Alert tone="bad">{invalid}</Alert>
        </div>
      ) : null}
      <form method="get" action={action} className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200" aria-label="Chọn thời điểm xem">
        <div>
          <label htmlFor="ngay" className="block text-sm font-semibold">
            Ngày
          </label>
          <input id="ngay" name="ngay" type="date" defaultValue={date} className={inputClass} />
        </div>
        <div>
          <label htmlFor="gio" className="block text-sm font-semibold">
            Giờ
          </label>
          <input id="gio" name="gio" type="time" defaultValue={time} className={inputClass} />
        </div>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" className={buttonClass("primary")}>
          Xem
        </button>
        <Link href={action} className={buttonClass("ghost")}>
          Bây giờ
        </Link>
      </form>
    </>
  );
}
