"use client";

import { createContext, startTransition, use, useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { Alert, buttonClass, type ButtonVariant } from "@/components/ui/primitives";

/**
 * The one form kit: every form posts to a server action through useActionState (so it works
 * before JavaScript loads), announces the outcome at its top, and shows each field's
 * messages under the field, linked to it by aria-describedby. After a refusal every field
 * shows what was sent: the action pipeline returns the submitted values with the error and the
 * fields default to them (the page rendered after a post without JavaScript), and with
 * JavaScript the form is sent without React's reset, so nothing typed is lost either way.
 */

interface FormError {
  message: string;
  fieldErrors?: Record<string, string[]>;
}

/** The texts a form sent, returned by the action pipeline with its error (never a password). */
export type SubmittedValues = Record<string, string | string[]>;

/** What a form's server action returns: the action pipeline's result, plus whatever the action adds. */
export type FormState = { ok: true } | { ok: false; error: FormError; values?: SubmittedValues };

type FormAction<S> = (prev: S | null, formData: FormData) => Promise<S | null>;
type Success<S> = Extract<S, { ok: true }>;

const FormContext = createContext<{ fieldErrors: Record<string, string[]>; pending: boolean; values?: SubmittedValues } | null>(null);

/** The messages of one field after a failed submission (none outside a form of the kit). */
export function useFieldErrors(name: string): string[] | undefined {
  const errors = use(FormContext)?.fieldErrors[name];
  return errors?.length ? errors : undefined;
}

/**
 * What a refused submission sent, for a field to default to: undefined when the form has not
 * been refused (then the field's own default holds), else the field's value ("" or [] when it
 * was left empty or unchecked).
 */
export function useSubmittedValue(name: string): string | string[] | undefined {
  const values = use(FormContext)?.values;
  return values ? (values[name] ?? "") : undefined;
}

/** True while the form around is being sent. */
export function usePending(): boolean {
  const context = use(FormContext);
  const status = useFormStatus();
  return (context?.pending ?? false) || status.pending;
}

/** For a form whose action returns a state of its own (or that has no server action): hands its field messages, its pending state and what it sent to the kit. */
export function FieldErrors({
  errors,
  pending = false,
  values,
  children,
}: {
  errors: Record<string, string[]> | undefined;
  pending?: boolean;
  values?: SubmittedValues;
  children: React.ReactNode;
}) {
  return <FormContext value={{ fieldErrors: errors ?? {}, pending, values }}>{children}</FormContext>;
}

/**
 * A form posting to a server action. `success` is the message shown after it succeeded (a
 * text, or built from the result); with `replace` the message takes the form's place (a
 * one-time submission). Every form is sent without React's reset (so a refusal keeps what was
 * typed) and is cleared after a success, unless `keepValues` (an import's chosen file stays
 * chosen for its next step); `after` renders below the form, from the state (an import's report).
 */
export function ActionForm<S extends FormState>({
  action,
  success,
  replace = false,
  keepValues = false,
  label,
  className = "space-y-4",
  after,
  children,
}: {
  action: FormAction<S>;
  success?: string | ((state: Success<S>) => React.ReactNode);
  replace?: boolean;
  keepValues?: boolean;
  label?: string;
  className?: string;
  after?: (state: S | null) => React.ReactNode;
  children: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  // A success clears the form as React's own reset would have (a new entry starts blank).
  useEffect(() => {
    if (state?.ok && !keepValues) form.current?.reset();
  }, [state, keepValues]);
  const done = state?.ok ? (typeof success === "function" ? success(state as Success<S>) : success ? <Alert tone="ok">{success}</Alert> : null) : null;
  if (replace && done) return done;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  const failed = state && !state.ok ? (state as Extract<FormState, { ok: false }>) : null;
  return (
    <FormContext value={{ fieldErrors: failed?.error.fieldErrors ?? {}, pending, values: failed?.values }}>
      <form ref={form} action={formAction} onSubmit={onSubmit} className={className} aria-label={label}>
        {done ?? <FormOutcome state={state} />}
        {children}
      </form>
      {after?.(state)}
    </FormContext>
  );
}

/** A failed submission: the message, and every field's message in a list when there are several. */
function FormOutcome({ state }: { state: FormState | null }) {
  if (!state || state.ok) return null;
  const details = [...new Set(Object.values(state.error.fieldErrors ?? {}).flat())];
  return (
    <Alert tone="bad" title={state.error.message}>
      {details.length > 1 ? (
        <ul className="list-disc pl-5">
          {details.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

/** The messages of a field the kit's components do not draw (a group of inputs), with the id its inputs point to. */
export function FieldError({ name, id }: { name: string; id?: string }) {
  const errors = useFieldErrors(name);
  if (!errors) return null;
  return (
    <p id={id} className="text-sm font-medium text-bad-700">
      {errors.join(" ")}
    </p>
  );
}

/** Disabled while the form is being sent; `pendingText` (null: keep the label) says so. */
export function SubmitButton({
  children,
  variant = "primary",
  name,
  value,
  pendingText = "Đang lưu…",
  accessKey,
  className = "",
}: {
  children: React.ReactNode;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
  pendingText?: string | null;
  accessKey?: string;
  className?: string;
}) {
  const pending = usePending();
  return (
    <button type="submit" name={name} value={value} disabled={pending} accessKey={accessKey} className={buttonClass(variant, className)}>
      {pending && pendingText !== null ? pendingText : children}
    </button>
  );
}

/** One button that sends a few hidden values (withdrawing something not yet in effect). */
export function WithdrawForm<S extends FormState>({ action, label, fields }: { action: FormAction<S>; label: string; fields: Record<string, string> }) {
  return (
    <ActionForm action={action} label={label}>
      <HiddenFields values={fields} />
      <SubmitButton variant="ghost" pendingText="Đang rút…">
        Rút
      </SubmitButton>
    </ActionForm>
  );
}

export function HiddenFields({ values }: { values: Record<string, string> }) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}
