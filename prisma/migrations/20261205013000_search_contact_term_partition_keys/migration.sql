-- Contact-detail words refer to their documents partition by partition (the words of one
-- generation of an index to that generation's documents), not through the partitioned tables: a
-- check through the whole partition tree took 74 µs for each word written, over half of writing a
-- page of persons in a rebuild. Both tables are partitioned alike, so the rule is the same.
ALTER TABLE "SearchContactTerm" DROP CONSTRAINT IF EXISTS "SearchContactTerm_indexName_generation_documentId_fkey";
DO $$
DECLARE
  p record;
BEGIN
  FOR p IN
    SELECT words.relname AS words, replace(words.relname, 'SearchContactTerm_', 'SearchDocument_') AS documents
      FROM pg_inherits i
      JOIN pg_class words ON words.oid = i.inhrelid
      JOIN pg_class parent ON parent.oid = i.inhparent
     WHERE parent.relname IN ('SearchContactTerm_persons', 'SearchContactTerm_assets', 'SearchContactTerm_tenures', 'SearchContactTerm_accounts')
  LOOP
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I FOREIGN KEY ("indexName", "generation", "documentId") REFERENCES %I ("indexName", "generation", "id") ON DELETE CASCADE ON UPDATE CASCADE',
      p.words, p.words || '_document_fkey', p.documents);
  END LOOP;
END $$;
