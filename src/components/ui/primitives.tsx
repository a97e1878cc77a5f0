import type { Route } from "next";
import Link from "next/link";

type Tone = "neutral" | "brand" | "ok" | "warn" | "bad";

const toneClasses: Record<Tone, string> = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  brand: "bg-brand-50 text-brand-800 ring-brand-100",
  ok: "bg-green-50 text-ok-700 ring-green-200",
  warn: "bg-amber-50 text-warn-700 ring-amber-200",
  bad: "bg-red-50 text-bad-700 ring-red-200",
};

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: React.ReactNode }) {
  return <span className={`inline-flex items-center rounded px-2 py-0.5 text-sm font-medium ring-1 ring-inset ${toneClasses[tone]}`}>{children}</span>;
}

export function Alert({ tone = "brand", title, children }: { tone?: Tone; title?: string; children?: React.ReactNode }) {
  return (
    <div role={tone === "bad" ? "alert" : "status"} className={`rounded-lg px-4 py-3 ring-1 ring-inset ${toneClasses[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}

export function Card({ title, children, actions, className = "" }: { title?: React.ReactNode; children: React.ReactNode; actions?: React.ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${className}`}>
      {title || actions ? (
        <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
          {title ? <h2 className="text-lg font-bold text-brand-900">{title}</h2> : <span />}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}

export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="mb-5">
      <h1 className="text-2xl font-bold leading-tight text-brand-900 sm:text-3xl">{title}</h1>
      {subtitle ? <div className="mt-1 text-muted">{subtitle}</div> : null}
      {children ? <div className="mt-3">{children}</div> : null}
    </div>
  );
}

const buttonBase =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 font-semibold no-underline transition disabled:cursor-not-allowed disabled:opacity-60";
const buttonVariants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "bg-white text-brand-800 ring-1 ring-inset ring-brand-600 hover:bg-brand-50",
  danger: "bg-bad-700 text-white hover:bg-red-800",
  ghost: "text-brand-800 hover:bg-brand-50",
};

export type ButtonVariant = keyof typeof buttonVariants;

export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `${buttonBase} ${buttonVariants[variant]} ${extra}`;
}

export function LinkButton({ href, variant = "primary", children, className = "" }: { href: Route; variant?: ButtonVariant; children: React.ReactNode; className?: string }) {
  return (
    <Link href={href} className={buttonClass(variant, className)}>
      {children}
    </Link>
  );
}

export function Field({
  label,
  htmlFor,
  hint,
  error,
  required,
  children,
}: {
  label: string;
  htmlFor: string;
  hint?: string;
  error?: string[] | string;
  required?: boolean;
  children: React.ReactNode;
}) {
  const errors = typeof error === "string" ? [error] : error;
  return (
    <div className="space-y-1">
      <label htmlFor={htmlFor} className="block font-semibold">
        {label}
        {required ? <span className="text-bad-700"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${htmlFor}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {errors?.length ? (
        <p id={`${htmlFor}-error`} className="text-sm font-medium text-bad-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-ink shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:border-bad-700";

export function DescriptionList({ items }: { items: { term: string; value: React.ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
      {items.map((item) => (
        <div key={item.term} className="contents">
          <dt className="font-semibold text-muted">{item.term}</dt>
          <dd className="mb-2 sm:mb-0">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
