-- The search vocabulary's version (SearchVocabularyVersion in schema.prisma): a search engine keeps
-- each word's near spellings, and the indexed words it is the start of, with the version they were
-- looked up at, and looks them up again once words have been added since.
CREATE TABLE "SearchVocabularyVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "SearchVocabularyVersion_pkey" PRIMARY KEY ("id")
);

-- One row.
ALTER TABLE "SearchVocabularyVersion" ADD CONSTRAINT "SearchVocabularyVersion_one_row_check" CHECK ("id" = 1);
