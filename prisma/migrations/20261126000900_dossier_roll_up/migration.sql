-- CreateTable
CREATE TABLE "DossierMonthStat" (
    "unitId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "received" INTEGER NOT NULL,
    "online" INTEGER NOT NULL,
    "sameDay" INTEGER NOT NULL,
    "resolved" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "lateResolved" INTEGER NOT NULL,
    "sameDayDone" INTEGER NOT NULL,

    CONSTRAINT "DossierMonthStat_pkey" PRIMARY KEY ("unitId","month")
);

-- CreateTable
CREATE TABLE "DossierDayStat" (
    "unitId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "received" INTEGER NOT NULL,
    "online" INTEGER NOT NULL,
    "sameDay" INTEGER NOT NULL,
    "resolved" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "lateResolved" INTEGER NOT NULL,
    "sameDayDone" INTEGER NOT NULL,

    CONSTRAINT "DossierDayStat_pkey" PRIMARY KEY ("unitId","day")
);


-- The dashboard classifies the dossiers still open (neither result nor refusal) at "now": a
-- partial index finds them without reading the resolved ones, and carries what their class
-- needs (deadline, id for the supplement look-up, model version for the same-day join) so
-- that the table itself is not read. Prisma's schema cannot declare a partial index, so it
-- lives here only.
CREATE INDEX "Dossier_open_unitId_receivedAt_idx" ON "Dossier" ("unitId", "receivedAt") INCLUDE ("originalPromisedAt", "pausedMinutes", "id", "modelVersionId") WHERE "resultReadyAt" IS NULL AND "refusedAt" IS NULL;

-- The roll-ups are kept by the database, so that no write path can forget them (docs/reports.md
-- section 6, docs/decisions/009-dossier-roll-up.md). The migration runner splits scripts at
-- every semicolon, even inside quotes, so the PL/pgSQL bodies write theirs as the escape \073.
--
-- "dossier_roll_up_apply"(added, removed) adds the contribution of each added dossier row and
-- subtracts that of each removed one, per (unit, local day of receipt) and per (unit, month),
-- each table in one upsert in key order (so that concurrent writers lock rows in the same
-- order). A change that moves no count writes nothing, and rows back to zero are deleted.
-- Classification, as classifiedDossiers in src/server/report/figures-sql.ts does for a
-- resolved dossier: resolved = the earlier of result ready and refused, deadline = original
-- promise + minutes stopped for supplements, on time = resolved by the deadline, same day =
-- received under a SAME_DAY or MINUTES model version, done the same day = resolved on the
-- local day of receipt (Asia/Ho_Chi_Minh).
CREATE FUNCTION "dossier_roll_up_apply"(added "Dossier"[], removed "Dossier"[]) RETURNS void LANGUAGE plpgsql AS
  E'BEGIN
  WITH c AS (
    SELECT d.sign, d."unitId" AS unit_id, (d."receivedAt" AT TIME ZONE ''Asia/Ho_Chi_Minh'')::date AS day,
      d.channel = ''ONLINE'' AS online,
      COALESCE(v."turnaroundKind" IN (''SAME_DAY'', ''MINUTES''), false) AS same_day,
      LEAST(d."resultReadyAt", d."refusedAt") AS resolved_at,
      d."originalPromisedAt" + make_interval(mins => d."pausedMinutes") AS deadline
    FROM (SELECT 1 AS sign, a.* FROM unnest(added) a UNION ALL SELECT -1 AS sign, r.* FROM unnest(removed) r) d
    LEFT JOIN "ServiceModelVersion" v ON v.id = d."modelVersionId"
  ), g AS (
    SELECT c.unit_id, c.day,
      sum(c.sign)::int AS received,
      sum(CASE WHEN c.online THEN c.sign ELSE 0 END)::int AS online,
      sum(CASE WHEN c.same_day THEN c.sign ELSE 0 END)::int AS same_day,
      sum(CASE WHEN c.resolved_at IS NOT NULL THEN c.sign ELSE 0 END)::int AS resolved,
      sum(CASE WHEN c.resolved_at <= c.deadline THEN c.sign ELSE 0 END)::int AS on_time,
      sum(CASE WHEN c.resolved_at > c.deadline THEN c.sign ELSE 0 END)::int AS late_resolved,
      sum(CASE WHEN c.same_day AND (c.resolved_at AT TIME ZONE ''Asia/Ho_Chi_Minh'')::date = c.day THEN c.sign ELSE 0 END)::int AS same_day_done
    FROM c GROUP BY c.unit_id, c.day
  ), days AS (
    INSERT INTO "DossierDayStat" AS s ("unitId", "day", "received", "online", "sameDay", "resolved", "onTime", "lateResolved", "sameDayDone")
    SELECT g.* FROM g
    WHERE (g.received, g.online, g.same_day, g.resolved, g.on_time, g.late_resolved, g.same_day_done) <> (0, 0, 0, 0, 0, 0, 0)
    ORDER BY g.unit_id, g.day
    ON CONFLICT ("unitId", "day") DO UPDATE SET
      "received" = s."received" + EXCLUDED."received",
      "online" = s."online" + EXCLUDED."online",
      "sameDay" = s."sameDay" + EXCLUDED."sameDay",
      "resolved" = s."resolved" + EXCLUDED."resolved",
      "onTime" = s."onTime" + EXCLUDED."onTime",
      "lateResolved" = s."lateResolved" + EXCLUDED."lateResolved",
      "sameDayDone" = s."sameDayDone" + EXCLUDED."sameDayDone"
    RETURNING 1
  )
  INSERT INTO "DossierMonthStat" AS s ("unitId", "month", "received", "online", "sameDay", "resolved", "onTime", "lateResolved", "sameDayDone")
  SELECT m.* FROM (
    SELECT g.unit_id, date_trunc(''month'', g.day::timestamp)::date AS month,
      sum(g.received)::int AS received, sum(g.online)::int AS online, sum(g.same_day)::int AS same_day, sum(g.resolved)::int AS resolved,
      sum(g.on_time)::int AS on_time, sum(g.late_resolved)::int AS late_resolved, sum(g.same_day_done)::int AS same_day_done
    FROM g GROUP BY 1, 2
  ) m
  WHERE (m.received, m.online, m.same_day, m.resolved, m.on_time, m.late_resolved, m.same_day_done) <> (0, 0, 0, 0, 0, 0, 0)
  ORDER BY m.unit_id, m.month
  ON CONFLICT ("unitId", "month") DO UPDATE SET
    "received" = s."received" + EXCLUDED."received",
    "online" = s."online" + EXCLUDED."online",
    "sameDay" = s."sameDay" + EXCLUDED."sameDay",
    "resolved" = s."resolved" + EXCLUDED."resolved",
    "onTime" = s."onTime" + EXCLUDED."onTime",
    "lateResolved" = s."lateResolved" + EXCLUDED."lateResolved",
    "sameDayDone" = s."sameDayDone" + EXCLUDED."sameDayDone"\073
  IF cardinality(removed) > 0 THEN
    DELETE FROM "DossierDayStat" s
    USING (SELECT DISTINCT r."unitId", (r."receivedAt" AT TIME ZONE ''Asia/Ho_Chi_Minh'')::date AS day FROM unnest(removed) r) k
    WHERE s."unitId" = k."unitId" AND s."day" = k.day AND s."received" = 0\073
    DELETE FROM "DossierMonthStat" s
    USING (SELECT DISTINCT r."unitId", date_trunc(''month'', r."receivedAt" AT TIME ZONE ''Asia/Ho_Chi_Minh'')::date AS month FROM unnest(removed) r) k
    WHERE s."unitId" = k."unitId" AND s."month" = k.month AND s."received" = 0\073
  END IF\073
END';

-- One statement trigger per event on "Dossier", with the rows the statement changed: a bulk
-- insert (the seed, an import) updates the roll-ups once, not once per dossier.
CREATE FUNCTION "dossier_roll_up_trigger"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM "dossier_roll_up_apply"(ARRAY(SELECT n::"Dossier" FROM new_rows n), ''{}''::"Dossier"[])\073
  ELSIF TG_OP = ''UPDATE'' THEN
    PERFORM "dossier_roll_up_apply"(ARRAY(SELECT n::"Dossier" FROM new_rows n), ARRAY(SELECT o::"Dossier" FROM old_rows o))\073
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM "dossier_roll_up_apply"(''{}''::"Dossier"[], ARRAY(SELECT o::"Dossier" FROM old_rows o))\073
  ELSE
    DELETE FROM "DossierDayStat"\073
    DELETE FROM "DossierMonthStat"\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "Dossier_roll_up_insert" AFTER INSERT ON "Dossier"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "dossier_roll_up_trigger"();
CREATE TRIGGER "Dossier_roll_up_update" AFTER UPDATE ON "Dossier"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "dossier_roll_up_trigger"();
CREATE TRIGGER "Dossier_roll_up_delete" AFTER DELETE ON "Dossier"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "dossier_roll_up_trigger"();
CREATE TRIGGER "Dossier_roll_up_truncate" AFTER TRUNCATE ON "Dossier"
  FOR EACH STATEMENT EXECUTE FUNCTION "dossier_roll_up_trigger"();

-- Recounts both roll-ups from the dossiers: of the units given, or of all units when called
-- without argument. For operators after a bulk load with the triggers disabled, or to check
-- the roll-ups (docs/reports.md). Writers to "Dossier" wait while it runs. Returns the number
-- of dossiers counted.
CREATE FUNCTION "rebuild_dossier_roll_up"(unit_ids text[] DEFAULT NULL) RETURNS bigint LANGUAGE plpgsql AS
  E'DECLARE
  u text\073
BEGIN
  LOCK TABLE "Dossier" IN SHARE MODE\073
  DELETE FROM "DossierDayStat" WHERE unit_ids IS NULL OR "unitId" = ANY(unit_ids)\073
  DELETE FROM "DossierMonthStat" WHERE unit_ids IS NULL OR "unitId" = ANY(unit_ids)\073
  FOR u IN SELECT id FROM "Unit" WHERE unit_ids IS NULL OR id = ANY(unit_ids) ORDER BY id LOOP
    PERFORM "dossier_roll_up_apply"(ARRAY(SELECT d FROM "Dossier" d WHERE d."unitId" = u), ''{}''::"Dossier"[])\073
  END LOOP\073
  RETURN (SELECT COALESCE(sum("received"), 0) FROM "DossierMonthStat" WHERE unit_ids IS NULL OR "unitId" = ANY(unit_ids))\073
END';

-- A model version's turnaround decides "same day": changing it recounts the units whose
-- dossiers were received under it. Deleting a version first detaches its dossiers, while the
-- version can still be read, so that their same-day count is subtracted (the foreign key's
-- own SET NULL would run after the version is gone).
CREATE FUNCTION "dossier_roll_up_version_trigger"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN
  IF TG_OP = ''DELETE'' THEN
    UPDATE "Dossier" SET "modelVersionId" = NULL WHERE "modelVersionId" = OLD.id\073
    RETURN OLD\073
  END IF\073
  PERFORM "rebuild_dossier_roll_up"(ARRAY(SELECT DISTINCT d."unitId" FROM "Dossier" d WHERE d."modelVersionId" = NEW.id))\073
  RETURN NULL\073
END';

CREATE TRIGGER "ServiceModelVersion_roll_up_turnaround" AFTER UPDATE OF "turnaroundKind" ON "ServiceModelVersion"
  FOR EACH ROW WHEN (OLD."turnaroundKind" IS DISTINCT FROM NEW."turnaroundKind") EXECUTE FUNCTION "dossier_roll_up_version_trigger"();
CREATE TRIGGER "ServiceModelVersion_roll_up_delete" BEFORE DELETE ON "ServiceModelVersion"
  FOR EACH ROW EXECUTE FUNCTION "dossier_roll_up_version_trigger"();

-- The dossiers already logged.
SELECT "rebuild_dossier_roll_up"();
