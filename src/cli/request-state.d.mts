// Types for the plain ES module shared by the production server and the app.
import type { AsyncLocalStorage } from "node:async_hooks";

export const requestState: AsyncLocalStorage<{ databaseUnavailable: boolean }>;
export function noteDatabaseUnavailable(): void;
