import { randomUUID } from "node:crypto";
import { Client } from "@elastic/elasticsearch";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, describe, it } from "vitest";
import { searchEngineContract } from "../../testing/search-engine-contract.ts";
import { ElasticsearchSearchEngine } from "./elasticsearch-search-engine.ts";

const elasticsearchUrl = process.env.ELASTICSEARCH_URL;

if (elasticsearchUrl) {
  const client = new Client({ node: elasticsearchUrl });
  // A prefix of its own, so the run never touches real indices or another run's.
  const indexPrefix = `housing-test-${randomUUID().slice(0, 8)}-`;
  let database: TestDatabase | undefined;
  let engine: ElasticsearchSearchEngine | undefined;

  searchEngineContract("Elasticsearch", async () => {
    database = await createTestDatabase();
    engine = new ElasticsearchSearchEngine({ client, indexPrefix, refreshWrites: true });
    return { db: database.db, engine };
  });

  afterAll(async () => {
    await engine?.reset();
    await client.close();
    await database?.drop();
  });
} else {
  console.info("Elasticsearch contract suite skipped: ELASTICSEARCH_URL is not set");
  describe.skip("Elasticsearch search engine", () => {
    it("runs the shared contract against the cluster named by ELASTICSEARCH_URL", () => {});
  });
}
