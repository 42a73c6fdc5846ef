-- AlterTable
ALTER TABLE "Charge" ADD COLUMN     "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

UPDATE "Charge" SET "modifiedAt" = "createdAt";
