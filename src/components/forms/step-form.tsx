"use client";

import type { ButtonVariant } from "@/components/ui/primitives";
import { ActionForm, HiddenFields, SubmitButton, type FormState } from "./action-form";
import { CheckboxField, ChoiceField, SelectField, TextAreaField, TextField } from "./fields";

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
 * One step of a workflow as a small form described by data (so a Server Component can lay it
 * out): hidden ids, a few fields, one button. Used for the dossier lifecycle and the other
 * officer workflows; works without JavaScript. `idPrefix` keeps the ids apart when a page
 * has several.
 */
export function StepForm<S extends FormState>({
  action,
  hidden,
  fields = [],
  submit,
  variant = "primary",
  idPrefix,
}: {
  action: (prev: S | null, formData: FormData) => Promise<S | null>;
  hidden: Record<string, string>;
  fields?: StepField[];
  submit: string;
  variant?: ButtonVariant;
  idPrefix: string;
}) {
  return (
    <ActionForm action={action} className="space-y-3">
      <HiddenFields values={hidden} />
      {fields.map((f) => {
        const common = { name: f.name, label: f.label, id: `${idPrefix}-${f.name}`, required: f.required };
        switch (f.kind) {
          case "checkbox":
            return <CheckboxField key={f.name} {...common} defaultChecked={f.defaultValue === "on"} />;
          case "checkboxes":
          case "radio":
            return <ChoiceField key={f.name} {...common} type={f.kind === "radio" ? "radio" : "checkbox"} options={f.options ?? []} defaultValue={f.defaultValue} />;
          case "select":
            return <SelectField key={f.name} {...common} hint={f.hint} options={f.options ?? []} defaultValue={f.defaultValue} />;
          case "textarea":
            return <TextAreaField key={f.name} {...common} hint={f.hint} rows={f.rows ?? 3} defaultValue={f.defaultValue} />;
          default:
            return <TextField key={f.name} {...common} hint={f.hint} type={f.kind} defaultValue={f.defaultValue} />;
        }
      })}
      <SubmitButton variant={variant}>{submit}</SubmitButton>
    </ActionForm>
  );
}
