-- Rules the database holds that Prisma's schema language cannot state (partial unique indexes),
-- and the functions search's SQL calls.
-- Migrations create them; `pnpm db:check-drift` applies this file after the schema's own script,
-- so a rule added here without its migration (or the reverse) is reported as drift.

-- One default per target, contact type and service area.
CREATE UNIQUE INDEX "ContactDetail_one_default_per_area_key" ON "ContactDetail" ("targetId", "serviceArea", "contactType") WHERE "isDefault";

-- A suspense payment has at most one proposed match awaiting a decision, and is approved at most once.
CREATE UNIQUE INDEX "SuspenseResolution_one_open_proposal_key" ON "SuspenseResolution" ("transactionId") WHERE "status" = 'Proposed';
CREATE UNIQUE INDEX "SuspenseResolution_one_approval_key" ON "SuspenseResolution" ("transactionId") WHERE "status" = 'Approved';

-- A cautionary alert is about exactly one person, tenure or property, and ends no earlier than it starts.
ALTER TABLE "CautionaryAlert" ADD CONSTRAINT "CautionaryAlert_one_target_check"
  CHECK (num_nonnulls("personId", "tenureId", "assetId") = 1);
ALTER TABLE "CautionaryAlert" ADD CONSTRAINT "CautionaryAlert_end_not_before_start_check"
  CHECK ("endDate" IS NULL OR "endDate" >= "startDate");

-- The search vocabulary's version is one row.
ALTER TABLE "SearchVocabularyVersion" ADD CONSTRAINT "SearchVocabularyVersion_one_row_check" CHECK ("id" = 1);

-- Optimal string alignment distance (restricted Damerau-Levenshtein), for search's near spellings:
-- a swap of two adjacent letters is one edit. The migration 20261204190500_search_osa_distance
-- explains it; this is the same function.
CREATE FUNCTION search_osa_distance(a text, b text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  la integer := char_length(a);
  lb integer := char_length(b);
  -- Rows i - 2, i - 1 and i of the distance table; column j is at index j + 1.
  before integer[];
  previous integer[];
  current integer[];
  i integer;
  j integer;
BEGIN
  IF la = 0 THEN RETURN lb; END IF;
  IF lb = 0 THEN RETURN la; END IF;
  previous := ARRAY(SELECT generate_series(0, lb));
  FOR i IN 1..la LOOP
    current := array_fill(0, ARRAY[lb + 1]);
    current[1] := i;
    FOR j IN 1..lb LOOP
      current[j + 1] := least(
        previous[j + 1] + 1,
        current[j] + 1,
        previous[j] + CASE WHEN substr(a, i, 1) = substr(b, j, 1) THEN 0 ELSE 1 END
      );
      IF i > 1 AND j > 1 AND substr(a, i, 1) = substr(b, j - 1, 1) AND substr(a, i - 1, 1) = substr(b, j, 1) THEN
        current[j + 1] := least(current[j + 1], before[j - 1] + 1);
      END IF;
    END LOOP;
    before := previous;
    previous := current;
  END LOOP;
  RETURN previous[lb + 1];
END
$$;

-- The estate → block → dwelling hierarchy: an estate sits in nothing, a block in an estate, anything
-- else (a dwelling, a house, a garage…) in an estate or a block, or in nothing while it is unplaced.
-- apps/api/src/asset/asset-hierarchy.ts holds the same rule for the API's message.
CREATE FUNCTION asset_parent_fits(child "AssetType", parent "AssetType") RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE child
    WHEN 'Estate' THEN false
    WHEN 'Block' THEN parent = 'Estate'
    ELSE parent IN ('Estate', 'Block')
  END
$$;

-- Checked on every write that places an asset or changes its type. FOR SHARE on the parent keeps its
-- type from changing until this write commits; a type change waits for that lock, then sees the child.
CREATE FUNCTION asset_hierarchy_check() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parent_type "AssetType";
BEGIN
  IF NEW."parentId" IS NOT NULL THEN
    SELECT "assetType" INTO parent_type FROM "Asset" WHERE id = NEW."parentId" FOR SHARE;
    IF FOUND AND NOT asset_parent_fits(NEW."assetType", parent_type) THEN
      RAISE EXCEPTION 'An asset of type % cannot sit in one of type %', NEW."assetType", parent_type
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Asset_hierarchy_check', TABLE = 'Asset';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."assetType" <> OLD."assetType" AND EXISTS (
    SELECT 1 FROM "Asset" child WHERE child."parentId" = NEW.id AND NOT asset_parent_fits(child."assetType", NEW."assetType")
  ) THEN
    RAISE EXCEPTION 'An asset of type % cannot hold the assets it holds', NEW."assetType"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Asset_hierarchy_check', TABLE = 'Asset';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Asset_hierarchy_check" BEFORE INSERT OR UPDATE OF "parentId", "assetType" ON "Asset"
  FOR EACH ROW EXECUTE FUNCTION asset_hierarchy_check();

-- Search's tsquery of any of `words`, each followed by `suffix` (":*", ":AB", ":*AB"): quoted lexemes,
-- quotes and backslashes escaped. The migration 20261205000510_search_words_tsvector explains it.
CREATE FUNCTION search_words_query(words text[], suffix text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT string_agg('''' || replace(replace(w, '\', '\\'), '''', '''''') || '''' || suffix, ' | ')::tsquery
  FROM unnest(words) AS w
$$;

-- Search documents partitioned by index, then by generation (the engine adds and drops those): the
-- schema language cannot state it, so the tables Prisma declares are made again partitioned. The
-- migration 20261205011000_search_document_partitions explains it; this is the same table.
ALTER TABLE "SearchContactTerm" DROP CONSTRAINT "SearchContactTerm_indexName_generation_documentId_fkey";
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

-- Contact-detail words partitioned the same way (migration 20261205012000_search_contact_term_partitions).
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
-- Each partition's words refer to the same partition's documents (migration
-- 20261205013000_search_contact_term_partition_keys); the engine adds the key with each generation.
ALTER TABLE "SearchContactTerm_persons_default" ADD CONSTRAINT "SearchContactTerm_persons_default_document_fkey" FOREIGN KEY ("indexName", "generation", "documentId") REFERENCES "SearchDocument_persons_default"("indexName", "generation", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SearchContactTerm_assets_default" ADD CONSTRAINT "SearchContactTerm_assets_default_document_fkey" FOREIGN KEY ("indexName", "generation", "documentId") REFERENCES "SearchDocument_assets_default"("indexName", "generation", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SearchContactTerm_tenures_default" ADD CONSTRAINT "SearchContactTerm_tenures_default_document_fkey" FOREIGN KEY ("indexName", "generation", "documentId") REFERENCES "SearchDocument_tenures_default"("indexName", "generation", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SearchContactTerm_accounts_default" ADD CONSTRAINT "SearchContactTerm_accounts_default_document_fkey" FOREIGN KEY ("indexName", "generation", "documentId") REFERENCES "SearchDocument_accounts_default"("indexName", "generation", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A transaction search looks for each word in the sender, payment reference, bank account and
-- address (a word never holds a space, so never spans two of them). The ledger keeps each text once
-- in "TransactionSearchText" and is indexed on the text's md5: a search finds the texts by trigram,
-- then the rows by md5, instead of reading every row of the ledger.
CREATE FUNCTION transaction_search_text(sender text, reference text, bank_account text, address text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(sender, '') || ' ' || coalesce(reference, '') || ' ' || coalesce(bank_account, '') || ' ' || coalesce(address, '')
$$;

-- Keeps "TransactionSearchText" and "TransactionTextTotal" in step with the ledger, once per
-- statement: the statement's new rows added and its old rows taken away, by text and suspense. Each
-- text is made once (md5 once a text, not once a row: a ledger repeats each text on many rows), and
-- both tables are written in key order, so statements touching the same texts wait for each other
-- in one order, never in a cycle. A total that does not move is left alone, so an update that moves
-- nothing (a stamp, an account filled in) locks no total.
CREATE FUNCTION transaction_texts_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM new_rows n'
    WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM old_rows o'
    ELSE 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 AS sign FROM old_rows o'
  END;
BEGIN
  EXECUTE format($sql$
    WITH moved AS (
      SELECT md5(t.text)::uuid AS id, t.text, t."isSuspense", t."rowCount", t."transactionAmount", t."paidAmount",
        t."chargedAmount"
      FROM (SELECT transaction_search_text(c."senderName", c."paymentReference", c."bankAccountNumber", c.address) AS text,
              c."isSuspense", sum(c.sign) AS "rowCount", sum(c.sign * c."transactionAmount") AS "transactionAmount",
              sum(c.sign * c."paidAmount") AS "paidAmount", sum(c.sign * c."chargedAmount") AS "chargedAmount"
            FROM (%s) c GROUP BY 1, 2) t),
    texts AS (
      INSERT INTO "TransactionSearchText" (id, text)
      SELECT DISTINCT m.id, m.text FROM moved m ORDER BY 1
      ON CONFLICT (id) DO NOTHING)
    INSERT INTO "TransactionTextTotal" AS total
      ("textId", "isSuspense", "rowCount", "transactionAmount", "paidAmount", "chargedAmount")
    SELECT m.id, m."isSuspense", m."rowCount", m."transactionAmount", m."paidAmount", m."chargedAmount" FROM moved m
    WHERE (m."rowCount", m."transactionAmount", m."paidAmount", m."chargedAmount") <> (0, 0, 0, 0)
    ORDER BY 1, 2
    ON CONFLICT ("textId", "isSuspense") DO UPDATE SET
      "rowCount" = total."rowCount" + excluded."rowCount",
      "transactionAmount" = total."transactionAmount" + excluded."transactionAmount",
      "paidAmount" = total."paidAmount" + excluded."paidAmount",
      "chargedAmount" = total."chargedAmount" + excluded."chargedAmount"
  $sql$, changed);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Transaction_texts_insert" AFTER INSERT ON "Transaction"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION transaction_texts_apply();
CREATE TRIGGER "Transaction_texts_update" AFTER UPDATE ON "Transaction"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION transaction_texts_apply();
CREATE TRIGGER "Transaction_texts_delete" AFTER DELETE ON "Transaction"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION transaction_texts_apply();

CREATE INDEX "Transaction_search_text_idx" ON "Transaction"
  ((md5(transaction_search_text("senderName", "paymentReference", "bankAccountNumber", address))::uuid));

