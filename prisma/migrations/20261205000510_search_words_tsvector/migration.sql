-- The PostgreSQL search engine keeps each document's words in a tsvector with GIN indexes instead of
-- a hand-made postings table (one row per document word: tables 33x the size of the rows indexed).
-- Weights live on positions, so each word sits at a position of its own weighted by its field:
-- A identifier (10), B name (5), C address (3), D other (1). Contact-detail words stay in rows of
-- their own, so search keeps applying the contact-details visibility rule to them.

-- A tsquery matching any of `words`, each followed by `suffix` (":*" for a prefix, weight labels such
-- as ":AB" or ":*AB"; the engine builds it from fixed parts). Each word is a quoted lexeme, its quotes
-- and backslashes escaped, so no word can change the query's structure.
CREATE FUNCTION search_words_query(words text[], suffix text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT string_agg('''' || replace(replace(w, '\', '\\'), '''', '''''') || '''' || suffix, ' | ')::tsquery
  FROM unnest(words) AS w
$$;

ALTER TABLE "SearchDocument" ADD COLUMN "words" tsvector NOT NULL DEFAULT '';

CREATE TABLE "SearchContactTerm" (
    "indexName" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "documentId" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "contactDetailId" UUID NOT NULL,

    CONSTRAINT "SearchContactTerm_pkey" PRIMARY KEY ("indexName","generation","documentId","term","weight","contactDetailId")
);

-- The indexed documents keep answering across the upgrade: their words move into the new columns.
UPDATE "SearchDocument" d SET words = w.words
FROM (
  SELECT "indexName", generation, "documentId",
    string_agg('''' || replace(replace(left(term, 500), '\', '\\'), '''', '''''') || ''':'
      || least(n, 16383) || CASE weight WHEN 10 THEN 'A' WHEN 5 THEN 'B' WHEN 3 THEN 'C' ELSE 'D' END, ' ')::tsvector AS words
  FROM (
    SELECT t.*, row_number() OVER (PARTITION BY "indexName", generation, "documentId" ORDER BY id) AS n
    FROM "SearchTerm" t WHERE "contactDetailId" IS NULL AND term <> ''
  ) numbered
  GROUP BY "indexName", generation, "documentId"
) w
WHERE d."indexName" = w."indexName" AND d.generation = w.generation AND d.id = w."documentId";

INSERT INTO "SearchContactTerm" ("indexName", generation, "documentId", term, weight, "contactDetailId")
SELECT DISTINCT "indexName", generation, "documentId", term, weight, "contactDetailId"
FROM "SearchTerm" WHERE "contactDetailId" IS NOT NULL;

ALTER TABLE "SearchDocument" ALTER COLUMN "words" DROP DEFAULT;

DROP TABLE "SearchTerm";

-- Only the postings' look-ups of documents used it.
DROP INDEX "SearchDocument_ranking_idx";

CREATE INDEX "SearchContactTerm_indexName_generation_term_idx" ON "SearchContactTerm"("indexName", "generation", "term" text_pattern_ops);

ALTER TABLE "SearchContactTerm" ADD CONSTRAINT "SearchContactTerm_indexName_generation_documentId_fkey" FOREIGN KEY ("indexName", "generation", "documentId") REFERENCES "SearchDocument"("indexName", "generation", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One GIN index per search index, so a query reads the postings of its own index only.
CREATE INDEX "SearchDocument_persons_words_idx" ON "SearchDocument" USING gin (words) WHERE "indexName" = 'persons';
CREATE INDEX "SearchDocument_assets_words_idx" ON "SearchDocument" USING gin (words) WHERE "indexName" = 'assets';
CREATE INDEX "SearchDocument_tenures_words_idx" ON "SearchDocument" USING gin (words) WHERE "indexName" = 'tenures';
CREATE INDEX "SearchDocument_accounts_words_idx" ON "SearchDocument" USING gin (words) WHERE "indexName" = 'accounts';
