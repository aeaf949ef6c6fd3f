-- AlterTable
ALTER TABLE "Record" ADD COLUMN     "sortNameEn" VARCHAR(500),
ADD COLUMN     "sortNameRu" VARCHAR(500);

-- CreateTable
CREATE TABLE "DatabaseInstance" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatabaseInstance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Record_type_state_sortNameEn_idx" ON "Record"("type", "state", "sortNameEn");

-- CreateIndex
CREATE INDEX "Record_type_state_sortNameRu_idx" ON "Record"("type", "state", "sortNameRu");

-- This database's identity (see model DatabaseInstance).
INSERT INTO "DatabaseInstance" ("id") VALUES (gen_random_uuid());

-- Sort names follow the "name" texts: each language's own, else the other language's.
CREATE FUNCTION record_sort_names_refresh() RETURNS trigger AS $$
DECLARE
  target uuid := COALESCE(NEW."recordId", OLD."recordId");
BEGIN
  IF COALESCE(NEW."field", OLD."field") <> 'name' THEN
    RETURN NULL;
  END IF;
  UPDATE "Record" r SET
    "sortNameEn" = LEFT(COALESCE(
      (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = target AND t."field" = 'name' AND t."locale" = 'en'),
      (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = target AND t."field" = 'name' AND t."locale" = 'ru')), 500),
    "sortNameRu" = LEFT(COALESCE(
      (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = target AND t."field" = 'name' AND t."locale" = 'ru'),
      (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = target AND t."field" = 'name' AND t."locale" = 'en')), 500)
  WHERE r."id" = target;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_text_sort_names
AFTER INSERT OR UPDATE OR DELETE ON "RecordText"
FOR EACH ROW EXECUTE FUNCTION record_sort_names_refresh();

-- Records that existed before this migration.
UPDATE "Record" r SET
  "sortNameEn" = LEFT(COALESCE(
    (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = r."id" AND t."field" = 'name' AND t."locale" = 'en'),
    (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = r."id" AND t."field" = 'name' AND t."locale" = 'ru')), 500),
  "sortNameRu" = LEFT(COALESCE(
    (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = r."id" AND t."field" = 'name' AND t."locale" = 'ru'),
    (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = r."id" AND t."field" = 'name' AND t."locale" = 'en')), 500);
