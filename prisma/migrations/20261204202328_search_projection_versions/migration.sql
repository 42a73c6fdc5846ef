-- CreateTable
CREATE TABLE "SearchProjectionVersion" (
    "indexName" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "builtAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchProjectionVersion_pkey" PRIMARY KEY ("indexName")
);

