// Types for the plain ES module shared by the production server and the tests.
import type { ServerResponse } from "node:http";

export const RETRY_AFTER_SECONDS: number;
export function outageResponse(pathname: string): { type: string; body: string };
export function guardOutage<R extends ServerResponse>(pathname: string, res: R, state: { databaseUnavailable: boolean }): R;
