-- A transaction search's total and amounts for words alone add up the texts holding them (see
-- prisma/database-rules.sql, which holds the same function and triggers).
-- CreateTable
CREATE TABLE "TransactionTextTotal" (
    "textId" UUID NOT NULL,
    "isSuspense" BOOLEAN NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "transactionAmount" DECIMAL(20,2) NOT NULL,
    "paidAmount" DECIMAL(20,2) NOT NULL,
    "chargedAmount" DECIMAL(20,2) NOT NULL,

    CONSTRAINT "TransactionTextTotal_pkey" PRIMARY KEY ("textId","isSuspense")
);

-- One trigger function now keeps both the texts and their totals (it replaces transaction_search_texts_add).
DROP TRIGGER "Transaction_search_texts_insert" ON "Transaction";
DROP TRIGGER "Transaction_search_texts_update" ON "Transaction";
DROP FUNCTION transaction_search_texts_add();

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

-- The totals of the rows already there: the triggers above, made first in this transaction, hold
-- the ledger's writers back until it commits.
INSERT INTO "TransactionTextTotal" ("textId", "isSuspense", "rowCount", "transactionAmount", "paidAmount", "chargedAmount")
SELECT md5(transaction_search_text("senderName", "paymentReference", "bankAccountNumber", address))::uuid, "isSuspense",
  count(*), sum("transactionAmount"), sum("paidAmount"), sum("chargedAmount")
FROM "Transaction" GROUP BY 1, 2;
