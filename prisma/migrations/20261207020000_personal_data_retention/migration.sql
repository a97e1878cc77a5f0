-- The retention job anonymises citizens' contact data once their period has passed
-- (src/domain/privacy/retention.ts). These columns record when, and keep a row from being done twice.
ALTER TABLE "Dossier" ADD COLUMN "anonymisedAt" TIMESTAMPTZ(3);
ALTER TABLE "HomeVisitRequest" ADD COLUMN "anonymisedAt" TIMESTAMPTZ(3);
