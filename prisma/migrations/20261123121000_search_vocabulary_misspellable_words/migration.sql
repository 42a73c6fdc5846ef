-- The near-spelling vocabulary keeps only words a query may misspell (canBeMisspelt in
-- apps/api/src/search/search-text.ts): numbers and email addresses match exactly or by their start,
-- and in the trigram index they made a short word's look-up recheck thousands of rows.
DELETE FROM "SearchVocabulary" WHERE term ~ '^[0-9]+$' OR strpos(term, '@') > 0;
