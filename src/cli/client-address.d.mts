// Types for the plain ES module shared by the server script and the tests.
export function clientAddress(forwardedFor: string | string[] | undefined, remoteAddress: string | undefined, trustedProxies: number): string | undefined;
export function trustedProxiesFromEnv(value?: string): number;
export function forwardedByProxy(header: string | string[] | undefined, trustedProxies: number): string | undefined;
