-- Rules the database holds that Prisma's schema language cannot state (partial unique indexes).
-- Migrations create them; `pnpm db:check-drift` applies this file after the schema's own script,
-- so a rule added here without its migration (or the reverse) is reported as drift.

-- One default per target, contact type and service area.
CREATE UNIQUE INDEX "ContactDetail_one_default_per_area_key" ON "ContactDetail" ("targetId", "serviceArea", "contactType") WHERE "isDefault";

-- A suspense payment has at most one proposed match awaiting a decision, and is approved at most once.
CREATE UNIQUE INDEX "SuspenseResolution_one_open_proposal_key" ON "SuspenseResolution" ("transactionId") WHERE "status" = 'Proposed';
CREATE UNIQUE INDEX "SuspenseResolution_one_approval_key" ON "SuspenseResolution" ("transactionId") WHERE "status" = 'Approved';
