-- Demo plans that continue the real models for the units of today (docs/decisions).
ALTER TABLE "Plan" ADD COLUMN "illustrative" BOOLEAN NOT NULL DEFAULT false;
