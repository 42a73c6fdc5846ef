-- Transaction search finds its words through each distinct text of the ledger instead of reading
-- every row (see prisma/database-rules.sql, which holds the same function, trigger and index).
-- The payment reference's own index served no query: searches read references through these texts.
-- DropIndex
DROP INDEX "Transaction_paymentReference_idx";

-- CreateTable
CREATE TABLE "TransactionSearchText" (
    "id" UUID NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "TransactionSearchText_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TransactionSearchText_text_idx" ON "TransactionSearchText" USING GIN ("text" gin_trgm_ops);


-- A transaction search looks for each word in the sender, payment reference, bank account and
-- address (a word never holds a space, so never spans two of them). The ledger keeps each text once
-- in "TransactionSearchText" and is indexed on the text's md5: a search finds the texts by trigram,
-- then the rows by md5, instead of reading every row of the ledger.
CREATE FUNCTION transaction_search_text(sender text, reference text, bank_account text, address text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(sender, '') || ' ' || coalesce(reference, '') || ' ' || coalesce(bank_account, '') || ' ' || coalesce(address, '')
$$;

-- Adds the texts of a statement's new or changed rows, once per statement, in key order (two
-- statements adding the same new texts wait for each other in one order, never in a cycle).
CREATE FUNCTION transaction_search_texts_add() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- md5 once a text, not once a row: a ledger repeats each text on many rows.
  INSERT INTO "TransactionSearchText" (id, text)
  SELECT md5(t.text)::uuid, t.text
  FROM (SELECT DISTINCT transaction_search_text(n."senderName", n."paymentReference", n."bankAccountNumber", n.address) AS text
        FROM changed_rows n) t
  ORDER BY 1
  ON CONFLICT (id) DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Transaction_search_texts_insert" AFTER INSERT ON "Transaction"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION transaction_search_texts_add();
CREATE TRIGGER "Transaction_search_texts_update" AFTER UPDATE ON "Transaction"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION transaction_search_texts_add();

CREATE INDEX "Transaction_search_text_idx" ON "Transaction"
  ((md5(transaction_search_text("senderName", "paymentReference", "bankAccountNumber", address))::uuid));

-- The texts of the rows already there.
INSERT INTO "TransactionSearchText" (id, text)
SELECT md5(t.text)::uuid, t.text
FROM (SELECT DISTINCT transaction_search_text("senderName", "paymentReference", "bankAccountNumber", address) AS text FROM "Transaction") t;

-- Statistics on the new index's expression, so the planner sees how few rows a text has.
ANALYZE "Transaction";
