-- Search sorts the documents its words found, never a whole generation in sort order: these
-- indexes only took space (43 MB at 100,000 persons).
DROP INDEX "SearchDocument_indexName_generation_sortText_id_idx";
DROP INDEX "SearchDocument_indexName_generation_sortDate_id_idx";
