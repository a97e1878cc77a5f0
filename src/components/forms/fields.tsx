"use client";

import { useState } from "react";
import { Field, inputClass } from "@/components/ui/primitives";
import { FieldError, useFieldErrors, useSubmittedValue } from "./action-form";

/**
 * Labelled inputs of the form kit. Each takes its messages from the form's outcome, marks
 * itself invalid and points to its hint and its message with aria-describedby. `id` defaults
 * to the name (pass one when a page has several forms with the same field). After a refusal
 * each defaults to what was sent (useSubmittedValue), not to its own default.
 */

/** The text a field defaults to: what was sent when the form was refused, else its own default. */
function useDefaultText(name: string, own: string | number | null | undefined): string | number | undefined {
  const sent = useSubmittedValue(name);
  if (sent === undefined) return own ?? undefined;
  return Array.isArray(sent) ? (sent[0] ?? "") : sent;
}

interface Common {
  name: string;
  label: string;
  id?: string;
  hint?: string;
  required?: boolean;
}

/** `also`: a description the field shares with others (a group's hint). */
function useWiring(name: string, id: string, hint: string | undefined, also?: string) {
  const errors = useFieldErrors(name);
  const describedBy = [also ?? "", hint ? `${id}-hint` : "", errors ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
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
  const { errors, aria } = useWiring(name, id, hint, input["aria-describedby"]);
  const text = useDefaultText(name, defaultValue);
  // A password is never sent back, and a file cannot be chosen again by the page.
  const shown = type === "password" || type === "file" ? (defaultValue ?? undefined) : text;
  return (
    <Field label={label} htmlFor={id} hint={hint} error={errors} required={required}>
      <input id={id} name={name} type={type} defaultValue={shown} required={required} autoComplete={autoComplete} {...input} {...aria} className={`${inputClass} ${className}`.trim()} />
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
  const text = useDefaultText(name, defaultValue);
  const max = textarea.maxLength;
  // With a limit the field counts what is typed, so nobody is cut off without warning.
  const [count, setCount] = useState(() => String(text ?? "").length);
  return (
    <Field label={label} htmlFor={id} hint={hint} error={errors} required={required}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={text}
        required={required}
        {...textarea}
        onChange={(e) => {
          setCount(e.currentTarget.value.length);
          textarea.onChange?.(e);
        }}
        {...aria}
        className={inputClass}
      />
      {max ? (
        <p id={`${id}-dem`} className={`mt-1 text-sm ${count >= max ? "font-semibold text-bad-700" : "text-muted"}`} aria-live="polite">
          {count >= max ? `Đã đủ ${max} ký tự, không gõ thêm được.` : `${count}/${max} ký tự`}
        </p>
      ) : null}
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
  const text = useDefaultText(name, defaultValue);
  return (
    <Field label={label} htmlFor={id} hint={hint} error={errors} required={required}>
      <select id={id} name={name} defaultValue={controlled ? undefined : (text ?? "")} required={required} {...select} {...aria} className={`${inputClass} ${className}`.trim()}>
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
  const sent = useSubmittedValue(name);
  const checked = sent === undefined ? defaultChecked : [sent].flat().includes(value);
  return (
    <div>
      <label className="flex min-h-11 items-start gap-3 font-semibold">
        <input
          type="checkbox"
          name={name}
          value={value}
          required={required}
          defaultChecked={checked}
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
  hint,
}: Common & { type: "radio" | "checkbox"; options: readonly { value: string; label: string }[]; defaultValue?: string; stacked?: boolean }) {
  const { aria } = useWiring(name, id, hint);
  const sent = useSubmittedValue(name);
  const checked = (value: string, i: number) =>
    sent !== undefined && (type === "checkbox" || sent !== "") ? [sent].flat().includes(value) : type === "radio" && !defaultValue ? i === 0 : defaultValue === value;
  return (
    <fieldset className="space-y-1" aria-describedby={aria["aria-describedby"]}>
      <legend className="font-semibold">{label}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
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
