/** See strict-transport.mjs. */
export function strictTransportSecurity(forwardedProto: string | undefined, env: Record<string, string | undefined>): string | undefined;
