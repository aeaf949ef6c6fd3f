-- Trigram matching for typo-tolerant names (added by hand: the schema cannot declare extensions).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "SearchDocument" (
    "recordId" UUID NOT NULL,
    "type" "RecordType" NOT NULL,
    "originalLocale" "Locale" NOT NULL,
    "year" INTEGER,
    "vector" tsvector NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("recordId")
);

-- CreateTable
CREATE TABLE "SearchName" (
    "id" BIGSERIAL NOT NULL,
    "recordId" UUID NOT NULL,
    "type" "RecordType" NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,
    "skeleton" TEXT NOT NULL,
    "words" tsvector NOT NULL,

    CONSTRAINT "SearchName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchDocument_vector_idx" ON "SearchDocument" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "SearchDocument_type_year_idx" ON "SearchDocument"("type", "year");

-- CreateIndex
CREATE INDEX "SearchName_recordId_idx" ON "SearchName"("recordId");

-- CreateIndex
CREATE INDEX "SearchName_skeleton_idx" ON "SearchName"("skeleton");

-- CreateIndex
CREATE INDEX "SearchName_skeleton_trgm_idx" ON "SearchName" USING GIN ("skeleton" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SearchName_words_idx" ON "SearchName" USING GIN ("words");

-- ---------------------------------------------------------------------------------------------
-- Everything below was added by hand: the search index is kept by the database itself, so every
-- writer (the seed, the editors' forms, scripts) keeps it current and a saved edit is searchable
-- at once. See docs/decisions/007-search.md.
-- ---------------------------------------------------------------------------------------------

-- ё and е are one letter for search: folded in the index and in every query.
CREATE FUNCTION search_fold(input text) RETURNS text AS $$
  SELECT translate(input, 'ёЁ', 'еЕ')
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- A name as lowercase Latin with transliteration and spelling variants folded, so that
-- Колокольцев, Kolokoltsev and Kolokolcev, or Швейкин, Shveikin and Shveykin, meet:
-- Cyrillic is transliterated, then kh→h, ts/tz→c, y/j→i, w→v, x→ks, doubled letters single.
-- After the letter rules only a b c d e f g h i k l m n o p r s t u v z and digits remain.
CREATE FUNCTION search_skeleton(input text) RETURNS text AS $$
DECLARE
  -- Names are short; a long input is cut first so that the work stays small.
  s text := lower(left(coalesce(input, ''), 300));
  letter text;
BEGIN
  s := translate(s, 'ёáàâäãåāçčćéèêëēěíìîïīñńňóòôöõøōřšśşúùûüūůýÿžźżłğı',
                    'еaaaaaaaccceeeeeeiiiiinnnooooooorsssuuuuuuyyzzzlgi');
  s := replace(s, 'ж', 'zh');
  s := replace(s, 'ч', 'ch');
  s := replace(s, 'ш', 'sh');
  s := replace(s, 'щ', 'sh');
  s := replace(s, 'ю', 'iu');
  s := replace(s, 'я', 'ia');
  s := replace(s, 'х', 'h');
  s := replace(s, 'ц', 'c');
  s := translate(s, 'абвгдезийклмнопрстуфыэъь', 'abvgdeziiklmnoprstufie');
  s := replace(s, 'kh', 'h');
  s := replace(s, 'tz', 'c');
  s := replace(s, 'ts', 'c');
  s := replace(s, 'ph', 'f');
  s := replace(s, 'ck', 'k');
  s := replace(s, 'x', 'ks');
  s := translate(s, 'yjwq', 'iivk');
  s := regexp_replace(s, '[^a-z0-9]+', ' ', 'g');
  -- Doubled letters once (Kolokoltsev, Kolokolltsev); no back-reference: those are slow in
  -- PostgreSQL's regular expressions on long runs.
  FOREACH letter IN ARRAY regexp_split_to_array('abcdefghiklmnoprstuvz', '') LOOP
    IF position(letter || letter IN s) > 0 THEN
      s := regexp_replace(s, letter || '+', letter, 'g');
    END IF;
  END LOOP;
  RETURN btrim(s);
END
$$ LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE;

-- What a reader's query means: its words stemmed as Russian, as English and as written (aliases
-- such as "US" are English stop words), any of the three. websearch_to_tsquery never raises on
-- malformed input ("quoted phrases", -exclusions and OR are its syntax).
CREATE FUNCTION search_query(input text) RETURNS tsquery AS $$
  SELECT websearch_to_tsquery('russian', f) || websearch_to_tsquery('english', f) || websearch_to_tsquery('simple', f)
  FROM (SELECT search_fold(coalesce(input, '')) AS f) AS folded
$$ LANGUAGE sql STABLE PARALLEL SAFE;

-- Rebuilds (or removes) one record's rows in the search tables. Only published, not deleted
-- records are indexed. Weights: A names, short names and aliases; B descriptions and quotes;
-- C everything else.
CREATE FUNCTION search_refresh(target uuid) RETURNS void AS $$
DECLARE
  rec RECORD;
  item RECORD;
  doc tsvector := ''::tsvector;
BEGIN
  DELETE FROM "SearchName" WHERE "recordId" = target;
  SELECT r."type", r."originalLocale", EXTRACT(YEAR FROM r."date")::int AS year INTO rec
  FROM "Record" r
  WHERE r."id" = target AND r."state" = 'PUBLISHED' AND r."deletedAt" IS NULL;
  IF NOT FOUND THEN
    DELETE FROM "SearchDocument" WHERE "recordId" = target;
    RETURN;
  END IF;

  FOR item IN
    SELECT t."field", t."locale", search_fold(t."text") AS body FROM "RecordText" t WHERE t."recordId" = target
    ORDER BY t."field", t."locale"
  LOOP
    IF item."field" IN ('name', 'shortName') THEN
      doc := doc || setweight(to_tsvector(CASE WHEN item."locale" = 'ru' THEN 'russian' ELSE 'english' END::regconfig, item.body), 'A')
                 || setweight(to_tsvector('simple', item.body), 'A');
    ELSE
      doc := doc || setweight(to_tsvector(CASE WHEN item."locale" = 'ru' THEN 'russian' ELSE 'english' END::regconfig, item.body),
                              CASE WHEN item."field" IN ('description', 'quote') THEN 'B' ELSE 'C' END::"char");
    END IF;
  END LOOP;
  FOR item IN SELECT a."locale", search_fold(a."text") AS body FROM "Alias" a WHERE a."recordId" = target ORDER BY a."text" LOOP
    doc := doc || setweight(to_tsvector(CASE WHEN item."locale" = 'ru' THEN 'russian' ELSE 'english' END::regconfig, item.body), 'A')
               || setweight(to_tsvector('simple', item.body), 'A');
  END LOOP;

  INSERT INTO "SearchDocument" ("recordId", "type", "originalLocale", "year", "vector")
  VALUES (target, rec."type", rec."originalLocale", rec.year, doc)
  ON CONFLICT ("recordId") DO UPDATE
    SET "type" = EXCLUDED."type", "originalLocale" = EXCLUDED."originalLocale", "year" = EXCLUDED."year", "vector" = EXCLUDED."vector";

  -- Statement headlines and document titles are sentences, not names: they stay out of the
  -- name table (full-text search finds them).
  IF rec."type" NOT IN ('STATEMENT', 'SOURCE') THEN
    INSERT INTO "SearchName" ("recordId", "type", "locale", "text", "skeleton", "words")
    SELECT target, rec."type", n."locale", n."text", search_skeleton(n."text"),
           to_tsvector('simple', search_fold(n."text")) || to_tsvector('simple', search_skeleton(n."text"))
    FROM (
      SELECT t."locale", t."text" FROM "RecordText" t WHERE t."recordId" = target AND t."field" IN ('name', 'shortName')
      UNION
      SELECT a."locale", a."text" FROM "Alias" a WHERE a."recordId" = target
    ) AS n;
  END IF;
END
$$ LANGUAGE plpgsql;

-- Texts and aliases: once per statement for each record it touched (the seed and bulk loads
-- insert many rows per record in one statement).
CREATE FUNCTION search_refresh_new_rows() RETURNS trigger AS $$
BEGIN
  PERFORM search_refresh(ids."recordId") FROM (SELECT DISTINCT "recordId" FROM new_rows) AS ids;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION search_refresh_old_rows() RETURNS trigger AS $$
BEGIN
  PERFORM search_refresh(ids."recordId") FROM (SELECT DISTINCT "recordId" FROM old_rows) AS ids;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION search_refresh_changed_rows() RETURNS trigger AS $$
BEGIN
  PERFORM search_refresh(ids."recordId")
  FROM (SELECT "recordId" FROM new_rows UNION SELECT "recordId" FROM old_rows) AS ids;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_text_search_insert AFTER INSERT ON "RecordText"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_new_rows();
CREATE TRIGGER record_text_search_update AFTER UPDATE ON "RecordText"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_changed_rows();
CREATE TRIGGER record_text_search_delete AFTER DELETE ON "RecordText"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_old_rows();

CREATE TRIGGER alias_search_insert AFTER INSERT ON "Alias"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_new_rows();
CREATE TRIGGER alias_search_update AFTER UPDATE ON "Alias"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_changed_rows();
CREATE TRIGGER alias_search_delete AFTER DELETE ON "Alias"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_refresh_old_rows();

-- Records: publishing, unpublishing, deleting and re-dating change what is found and its facets.
CREATE FUNCTION search_refresh_record() RETURNS trigger AS $$
BEGIN
  PERFORM search_refresh(CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END);
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_search_insert AFTER INSERT ON "Record"
FOR EACH ROW EXECUTE FUNCTION search_refresh_record();
CREATE TRIGGER record_search_update AFTER UPDATE ON "Record"
FOR EACH ROW WHEN (
  OLD."state" IS DISTINCT FROM NEW."state" OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt"
  OR OLD."date" IS DISTINCT FROM NEW."date" OR OLD."originalLocale" IS DISTINCT FROM NEW."originalLocale"
  OR OLD."type" IS DISTINCT FROM NEW."type"
) EXECUTE FUNCTION search_refresh_record();
CREATE TRIGGER record_search_delete AFTER DELETE ON "Record"
FOR EACH ROW EXECUTE FUNCTION search_refresh_record();

-- Records that existed before this migration.
SELECT search_refresh(r."id") FROM "Record" r;
