"use client";

import { createContext, use, useActionState } from "react";
import { useFormStatus } from "react-dom";
import { Alert, buttonClass, type ButtonVariant } from "@/components/ui/primitives";
import type { Result } from "@/server/errors";

export type FormState = Result<unknown> | null;
type ServerAction = (prev: FormState, formData: FormData) => Promise<FormState>;

const StateContext = createContext<FormState>(null);

/**
 * A form posting to a server action through useActionState (it works before JavaScript
 * loads). The outcome is announced at the top; field messages appear under their fields
 * through <FieldError>.
 */
export function ActionForm({
  action,
  success,
  children,
  className = "space-y-4",
  label,
}: {
  action: ServerAction;
  success?: string;
  children: React.ReactNode;
  className?: string;
  label?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <StateContext value={state}>
      <form action={formAction} className={className} aria-label={label}>
        <Outcome state={state} success={success} />
        {children}
      </form>
    </StateContext>
  );
}

export function Outcome({ state, success }: { state: FormState; success?: string }) {
  if (!state) return null;
  if (state.ok) return success ? <Alert tone="ok">{success}</Alert> : null;
  const details = Object.values(state.error.fieldErrors ?? {}).flat();
  return (
    <Alert tone="bad" title={state.error.message}>
      {details.length > 1 ? (
        <ul className="list-disc pl-5">
          {[...new Set(details)].map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

/** The messages of one field after a failed submission. */
export function FieldError({ name }: { name: string }) {
  const state = use(StateContext);
  const errors = state && !state.ok ? state.error.fieldErrors?.[name] : undefined;
  if (!errors?.length) return null;
  return <p className="text-sm font-medium text-bad-700">{errors.join(" ")}</p>;
}

export function SubmitButton({
  children,
  variant = "primary",
  name,
  value,
  pendingText = "Đang lưu…",
}: {
  children: React.ReactNode;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
  pendingText?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={buttonClass(variant)}>
      {pending ? pendingText : children}
    </button>
  );
}

/** One «Rút» button withdrawing something not yet in effect (a calendar decision, office hours). */
export function WithdrawForm({ action, label, fields }: { action: ServerAction; label: string; fields: Record<string, string> }) {
  return (
    <ActionForm action={action} label={label}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant="ghost" pendingText="Đang rút…">
        Rút
      </SubmitButton>
    </ActionForm>
  );
}
