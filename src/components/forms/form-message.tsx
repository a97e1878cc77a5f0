import { Alert } from "@/components/ui/primitives";

type State = { ok: true } | { ok: false; error: { message: string } } | null;

/** The outcome of a form's server action, announced to screen readers. */
export function FormMessage({ state, success }: { state: State; success: string }) {
  if (!state) return null;
  return state.ok ? <Alert tone="ok">{success}</Alert> : <Alert tone="bad">{state.error.message}</Alert>;
}

export function fieldError(state: unknown, name: string): string[] | undefined {
  if (state && typeof state === "object" && "ok" in state && state.ok === false && "error" in state) {
    const e = (state as { error: { fieldErrors?: Record<string, string[]> } }).error;
    return e.fieldErrors?.[name];
  }
  return undefined;
}
