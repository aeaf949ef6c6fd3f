-- CreateTable
CREATE TABLE "OaiItem" (
    "recordId" UUID NOT NULL,
    "type" "RecordType" NOT NULL,
    "datestamp" TIMESTAMPTZ(3) NOT NULL,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "OaiItem_pkey" PRIMARY KEY ("recordId")
);

-- CreateIndex
CREATE INDEX "OaiItem_datestamp_recordId_idx" ON "OaiItem"("datestamp", "recordId");

-- CreateIndex
CREATE INDEX "OaiItem_type_datestamp_recordId_idx" ON "OaiItem"("type", "datestamp", "recordId");

-- ---------------------------------------------------------------------------------------------
-- Added by hand: the OAI-PMH datestamps and deleted records are kept by the database itself, so
-- every writer (the editors' forms, the seed, scripts) moves them. A record's datestamp is the
-- last change of anything its oai_dc shows: the record row, its texts, its links (both ends),
-- and the visibility of the records it links to. See docs/decisions (OAI-PMH).
-- ---------------------------------------------------------------------------------------------

-- One record changed: a visible record gets (or refreshes) its row; a record that was harvested
-- and is no longer visible (unpublished, archived, soft- or hard-deleted) is marked deleted once,
-- with the time it went. Records never published never appear.
CREATE FUNCTION oai_touch(target uuid) RETURNS void AS $$
DECLARE
  rec RECORD;
BEGIN
  SELECT r."type", (r."state" = 'PUBLISHED' AND r."deletedAt" IS NULL) AS visible INTO rec
  FROM "Record" r WHERE r."id" = target;
  IF FOUND AND rec.visible THEN
    INSERT INTO "OaiItem" ("recordId", "type", "datestamp", "deleted")
    VALUES (target, rec."type", clock_timestamp(), false)
    ON CONFLICT ("recordId") DO UPDATE
      SET "type" = EXCLUDED."type", "datestamp" = EXCLUDED."datestamp", "deleted" = false;
  ELSE
    UPDATE "OaiItem" SET "deleted" = true, "datestamp" = clock_timestamp()
    WHERE "recordId" = target AND NOT "deleted";
  END IF;
END
$$ LANGUAGE plpgsql;

-- The records linked to `target` either way: their dc:relation lists it while it is visible.
CREATE FUNCTION oai_touch_neighbours(target uuid) RETURNS void AS $$
  SELECT oai_touch(n.id) FROM (
    SELECT l."toId" AS id FROM "Link" l WHERE l."fromId" = target
    UNION SELECT l."fromId" FROM "Link" l WHERE l."toId" = target
  ) AS n
$$ LANGUAGE sql;

CREATE FUNCTION oai_record_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM oai_touch(OLD."id");
    RETURN NULL;
  END IF;
  PERFORM oai_touch(NEW."id");
  IF TG_OP = 'UPDATE' AND (OLD."state" IS DISTINCT FROM NEW."state" OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt") THEN
    PERFORM oai_touch_neighbours(NEW."id");
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_oai_insert AFTER INSERT ON "Record"
FOR EACH ROW EXECUTE FUNCTION oai_record_changed();
-- A save that changes nothing (an idempotent seed run) leaves the datestamp alone.
CREATE TRIGGER record_oai_update AFTER UPDATE ON "Record"
FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION oai_record_changed();
CREATE TRIGGER record_oai_delete AFTER DELETE ON "Record"
FOR EACH ROW EXECUTE FUNCTION oai_record_changed();

-- Texts: once per statement for each record touched.
CREATE FUNCTION oai_texts_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM oai_touch(ids."recordId") FROM (SELECT DISTINCT "recordId" FROM new_rows) AS ids;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM oai_touch(ids."recordId") FROM (SELECT DISTINCT "recordId" FROM old_rows) AS ids;
  ELSE
    PERFORM oai_touch(ids."recordId") FROM (SELECT "recordId" FROM new_rows UNION SELECT "recordId" FROM old_rows) AS ids;
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_text_oai_insert AFTER INSERT ON "RecordText"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION oai_texts_changed();
CREATE TRIGGER record_text_oai_update AFTER UPDATE ON "RecordText"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION oai_texts_changed();
CREATE TRIGGER record_text_oai_delete AFTER DELETE ON "RecordText"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION oai_texts_changed();

-- Links: both ends show the relation.
CREATE FUNCTION oai_links_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM oai_touch(ids.id) FROM (SELECT "fromId" AS id FROM new_rows UNION SELECT "toId" FROM new_rows) AS ids;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM oai_touch(ids.id) FROM (SELECT "fromId" AS id FROM old_rows UNION SELECT "toId" FROM old_rows) AS ids;
  ELSE
    PERFORM oai_touch(ids.id) FROM (
      SELECT "fromId" AS id FROM new_rows UNION SELECT "toId" FROM new_rows
      UNION SELECT "fromId" FROM old_rows UNION SELECT "toId" FROM old_rows
    ) AS ids;
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER link_oai_insert AFTER INSERT ON "Link"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION oai_links_changed();
CREATE TRIGGER link_oai_update AFTER UPDATE ON "Link"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION oai_links_changed();
CREATE TRIGGER link_oai_delete AFTER DELETE ON "Link"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION oai_links_changed();

-- Records published before this migration: their last save is the best datestamp there is.
INSERT INTO "OaiItem" ("recordId", "type", "datestamp", "deleted")
SELECT r."id", r."type", r."updatedAt", false FROM "Record" r
WHERE r."state" = 'PUBLISHED' AND r."deletedAt" IS NULL;
