import { Field, inputClass } from "@/components/ui/primitives";
import { formatDateVi } from "@/domain/schedule/local-time";
import { FieldError } from "./action-form";

/** Labelled inputs for the administration forms; their messages come from the form's outcome. */

export function TextField({
  name,
  label,
  defaultValue,
  required,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  maxLength,
}: {
  name: string;
  label: string;
  defaultValue?: string | number | null;
  required?: boolean;
  hint?: string;
  type?: "text" | "date" | "time" | "number" | "password";
  autoComplete?: string;
  inputMode?: "numeric" | "text";
  maxLength?: number;
}) {
  return (
    <Field label={label} htmlFor={name} hint={hint} required={required}>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue ?? undefined}
        required={required}
        autoComplete={autoComplete ?? "off"}
        inputMode={inputMode}
        maxLength={maxLength}
        aria-describedby={hint ? `${name}-hint` : undefined}
        className={inputClass}
      />
      <FieldError name={name} />
    </Field>
  );
}

export function TextAreaField({ name, label, defaultValue, hint, rows = 4, required }: { name: string; label: string; defaultValue?: string | null; hint?: string; rows?: number; required?: boolean }) {
  return (
    <Field label={label} htmlFor={name} hint={hint} required={required}>
      <textarea id={name} name={name} rows={rows} defaultValue={defaultValue ?? undefined} required={required} aria-describedby={hint ? `${name}-hint` : undefined} className={inputClass} />
      <FieldError name={name} />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  required,
  hint,
  placeholder,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string | null;
  required?: boolean;
  hint?: string;
  placeholder?: string;
}) {
  return (
    <Field label={label} htmlFor={name} hint={hint} required={required}>
      <select id={name} name={name} defaultValue={defaultValue ?? ""} required={required} aria-describedby={hint ? `${name}-hint` : undefined} className={inputClass}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError name={name} />
    </Field>
  );
}

export function CheckboxField({ name, label, defaultChecked, hint, value = "on" }: { name: string; label: string; defaultChecked?: boolean; hint?: string; value?: string }) {
  return (
    <div>
      <label className="flex min-h-11 items-start gap-3 font-semibold">
        <input type="checkbox" name={name} value={value} defaultChecked={defaultChecked} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
        <span>
          {label}
          {hint ? <span className="block text-sm font-normal text-muted">{hint}</span> : null}
        </span>
      </label>
      <FieldError name={name} />
    </div>
  );
}

/** Unit options indented by depth, so the tree reads in a select. */
export function unitSelectOptions(units: { id: string; name: string; depth: number; validTo: string | null }[]): { value: string; label: string }[] {
  return units.map((u) => ({ value: u.id, label: `${"— ".repeat(u.depth)}${u.name}${u.validTo ? ` (đến ${formatDateVi(u.validTo)})` : ""}` }));
}
