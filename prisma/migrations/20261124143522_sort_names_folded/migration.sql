-- Sort names compare as a reader expects: case-insensitive, ё with е (Сербия before США).
CREATE OR REPLACE FUNCTION record_sort_key(value text) RETURNS text AS $$
  SELECT LEFT(replace(lower(value), 'ё', 'е'), 500)
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION record_sort_names_refresh() RETURNS trigger AS $$
DECLARE
  target uuid := COALESCE(NEW."recordId", OLD."recordId");
BEGIN
  IF COALESCE(NEW."field", OLD."field") <> 'name' THEN
    RETURN NULL;
  END IF;
  UPDATE "Record" r SET
    "sortNameEn" = record_sort_key(COALESCE(
      (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = target AND t."field" = 'name' AND t."locale" = 'en'),
      (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = target AND t."field" = 'name' AND t."locale" = 'ru'))),
    "sortNameRu" = record_sort_key(COALESCE(
      (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = target AND t."field" = 'name' AND t."locale" = 'ru'),
      (SELECT t."text" FROM "RecordText" t WHERE t."recordId" = target AND t."field" = 'name' AND t."locale" = 'en')))
  WHERE r."id" = target;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

UPDATE "Record" SET "sortNameEn" = record_sort_key("sortNameEn"), "sortNameRu" = record_sort_key("sortNameRu");
