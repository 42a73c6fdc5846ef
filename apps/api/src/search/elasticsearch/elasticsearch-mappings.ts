import type { estypes } from "@elastic/elasticsearch";
import type { SearchDocumentRecord } from "../search-engine.port.ts";

/**
 * Longest prefix indexed for prefix matching: query words are cut to 40 characters
 * (`maxTermLength` in search-text.ts), so a longer prefix is never asked for.
 */
export const maxPrefixLength = 40;

/** What one document looks like in the cluster: the projection's record, field for field. */
export type ElasticSearchDocument = {
  id: string;
  document: Record<string, unknown>;
  terms: { term: string; weight: number; contactDetailId?: string }[];
  sortText: string;
  sortNumber: number | null;
  sortSubNumber: number | null;
  sortDate: string | null;
  /** Left out when null: indices made before this field existed refuse fields they do not map. */
  sortAmount?: number;
  types: string[];
  isActive: boolean | null;
};

export function toElasticDocument(record: SearchDocumentRecord): ElasticSearchDocument {
  return {
    id: record.id,
    document: record.document,
    terms: record.terms.map(({ term, weight, contactDetailId }) => ({
      term,
      weight,
      ...(contactDetailId ? { contactDetailId } : {}),
    })),
    sortText: record.sortText,
    sortNumber: record.sortNumber,
    sortSubNumber: record.sortSubNumber,
    sortDate: record.sortDate,
    ...(record.sortAmount === null ? {} : { sortAmount: record.sortAmount }),
    types: record.types,
    isActive: record.isActive,
  };
}

// The projection already lower-cases and unaccents every word (searchWords); folding again in
// the cluster keeps exact, prefix and fuzzy matching consistent if a word ever arrives unfolded.
export const searchIndexSettings: estypes.IndicesIndexSettings = {
  analysis: {
    normalizer: {
      housing_folded: { type: "custom", filter: ["lowercase", "asciifolding"] },
    },
    filter: {
      housing_prefixes: { type: "edge_ngram", min_gram: 1, max_gram: maxPrefixLength, preserve_original: true },
    },
    analyzer: {
      // Every prefix of the whole word ("smith" → s, sm, smi, smit, smith), for prefix matching.
      housing_prefixes: {
        type: "custom",
        tokenizer: "keyword",
        filter: ["lowercase", "asciifolding", "housing_prefixes"],
      },
      // The query word as one folded token, looked up among those prefixes.
      housing_whole_word: { type: "custom", tokenizer: "keyword", filter: ["lowercase", "asciifolding"] },
    },
  },
};

/**
 * Explicit and strict: a field the projection does not send is an error, never a guessed mapping.
 * `terms` is nested so that a word, its weight and its contact detail are matched together.
 */
export const searchIndexMappings: estypes.MappingTypeMapping = {
  dynamic: "strict",
  properties: {
    id: { type: "keyword" },
    // Returned as it is; never searched.
    document: { type: "object", enabled: false },
    terms: {
      type: "nested",
      properties: {
        // Exact matches (term) and near spellings (fuzzy, whole-word edit distance with a swap of two
        // adjacent letters as one edit, like PostgreSQL's search_osa_distance) on the keyword
        // itself; prefixes through the edge n-gram subfield.
        term: {
          type: "keyword",
          normalizer: "housing_folded",
          fields: {
            prefix: {
              type: "text",
              analyzer: "housing_prefixes",
              search_analyzer: "housing_whole_word",
              index_options: "docs",
              norms: false,
            },
          },
        },
        weight: { type: "integer" },
        contactDetailId: { type: "keyword" },
      },
    },
    sortText: { type: "keyword" },
    sortNumber: { type: "integer" },
    sortSubNumber: { type: "integer" },
    sortDate: { type: "date", format: "strict_date" },
    // Pounds and pence, kept exactly as whole pence.
    sortAmount: { type: "scaled_float", scaling_factor: 100 },
    types: { type: "keyword" },
    isActive: { type: "boolean" },
  },
};
