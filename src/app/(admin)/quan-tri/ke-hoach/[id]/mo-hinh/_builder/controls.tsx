import type { Dispatch } from "react";
import type { BuilderAction, BuilderState } from "./state";

/** What every section of the builder receives: the state, the way to change it, its ids and the engine's messages for it. */
export interface SectionProps {
  s: BuilderState;
  dispatch: Dispatch<BuilderAction>;
  /** A page-unique id for one of the section's inputs. */
  id: (name: string) => string;
  issues: string[];
}

/** One numbered part of the builder, with the engine's messages about it at its top. */
export function Section({ title, children, issues }: { title: string; children: React.ReactNode; issues?: string[] }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-lg font-bold text-brand-900">{title}</legend>
      {issues?.length ? (
        <ul className="list-disc rounded bg-red-50 py-2 pl-8 pr-3 text-sm font-medium text-bad-700">
          {issues.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </fieldset>
  );
}

export function Check({ checked, onChange, label, hint }: { checked: boolean; onChange: (v: boolean) => void; label: string; hint?: string }) {
  return (
    <label className="flex min-h-11 items-start gap-3">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
      <span>
        {label}
        {hint ? <span className="block text-sm text-muted">{hint}</span> : null}
      </span>
    </label>
  );
}

/** One of a few exclusive choices of the builder (not a posted field: the builder posts JSON). */
export function Choice({ group, checked, onChange, children }: { group: string; checked: boolean; onChange: () => void; children: React.ReactNode }) {
  return (
    <label className="flex min-h-11 items-center gap-3">
      <input type="radio" name={group} checked={checked} onChange={onChange} className="h-5 w-5 accent-brand-700" />
      {children}
    </label>
  );
}

/** The options of one of the builder's selects. */
export function Options({ options }: { options: readonly { value: string | number; label: string }[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
