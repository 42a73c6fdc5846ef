-- CreateIndex
CREATE INDEX "SearchDocument_ranking_idx" ON "SearchDocument"("indexName", "generation", "id", "sortText", "sortNumber", "sortSubNumber", "sortDate", "sortAmount", "types", "isActive");

