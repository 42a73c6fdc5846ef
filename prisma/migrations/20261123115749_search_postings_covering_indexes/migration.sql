-- DropIndex
DROP INDEX "SearchTerm_indexName_generation_term_idx";

-- DropIndex
DROP INDEX "SearchTerm_indexName_generation_documentId_idx";

-- CreateIndex
CREATE INDEX "SearchTerm_term_postings_idx" ON "SearchTerm"("indexName", "generation", "term" text_pattern_ops, "documentId", "weight", "contactDetailId");

-- CreateIndex
CREATE INDEX "SearchTerm_document_postings_idx" ON "SearchTerm"("indexName", "generation", "documentId", "term" text_pattern_ops, "weight", "contactDetailId");

