"use client";

import { Field, inputClass } from "@/components/ui/primitives";
import { FieldError, useFieldErrors } from "./action-form";

/**
 * Labelled inputs of the form kit. Each takes its messages from the form's outcome, marks
 * itself invalid and points to its hint and its message with aria-describedby. `id` defaults
 * to the name (pass one when a page has several forms with the same field).
 */

interface Common {
  name: string;
  label: string;
  id?: string;
  hint?: string;
  required?: boolean;
}

function useWiring(name: string, id: string, hint: string | undefined) {
  const errors = useFieldErrors(name);
  const describedBy = [hint ? `${id}-hint` : "", errors ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return { errors, aria: { "aria-invalid": errors ? true : undefined, "aria-describedby": describedBy } };
}

type InputProps = Omit<React.ComponentProps<"input">, "name" | "id" | "required" | "type" | "defaultValue" | "className">;

export function TextField({
  name,
  label,
  id = name,
  hint,
  required,
  type = "text",
  defaultValue,
  autoComplete = "off",
  className = "",
  ...input
}: Common & {
  type?: "text" | "date" | "time" | "number" | "password" | "tel" | "search" | "datetime-local" | "file";
  defaultValue?: string | number | null;
  className?: string;
} & InputProps) {
  const { errors, aria } = useWiring(name, id, hint);
  return (
    <Field label={label} htmlFor={id} hint={hint} error={errors} required={required}>
      <input id={id} name={name} type={type} defaultValue={defaultValue ?? undefined} required={required} autoComplete={autoComplete} {...input} {...aria} className={`${inputClass} ${className}`.trim()} />
    </Field>
  );
}

export function TextAreaField({
  name,
  label,
  id = name,
  hint,
  required,
  rows = 4,
  defaultValue,
  ...textarea
}: Common & { rows?: number; defaultValue?: string | null } & Omit<React.ComponentProps<"textarea">, "name" | "id" | "required" | "rows" | "defaultValue" | "className">) {
  const { errors, aria } = useWiring(name, id, hint);
  return (
    <Field label={label} htmlFor={id} hint={hint} error={errors} required={required}>
      <textarea id={id} name={name} rows={rows} defaultValue={defaultValue ?? undefined} required={required} {...textarea} {...aria} className={inputClass} />
    </Field>
  );
}

/** A select; `placeholder` is a first empty choice (not selectable again when the field is required). */
export function SelectField({
  name,
  label,
  id = name,
  hint,
  required,
  options,
  defaultValue,
  placeholder,
  className = "",
  ...select
}: Common & {
  options: readonly { value: string; label: string }[];
  defaultValue?: string | null;
  placeholder?: string;
  className?: string;
} & Omit<React.ComponentProps<"select">, "name" | "id" | "required" | "defaultValue" | "className" | "children">) {
  const { errors, aria } = useWiring(name, id, hint);
  const controlled = select.value !== undefined;
  return (
    <Field label={label} htmlFor={id} hint={hint} error={errors} required={required}>
      <select id={id} name={name} defaultValue={controlled ? undefined : (defaultValue ?? "")} required={required} {...select} {...aria} className={`${inputClass} ${className}`.trim()}>
        {placeholder !== undefined ? (
          <option value="" disabled={required}>
            {placeholder}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxField({
  name,
  label,
  id = name,
  hint,
  required,
  defaultChecked,
  value = "on",
}: Common & { defaultChecked?: boolean; value?: string }) {
  const errors = useFieldErrors(name);
  return (
    <div>
      <label className="flex min-h-11 items-start gap-3 font-semibold">
        <input
          type="checkbox"
          name={name}
          value={value}
          required={required}
          defaultChecked={defaultChecked}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
        />
        <span>
          {label}
          {hint ? <span className="block text-sm font-normal text-muted">{hint}</span> : null}
        </span>
      </label>
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}

/** A group of radios (one value) or checkboxes (several values of one name) under a legend; radios sit side by side unless `stacked`. */
export function ChoiceField({
  name,
  label,
  id = name,
  type,
  options,
  defaultValue,
  required,
  stacked = type === "checkbox",
}: Omit<Common, "hint"> & { type: "radio" | "checkbox"; options: readonly { value: string; label: string }[]; defaultValue?: string; stacked?: boolean }) {
  const errors = useFieldErrors(name);
  const checked = (value: string, i: number) => (type === "radio" && !defaultValue ? i === 0 : defaultValue === value);
  return (
    <fieldset className="space-y-1" aria-describedby={errors ? `${id}-error` : undefined}>
      <legend className="font-semibold">{label}</legend>
      <div className={stacked ? "space-y-1" : "flex flex-wrap gap-x-5 gap-y-1"}>
        {options.map((o, i) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input type={type} name={name} value={o.value} required={type === "radio" ? required : undefined} defaultChecked={checked(o.value, i)} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError name={name} id={`${id}-error`} />
    </fieldset>
  );
}
