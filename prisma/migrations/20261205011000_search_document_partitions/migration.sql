-- Search documents partitioned by index, and each index by generation: a rebuild fills a partition
-- of its own and the generation it replaces is dropped whole, returning its space at once (deleted
-- rows left the table about twice the size of one generation) and with no rows to delete.
-- Each index's partitions have their own GIN index on words, so a query reads its own index's
-- postings only. Generations live-written before any rebuild (the first) sit in the default
-- partition. The engine creates and drops the generation partitions (postgres-search.repository.ts).
ALTER TABLE "SearchContactTerm" DROP CONSTRAINT "SearchContactTerm_indexName_generation_documentId_fkey";
-- The documents wait in a temporary table, so that the new table's constraints take the old names.
CREATE TEMPORARY TABLE "SearchDocument_moving" AS SELECT * FROM "SearchDocument";
DROP TABLE "SearchDocument";

CREATE TABLE "SearchDocument" (
    "indexName" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "id" UUID NOT NULL,
    "document" JSONB NOT NULL,
    "words" tsvector NOT NULL,
    "sortText" TEXT NOT NULL DEFAULT '',
    "sortNumber" INTEGER,
    "sortSubNumber" INTEGER,
    "sortDate" DATE,
    "sortAmount" DECIMAL(12,2),
    "types" TEXT[],
    "isActive" BOOLEAN,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("indexName","generation","id")
) PARTITION BY LIST ("indexName");
CREATE INDEX "SearchDocument_words_idx" ON "SearchDocument" USING gin (words);
CREATE TABLE "SearchDocument_persons" PARTITION OF "SearchDocument" FOR VALUES IN ('persons') PARTITION BY LIST (generation);
CREATE TABLE "SearchDocument_persons_default" PARTITION OF "SearchDocument_persons" DEFAULT;
CREATE TABLE "SearchDocument_assets" PARTITION OF "SearchDocument" FOR VALUES IN ('assets') PARTITION BY LIST (generation);
CREATE TABLE "SearchDocument_assets_default" PARTITION OF "SearchDocument_assets" DEFAULT;
CREATE TABLE "SearchDocument_tenures" PARTITION OF "SearchDocument" FOR VALUES IN ('tenures') PARTITION BY LIST (generation);
CREATE TABLE "SearchDocument_tenures_default" PARTITION OF "SearchDocument_tenures" DEFAULT;
CREATE TABLE "SearchDocument_accounts" PARTITION OF "SearchDocument" FOR VALUES IN ('accounts') PARTITION BY LIST (generation);
CREATE TABLE "SearchDocument_accounts_default" PARTITION OF "SearchDocument_accounts" DEFAULT;

-- Generations already rebuilt get partitions of their own, so the next rebuild drops them whole.
DO $$
DECLARE
  g record;
BEGIN
  FOR g IN SELECT DISTINCT "indexName", generation FROM "SearchDocument_moving"
    WHERE generation > 1 AND "indexName" IN ('persons', 'assets', 'tenures', 'accounts') LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%s)',
      'SearchDocument_' || g."indexName" || '_g' || g.generation, 'SearchDocument_' || g."indexName", g.generation);
  END LOOP;
END $$;

INSERT INTO "SearchDocument" ("indexName", generation, id, document, words, "sortText", "sortNumber", "sortSubNumber", "sortDate", "sortAmount", types, "isActive", "updatedAt")
SELECT "indexName", generation, id, document, words, "sortText", "sortNumber", "sortSubNumber", "sortDate", "sortAmount", types, "isActive", "updatedAt"
FROM "SearchDocument_moving" WHERE "indexName" IN ('persons', 'assets', 'tenures', 'accounts');
DELETE FROM "SearchContactTerm" c WHERE NOT EXISTS (
  SELECT 1 FROM "SearchDocument" d WHERE d."indexName" = c."indexName" AND d.generation = c.generation AND d.id = c."documentId");
DROP TABLE "SearchDocument_moving";

ALTER TABLE "SearchContactTerm" ADD CONSTRAINT "SearchContactTerm_indexName_generation_documentId_fkey" FOREIGN KEY ("indexName", "generation", "documentId") REFERENCES "SearchDocument"("indexName", "generation", "id") ON DELETE CASCADE ON UPDATE CASCADE;
