// Types for the plain ES module shared by the CLI and the tests.
export function passwordFile(dataDir: string): string;
export function newPassword(): string;
export function embeddedDbPassword(dataDir: string | undefined): string;
export function embeddedDbUrl(port: number, password: string, host?: string): string;
