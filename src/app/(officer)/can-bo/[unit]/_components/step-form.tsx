"use client";

import { useActionState } from "react";
import { FormMessage, fieldError } from "@/components/forms/form-message";
import { Field, buttonClass, inputClass, type ButtonVariant } from "@/components/ui/primitives";

type State = { ok: true } | { ok: false; error: { message: string; fieldErrors?: Record<string, string[]> } } | null;
// Method syntax: server actions typed with a wider state are accepted (parameter bivariance).
type ActionFn = { bivarianceHack(prev: State, fd: FormData): Promise<State> }["bivarianceHack"];

export interface StepField {
  name: string;
  label: string;
  kind: "textarea" | "date" | "radio" | "text" | "number" | "time" | "datetime-local" | "select" | "checkboxes" | "checkbox";
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  defaultValue?: string;
  /** Textarea height in lines (default 3). */
  rows?: number;
}

/**
 * One step of a workflow as a small form: hidden ids, a few fields, one button. Used for the
 * dossier lifecycle and the other officer workflows; works without JavaScript.
 */
export function StepForm({
  action,
  hidden,
  fields = [],
  submit,
  variant = "primary",
  idPrefix,
}: {
  action: ActionFn;
  hidden: Record<string, string>;
  fields?: StepField[];
  submit: string;
  variant?: ButtonVariant;
  idPrefix: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {state && !state.ok ? <FormMessage state={state} success="" /> : null}
      {fields.map((f) => {
        const id = `${idPrefix}-${f.name}`;
        const error = fieldError(state, f.name);
        const describedBy = [f.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
        if (f.kind === "checkbox") {
          return (
            <div key={f.name}>
              <label className="inline-flex min-h-11 items-center gap-2">
                <input type="checkbox" name={f.name} required={f.required} defaultChecked={f.defaultValue === "on"} className="h-5 w-5" />
                {f.label}
              </label>
              {error ? <p className="text-sm font-medium text-bad-700">{error.join(" ")}</p> : null}
            </div>
          );
        }
        if (f.kind === "checkboxes") {
          return (
            <fieldset key={f.name} className="space-y-1">
              <legend className="font-semibold">{f.label}</legend>
              {f.options?.map((o) => (
                <label key={o.value} className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" name={f.name} value={o.value} defaultChecked={f.defaultValue === o.value} className="h-5 w-5" />
                  {o.label}
                </label>
              ))}
              {error ? <p className="text-sm font-medium text-bad-700">{error.join(" ")}</p> : null}
            </fieldset>
          );
        }
        if (f.kind === "select") {
          return (
            <Field key={f.name} label={f.label} htmlFor={id} hint={f.hint} error={error} required={f.required}>
              <select id={id} name={f.name} required={f.required} defaultValue={f.defaultValue} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </Field>
          );
        }
        if (f.kind === "radio") {
          return (
            <fieldset key={f.name} className="space-y-1">
              <legend className="font-semibold">{f.label}</legend>
              <div className="flex flex-wrap gap-x-5 gap-y-1">
                {f.options?.map((o, i) => (
                  <label key={o.value} className="inline-flex min-h-11 items-center gap-2">
                    <input type="radio" name={f.name} value={o.value} defaultChecked={f.defaultValue ? f.defaultValue === o.value : i === 0} className="h-5 w-5" />
                    {o.label}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        }
        return (
          <Field key={f.name} label={f.label} htmlFor={id} hint={f.hint} error={error} required={f.required}>
            {f.kind === "textarea" ? (
              <textarea id={id} name={f.name} required={f.required} rows={f.rows ?? 3} defaultValue={f.defaultValue} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} />
            ) : (
              <input id={id} name={f.name} type={f.kind} required={f.required} defaultValue={f.defaultValue} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} />
            )}
          </Field>
        );
      })}
      <button type="submit" className={buttonClass(variant)} disabled={pending}>
        {pending ? "Đang lưu…" : submit}
      </button>
    </form>
  );
}
