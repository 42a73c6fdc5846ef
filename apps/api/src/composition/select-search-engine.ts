import { Client } from "@elastic/elasticsearch";
import type { Db } from "@housing/db/client";
import type { Env } from "./env.ts";
import { ElasticsearchSearchEngine } from "../search/elasticsearch/elasticsearch-search-engine.ts";
import { PostgresSearchEngine } from "../search/postgres/postgres-search-engine.ts";
import type { SearchEngine } from "../search/search-engine.port.ts";

/** Elasticsearch when a cluster is configured (ELASTICSEARCH_URL), otherwise PostgreSQL itself. */
export function selectSearchEngine(
  db: Db,
  env: Pick<Env, "ELASTICSEARCH_URL" | "ELASTICSEARCH_INDEX_PREFIX">,
): SearchEngine {
  if (!env.ELASTICSEARCH_URL) return new PostgresSearchEngine(db);
  return new ElasticsearchSearchEngine({
    client: new Client({ node: env.ELASTICSEARCH_URL }),
    ...(env.ELASTICSEARCH_INDEX_PREFIX ? { indexPrefix: env.ELASTICSEARCH_INDEX_PREFIX } : {}),
  });
}
