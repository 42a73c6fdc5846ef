-- CreateTable
CREATE TABLE "SearchDocument" (
    "indexName" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "id" UUID NOT NULL,
    "document" JSONB NOT NULL,
    "sortText" TEXT NOT NULL DEFAULT '',
    "sortNumber" INTEGER,
    "sortSubNumber" INTEGER,
    "sortDate" DATE,
    "types" TEXT[],
    "isActive" BOOLEAN,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("indexName","generation","id")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "id" BIGSERIAL NOT NULL,
    "indexName" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "documentId" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "contactDetailId" UUID,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchVocabulary" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchVocabulary_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "SearchIndexState" (
    "indexName" TEXT NOT NULL,
    "activeGeneration" INTEGER NOT NULL,
    "buildingGeneration" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchIndexState_pkey" PRIMARY KEY ("indexName")
);

-- CreateIndex
CREATE INDEX "SearchDocument_indexName_generation_sortText_id_idx" ON "SearchDocument"("indexName", "generation", "sortText", "id");

-- CreateIndex
CREATE INDEX "SearchDocument_indexName_generation_sortDate_id_idx" ON "SearchDocument"("indexName", "generation", "sortDate", "id");

-- CreateIndex
CREATE INDEX "SearchTerm_indexName_generation_term_idx" ON "SearchTerm"("indexName", "generation", "term" text_pattern_ops);

-- CreateIndex
CREATE INDEX "SearchTerm_indexName_generation_documentId_idx" ON "SearchTerm"("indexName", "generation", "documentId");

-- CreateIndex
CREATE INDEX "SearchVocabulary_term_idx" ON "SearchVocabulary" USING GIN ("term" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "SearchTerm" ADD CONSTRAINT "SearchTerm_indexName_generation_documentId_fkey" FOREIGN KEY ("indexName", "generation", "documentId") REFERENCES "SearchDocument"("indexName", "generation", "id") ON DELETE CASCADE ON UPDATE CASCADE;

