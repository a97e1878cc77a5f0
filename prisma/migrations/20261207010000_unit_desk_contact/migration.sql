-- The reception desk's address and phone, entered by the administrator (the plans give none).
ALTER TABLE "Unit" ADD COLUMN "deskAddress" TEXT;
ALTER TABLE "Unit" ADD COLUMN "deskPhone" TEXT;
