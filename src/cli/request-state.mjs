// What the production server (serve.mjs) learns about a request from the app while it runs:
// whether the database failed to answer during it, so that an error page becomes a 503 with
// Retry-After instead of a 500. One AsyncLocalStorage per process, kept on globalThis because
// Next's bundle of the server code has its own copy of this module.
import { AsyncLocalStorage } from "node:async_hooks";

const KEY = Symbol.for("cchc.request-state");

/** @type {AsyncLocalStorage<{ databaseUnavailable: boolean }>} */
export const requestState = (globalThis[KEY] ??= new AsyncLocalStorage());

/** Marks the current request (if any) as having met an unavailable database. */
export function noteDatabaseUnavailable() {
  const state = requestState.getStore();
  if (state) state.databaseUnavailable = true;
}
