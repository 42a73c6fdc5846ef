-- Contact-detail words partitioned like the documents they belong to, by index and then generation,
-- so that a rebuild drops the words of the generation it replaces with it, whole.
CREATE TEMPORARY TABLE "SearchContactTerm_moving" AS SELECT * FROM "SearchContactTerm";
DROP TABLE "SearchContactTerm";

CREATE TABLE "SearchContactTerm" (
    "indexName" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "documentId" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "contactDetailId" UUID NOT NULL,

    CONSTRAINT "SearchContactTerm_pkey" PRIMARY KEY ("indexName","generation","documentId","term","weight","contactDetailId")
) PARTITION BY LIST ("indexName");
CREATE INDEX "SearchContactTerm_indexName_generation_term_idx" ON "SearchContactTerm"("indexName", "generation", "term" text_pattern_ops);
CREATE TABLE "SearchContactTerm_persons" PARTITION OF "SearchContactTerm" FOR VALUES IN ('persons') PARTITION BY LIST (generation);
CREATE TABLE "SearchContactTerm_persons_default" PARTITION OF "SearchContactTerm_persons" DEFAULT;
CREATE TABLE "SearchContactTerm_assets" PARTITION OF "SearchContactTerm" FOR VALUES IN ('assets') PARTITION BY LIST (generation);
CREATE TABLE "SearchContactTerm_assets_default" PARTITION OF "SearchContactTerm_assets" DEFAULT;
CREATE TABLE "SearchContactTerm_tenures" PARTITION OF "SearchContactTerm" FOR VALUES IN ('tenures') PARTITION BY LIST (generation);
CREATE TABLE "SearchContactTerm_tenures_default" PARTITION OF "SearchContactTerm_tenures" DEFAULT;
CREATE TABLE "SearchContactTerm_accounts" PARTITION OF "SearchContactTerm" FOR VALUES IN ('accounts') PARTITION BY LIST (generation);
CREATE TABLE "SearchContactTerm_accounts_default" PARTITION OF "SearchContactTerm_accounts" DEFAULT;

-- A partition for each generation whose documents have one.
DO $$
DECLARE
  g record;
BEGIN
  FOR g IN SELECT DISTINCT "indexName", generation FROM "SearchDocument" WHERE generation > 1 LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%s)',
      'SearchContactTerm_' || g."indexName" || '_g' || g.generation, 'SearchContactTerm_' || g."indexName", g.generation);
  END LOOP;
END $$;

INSERT INTO "SearchContactTerm" ("indexName", generation, "documentId", term, weight, "contactDetailId")
SELECT "indexName", generation, "documentId", term, weight, "contactDetailId" FROM "SearchContactTerm_moving";
DROP TABLE "SearchContactTerm_moving";

ALTER TABLE "SearchContactTerm" ADD CONSTRAINT "SearchContactTerm_indexName_generation_documentId_fkey" FOREIGN KEY ("indexName", "generation", "documentId") REFERENCES "SearchDocument"("indexName", "generation", "id") ON DELETE CASCADE ON UPDATE CASCADE;
