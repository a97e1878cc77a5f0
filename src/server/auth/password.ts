import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Argon2id (algorithm 2; the package's enum is a const enum that isolatedModules cannot
// read) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing, verified when the user does not exist so that timing reveals nothing. */
let dummyHash: Promise<string> | undefined;
export function dummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("không-có-tài-khoản-này");
  return dummyHash.then((h) => verifyPassword(h, password));
}
