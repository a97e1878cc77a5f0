// The embedded database's password (issue #19, finding 15): made once per data directory,
// kept beside it readable by its owner only, and given to the database server in its
// environment (never on its command line, which `ps` shows to every user).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** Where the password of the data directory `dataDir` is kept. */
export function passwordFile(dataDir) {
  return join(dirname(resolve(dataDir)), "embedded-db-password");
}

/** A fresh password: 32 random bytes, URL-safe. */
export function newPassword() {
  return randomBytes(32).toString("base64url");
}

/** The password of `dataDir`, made on first use; `undefined` for an in-memory database gives a fresh one. */
export function embeddedDbPassword(dataDir) {
  if (dataDir === undefined) return newPassword();
  const file = passwordFile(dataDir);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const password = newPassword();
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

/** The connection URL of the embedded database. */
export function embeddedDbUrl(port, password, host = "127.0.0.1") {
  return `postgresql://postgres:${encodeURIComponent(password)}@${host}:${port}/postgres`;
}
