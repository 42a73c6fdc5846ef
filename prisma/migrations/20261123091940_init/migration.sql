-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "fuzzystrmatch";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "Title" AS ENUM ('Dr', 'Master', 'Miss', 'Mr', 'Mrs', 'Ms', 'Mx', 'Other', 'Rabbi', 'Reverend');

-- CreateEnum
CREATE TYPE "PersonType" AS ENUM ('Tenant', 'HouseholdMember', 'Leaseholder', 'Freeholder', 'Occupant', 'HousingOfficer', 'HousingAreaManager');

-- CreateEnum
CREATE TYPE "IdentificationType" AS ENUM ('NationalInsurance', 'Passport', 'DrivingLicence', 'BirthCertificate', 'BiometricResidencePermit', 'EuSettledStatus', 'Other');

-- CreateEnum
CREATE TYPE "ContactMethod" AS ENUM ('phone', 'email', 'post');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('Council', 'HousingAssociation', 'Solicitor', 'Charity', 'Company', 'Other');

-- CreateEnum
CREATE TYPE "ContactTargetType" AS ENUM ('person', 'organisation', 'tenure');

-- CreateEnum
CREATE TYPE "ContactType" AS ENUM ('phone', 'email', 'address');

-- CreateEnum
CREATE TYPE "ContactSubType" AS ENUM ('correspondenceAddress', 'forwardingAddress', 'mobile', 'home', 'work', 'landline', 'mainNumber', 'emergencyContact', 'carer', 'wife', 'husband', 'spouse', 'child', 'sibling', 'relative', 'neighbour', 'doctor', 'socialWorker', 'other');

-- CreateEnum
CREATE TYPE "AssetType" AS ENUM ('Estate', 'Block', 'Dwelling', 'House', 'LettableNonDwelling', 'Garage', 'CommunityHall', 'Concierge', 'TravellerSite');

-- CreateEnum
CREATE TYPE "TenureKind" AS ENUM ('Tenancy', 'Leasehold', 'Freehold', 'Licence', 'Other');

-- CreateEnum
CREATE TYPE "PersonTenureType" AS ENUM ('Tenant', 'Leaseholder', 'Freeholder', 'HouseholdMember', 'Occupant');

-- CreateEnum
CREATE TYPE "RentAccountStatus" AS ENUM ('Active', 'Suspended', 'Ended');

-- CreateEnum
CREATE TYPE "ChargeType" AS ENUM ('DwellingRent', 'NonDwellingRent', 'ServiceCharge', 'RentalServiceCharge');

-- CreateEnum
CREATE TYPE "TransactionType" AS ENUM ('Payment', 'Charge', 'Refund', 'Adjustment', 'HousingBenefit');

-- CreateEnum
CREATE TYPE "SuspenseResolutionStatus" AS ENUM ('Proposed', 'Approved', 'Rejected');

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "personRef" INTEGER NOT NULL,
    "title" "Title",
    "preferredTitle" "Title",
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "surname" TEXT NOT NULL,
    "preferredFirstName" TEXT,
    "preferredMiddleName" TEXT,
    "preferredSurname" TEXT,
    "placeOfBirth" TEXT,
    "dateOfBirth" DATE,
    "dateOfDeath" DATE,
    "personTypes" "PersonType"[],
    "reason" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,
    "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedBy" JSONB NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "name" TEXT NOT NULL,
    "lastValue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReferenceCounter_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "PersonLink" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "system" TEXT NOT NULL,
    "rel" TEXT NOT NULL,
    "href" TEXT,
    "externalId" TEXT,

    CONSTRAINT "PersonLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonEqualityData" (
    "personId" UUID NOT NULL,
    "gender" TEXT,
    "nationality" TEXT,
    "ethnicity" TEXT,
    "languages" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedBy" JSONB NOT NULL,

    CONSTRAINT "PersonEqualityData_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "PersonIdentification" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "identificationType" "IdentificationType" NOT NULL,
    "value" TEXT NOT NULL,
    "isOriginalDocumentSeen" BOOLEAN NOT NULL DEFAULT false,
    "linkToDocument" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,

    CONSTRAINT "PersonIdentification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonServiceAreaData" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "serviceArea" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,
    "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedBy" JSONB NOT NULL,

    CONSTRAINT "PersonServiceAreaData_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SensitiveDataAudit" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "dataset" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actor" JSONB NOT NULL,
    "correlationId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SensitiveDataAudit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonContactPreference" (
    "personId" UUID NOT NULL,
    "serviceArea" TEXT NOT NULL,
    "method" "ContactMethod" NOT NULL,
    "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedBy" JSONB NOT NULL,

    CONSTRAINT "PersonContactPreference_pkey" PRIMARY KEY ("personId","serviceArea")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "organisationType" "OrganisationType" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,
    "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedBy" JSONB NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CautionaryAlert" (
    "id" UUID NOT NULL,
    "personId" UUID,
    "tenureId" UUID,
    "assetId" UUID,
    "alertCode" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "reason" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,

    CONSTRAINT "CautionaryAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactDetail" (
    "id" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "targetType" "ContactTargetType" NOT NULL,
    "contactType" "ContactType" NOT NULL,
    "subType" "ContactSubType" NOT NULL,
    "value" TEXT NOT NULL,
    "description" TEXT,
    "addressLine1" TEXT,
    "addressLine2" TEXT,
    "addressLine3" TEXT,
    "addressLine4" TEXT,
    "postCode" TEXT,
    "uprn" TEXT,
    "isOverseasAddress" BOOLEAN NOT NULL DEFAULT false,
    "overseasAddress" TEXT,
    "country" TEXT,
    "serviceArea" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "validUntil" DATE,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "endedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,
    "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedBy" JSONB NOT NULL,

    CONSTRAINT "ContactDetail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactConsent" (
    "id" UUID NOT NULL,
    "contactDetailId" UUID NOT NULL,
    "grantedToArea" TEXT NOT NULL,
    "consentedBy" TEXT NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "grantedBy" JSONB NOT NULL,
    "validUntil" DATE,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedBy" JSONB,

    CONSTRAINT "ContactConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Asset" (
    "id" UUID NOT NULL,
    "propertyReference" TEXT NOT NULL,
    "assetType" "AssetType" NOT NULL,
    "name" TEXT,
    "parentId" UUID,
    "uprn" TEXT,
    "postPreamble" TEXT,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "addressLine3" TEXT,
    "addressLine4" TEXT,
    "postCode" TEXT,
    "bedrooms" INTEGER,
    "livingRooms" INTEGER,
    "floorNumber" INTEGER,
    "totalBlockFloors" INTEGER,
    "yearConstructed" INTEGER,
    "isVoid" BOOLEAN NOT NULL DEFAULT false,
    "isLettable" BOOLEAN NOT NULL DEFAULT true,
    "isNewBuild" BOOLEAN NOT NULL DEFAULT false,
    "isRightToBuy" BOOLEAN NOT NULL DEFAULT false,
    "rentGroup" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,
    "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedBy" JSONB NOT NULL,

    CONSTRAINT "Asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenureType" (
    "code" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" "TenureKind" NOT NULL,

    CONSTRAINT "TenureType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Tenure" (
    "id" UUID NOT NULL,
    "paymentReference" TEXT NOT NULL,
    "tenureTypeCode" TEXT NOT NULL,
    "assetId" UUID NOT NULL,
    "startOfTenureDate" DATE NOT NULL,
    "endOfTenureDate" DATE,
    "isTerminated" BOOLEAN NOT NULL DEFAULT false,
    "terminationReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,
    "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedBy" JSONB NOT NULL,

    CONSTRAINT "Tenure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdMember" (
    "tenureId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "isResponsible" BOOLEAN NOT NULL,
    "personTenureType" "PersonTenureType" NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HouseholdMember_pkey" PRIMARY KEY ("tenureId","personId")
);

-- CreateTable
CREATE TABLE "RentAccount" (
    "id" UUID NOT NULL,
    "tenureId" UUID NOT NULL,
    "rentAccountNumber" TEXT NOT NULL,
    "balance" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "status" "RentAccountStatus" NOT NULL DEFAULT 'Active',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,
    "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedBy" JSONB NOT NULL,

    CONSTRAINT "RentAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Charge" (
    "id" UUID NOT NULL,
    "rentAccountId" UUID NOT NULL,
    "chargeType" "ChargeType" NOT NULL,
    "chargeCode" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "weeklyAmount" DECIMAL(12,2) NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,

    CONSTRAINT "Charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Transaction" (
    "id" UUID NOT NULL,
    "rentAccountId" UUID,
    "isSuspense" BOOLEAN NOT NULL DEFAULT false,
    "transactionType" "TransactionType" NOT NULL,
    "transactionSource" TEXT NOT NULL,
    "transactionDate" DATE NOT NULL,
    "transactionAmount" DECIMAL(12,2) NOT NULL,
    "paidAmount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "chargedAmount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "housingBenefitAmount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "balanceAmount" DECIMAL(12,2),
    "periodNo" INTEGER NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "financialMonth" INTEGER NOT NULL,
    "paymentReference" TEXT NOT NULL,
    "bankAccountNumber" TEXT,
    "sortCode" TEXT,
    "senderName" TEXT,
    "address" TEXT,
    "fund" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" JSONB NOT NULL,
    "modifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedBy" JSONB NOT NULL,

    CONSTRAINT "Transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuspenseResolution" (
    "id" UUID NOT NULL,
    "transactionId" UUID NOT NULL,
    "proposedRentAccountId" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "status" "SuspenseResolutionStatus" NOT NULL DEFAULT 'Proposed',
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "proposedBy" JSONB NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedBy" JSONB,
    "decisionNote" TEXT,

    CONSTRAINT "SuspenseResolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainEvent" (
    "id" UUID NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "eventType" TEXT NOT NULL,
    "sourceDomain" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "entityVersion" INTEGER,
    "user" JSONB NOT NULL,
    "correlationId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "oldData" JSONB,
    "newData" JSONB,

    CONSTRAINT "DomainEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxCheckpoint" (
    "consumer" TEXT NOT NULL,
    "lastSequence" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxCheckpoint_pkey" PRIMARY KEY ("consumer")
);

-- CreateTable
CREATE TABLE "OutboxDeadLetter" (
    "id" UUID NOT NULL,
    "consumer" TEXT NOT NULL,
    "eventId" UUID NOT NULL,
    "sequence" BIGINT NOT NULL,
    "error" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "parkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxDeadLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_personRef_key" ON "Person"("personRef");

-- CreateIndex
CREATE INDEX "Person_surname_firstName_idx" ON "Person"("surname", "firstName");

-- CreateIndex
CREATE INDEX "Person_dateOfBirth_idx" ON "Person"("dateOfBirth");

-- CreateIndex
CREATE INDEX "PersonLink_personId_idx" ON "PersonLink"("personId");

-- CreateIndex
CREATE INDEX "PersonIdentification_personId_idx" ON "PersonIdentification"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonServiceAreaData_personId_serviceArea_key" ON "PersonServiceAreaData"("personId", "serviceArea");

-- CreateIndex
CREATE INDEX "SensitiveDataAudit_personId_occurredAt_idx" ON "SensitiveDataAudit"("personId", "occurredAt");

-- CreateIndex
CREATE INDEX "Organisation_name_idx" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "CautionaryAlert_personId_idx" ON "CautionaryAlert"("personId");

-- CreateIndex
CREATE INDEX "CautionaryAlert_tenureId_idx" ON "CautionaryAlert"("tenureId");

-- CreateIndex
CREATE INDEX "CautionaryAlert_assetId_idx" ON "CautionaryAlert"("assetId");

-- CreateIndex
CREATE INDEX "ContactDetail_targetId_serviceArea_contactType_idx" ON "ContactDetail"("targetId", "serviceArea", "contactType");

-- CreateIndex
CREATE INDEX "ContactDetail_value_idx" ON "ContactDetail"("value");

-- CreateIndex
CREATE INDEX "ContactConsent_contactDetailId_grantedToArea_idx" ON "ContactConsent"("contactDetailId", "grantedToArea");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_propertyReference_key" ON "Asset"("propertyReference");

-- CreateIndex
CREATE INDEX "Asset_parentId_idx" ON "Asset"("parentId");

-- CreateIndex
CREATE INDEX "Asset_uprn_idx" ON "Asset"("uprn");

-- CreateIndex
CREATE INDEX "Asset_postCode_idx" ON "Asset"("postCode");

-- CreateIndex
CREATE UNIQUE INDEX "Tenure_paymentReference_key" ON "Tenure"("paymentReference");

-- CreateIndex
CREATE INDEX "Tenure_assetId_idx" ON "Tenure"("assetId");

-- CreateIndex
CREATE INDEX "HouseholdMember_personId_idx" ON "HouseholdMember"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "RentAccount_tenureId_key" ON "RentAccount"("tenureId");

-- CreateIndex
CREATE UNIQUE INDEX "RentAccount_rentAccountNumber_key" ON "RentAccount"("rentAccountNumber");

-- CreateIndex
CREATE INDEX "Charge_rentAccountId_idx" ON "Charge"("rentAccountId");

-- CreateIndex
CREATE INDEX "Transaction_rentAccountId_transactionDate_idx" ON "Transaction"("rentAccountId", "transactionDate");

-- CreateIndex
CREATE INDEX "Transaction_isSuspense_transactionDate_idx" ON "Transaction"("isSuspense", "transactionDate");

-- CreateIndex
CREATE INDEX "Transaction_paymentReference_idx" ON "Transaction"("paymentReference");

-- CreateIndex
CREATE INDEX "SuspenseResolution_transactionId_idx" ON "SuspenseResolution"("transactionId");

-- CreateIndex
CREATE UNIQUE INDEX "DomainEvent_sequence_key" ON "DomainEvent"("sequence");

-- CreateIndex
CREATE INDEX "DomainEvent_entityId_sequence_idx" ON "DomainEvent"("entityId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxDeadLetter_consumer_eventId_key" ON "OutboxDeadLetter"("consumer", "eventId");

-- AddForeignKey
ALTER TABLE "PersonLink" ADD CONSTRAINT "PersonLink_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonEqualityData" ADD CONSTRAINT "PersonEqualityData_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonIdentification" ADD CONSTRAINT "PersonIdentification_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonServiceAreaData" ADD CONSTRAINT "PersonServiceAreaData_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonContactPreference" ADD CONSTRAINT "PersonContactPreference_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CautionaryAlert" ADD CONSTRAINT "CautionaryAlert_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CautionaryAlert" ADD CONSTRAINT "CautionaryAlert_tenureId_fkey" FOREIGN KEY ("tenureId") REFERENCES "Tenure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CautionaryAlert" ADD CONSTRAINT "CautionaryAlert_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactConsent" ADD CONSTRAINT "ContactConsent_contactDetailId_fkey" FOREIGN KEY ("contactDetailId") REFERENCES "ContactDetail"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tenure" ADD CONSTRAINT "Tenure_tenureTypeCode_fkey" FOREIGN KEY ("tenureTypeCode") REFERENCES "TenureType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tenure" ADD CONSTRAINT "Tenure_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_tenureId_fkey" FOREIGN KEY ("tenureId") REFERENCES "Tenure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RentAccount" ADD CONSTRAINT "RentAccount_tenureId_fkey" FOREIGN KEY ("tenureId") REFERENCES "Tenure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_rentAccountId_fkey" FOREIGN KEY ("rentAccountId") REFERENCES "RentAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_rentAccountId_fkey" FOREIGN KEY ("rentAccountId") REFERENCES "RentAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuspenseResolution" ADD CONSTRAINT "SuspenseResolution_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuspenseResolution" ADD CONSTRAINT "SuspenseResolution_proposedRentAccountId_fkey" FOREIGN KEY ("proposedRentAccountId") REFERENCES "RentAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

