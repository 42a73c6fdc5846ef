-- Rent accounts keep each word's field in the lexeme itself ('B|green' for a tenant's name), not as
-- a label on its position ('green':1B): accounts are always looked up in one field, and GIN indexes
-- lexemes, not labels, so a lookup read every account with the word in any field and dropped the
-- others row by row (fieldPlaceOf in apps/api/src/search/postgres/postgres-words.ts). Every
-- generation the table holds is rewritten, so search answers alike before and after. A lexeme
-- without a position (already labelled) is kept as it is.
UPDATE "SearchDocument"
SET words = array_to_tsvector(ARRAY(
  SELECT DISTINCT coalesce(label || '|', '') || w.lexeme
  FROM unnest(words) AS w LEFT JOIN LATERAL unnest(w.weights) AS label ON true
))
WHERE "indexName" = 'accounts';
