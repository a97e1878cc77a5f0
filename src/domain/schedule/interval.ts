/**
 * Windows as instants, half-open [start, end): a window that ends at 11:30 is already closed
 * at 11:30, so touching windows never both hold an instant. Every "is t inside this window"
 * question of the rules is `contains`, so the edge is decided in one place.
 */

export interface InstantWindow {
  start: Date;
  end: Date;
}

/** Is `t` inside [start, end)? */
export function contains(window: InstantWindow, t: Date): boolean {
  const ms = t.getTime();
  return window.start.getTime() <= ms && ms < window.end.getTime();
}

/** The first of `windows` that contains `t`, or null. */
export function windowContaining<W extends InstantWindow>(windows: readonly W[], t: Date): W | null {
  return windows.find((w) => contains(w, t)) ?? null;
}
