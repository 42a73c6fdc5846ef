-- Whether an alert is current is worked out from its dates and today: the stored isActive flag went
-- stale as the days passed. An alert marked inactive without an end date ends on the day of this
-- migration; an end date before the start date becomes the start date (the CHECK below refuses it).
UPDATE "CautionaryAlert" SET "endDate" = GREATEST("startDate", CURRENT_DATE) WHERE NOT "isActive" AND "endDate" IS NULL;
UPDATE "CautionaryAlert" SET "endDate" = "startDate" WHERE "endDate" < "startDate";
-- The council's code for "no lone visits" is CV.
UPDATE "CautionaryAlert" SET "alertCode" = 'CV' WHERE "alertCode" = 'LOA';

-- AlterTable
ALTER TABLE "CautionaryAlert" DROP COLUMN "isActive",
ADD COLUMN     "endReason" TEXT,
ADD COLUMN     "endedBy" JSONB,
ADD COLUMN     "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "modifiedBy" JSONB,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

UPDATE "CautionaryAlert" SET "modifiedAt" = "createdAt", "modifiedBy" = "createdBy";

-- An alert is about exactly one person, tenure or property, and ends no earlier than it starts.
ALTER TABLE "CautionaryAlert" ADD CONSTRAINT "CautionaryAlert_one_target_check"
  CHECK (num_nonnulls("personId", "tenureId", "assetId") = 1);
ALTER TABLE "CautionaryAlert" ADD CONSTRAINT "CautionaryAlert_end_not_before_start_check"
  CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
