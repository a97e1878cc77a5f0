-- AlterTable
-- Sessions are signed tokens kept by the browser, and this counter is what revokes them
-- (docs/security.md, "Sessions"): a token issued with another value is refused.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
