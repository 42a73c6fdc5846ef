-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "sortAmount" DECIMAL(12,2);

