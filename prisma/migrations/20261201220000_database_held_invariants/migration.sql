-- Before the database held the rule, two parallel "make default" requests could leave two defaults
-- in one area; keep the most recently changed one so that the unique index below can be built.
UPDATE "ContactDetail" AS c
SET "isDefault" = false, "version" = c."version" + 1
WHERE c."isDefault" AND EXISTS (
  SELECT 1 FROM "ContactDetail" AS d
  WHERE d."isDefault" AND d."targetId" = c."targetId" AND d."serviceArea" = c."serviceArea"
    AND d."contactType" = c."contactType" AND (d."modifiedAt", d."id") > (c."modifiedAt", c."id")
);

-- One default per target, contact type and service area.
CREATE UNIQUE INDEX "ContactDetail_one_default_per_area_key" ON "ContactDetail" ("targetId", "serviceArea", "contactType") WHERE "isDefault";

-- A suspense payment has at most one proposed match awaiting a decision, and is approved at most once.
CREATE UNIQUE INDEX "SuspenseResolution_one_open_proposal_key" ON "SuspenseResolution" ("transactionId") WHERE "status" = 'Proposed';
CREATE UNIQUE INDEX "SuspenseResolution_one_approval_key" ON "SuspenseResolution" ("transactionId") WHERE "status" = 'Approved';
