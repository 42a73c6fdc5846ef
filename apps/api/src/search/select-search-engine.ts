import { Client } from "@elastic/elasticsearch";
import type { Db } from "@housing/db/client";
import { ElasticsearchSearchEngine } from "./elasticsearch/elasticsearch-search-engine.ts";
import { PostgresSearchEngine } from "./postgres/postgres-search-engine.ts";
import type { SearchEngine } from "./search-engine.port.ts";

/** Elasticsearch when a cluster is configured (ELASTICSEARCH_URL), otherwise PostgreSQL itself. */
export function selectSearchEngine(options: {
  db: Db;
  elasticsearchUrl?: string | undefined;
  indexPrefix?: string | undefined;
}): SearchEngine {
  if (!options.elasticsearchUrl) return new PostgresSearchEngine(options.db);
  return new ElasticsearchSearchEngine(options.db, {
    client: new Client({ node: options.elasticsearchUrl }),
    ...(options.indexPrefix ? { indexPrefix: options.indexPrefix } : {}),
  });
}
