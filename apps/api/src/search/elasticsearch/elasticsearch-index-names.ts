import type { SearchIndexName } from "../search-engine.port.ts";

export const defaultIndexPrefix = "housing-";

/**
 * How one logical index is laid out in the cluster: numbered physical indices
 * (`housing-persons-v7`), the alias searches read (`housing-persons`) and the alias of the
 * generation being rebuilt (`housing-persons-building`), which every writer can discover, so a
 * separate `pnpm reindex` process and the server's indexer agree on where to write.
 */
export type IndexLayout = {
  /** Searches and live writes go here; it points at exactly one physical index once built. */
  readAlias: string;
  /** Present only while a rebuild runs; live writes go here too. */
  buildingAlias: string;
  /** Matches every physical generation of this index (and nothing else of ours). */
  physicalPattern: string;
  physicalName(generation: number): string;
  /** The generation of a physical index name, or null for a name that is not one of ours. */
  generationOf(name: string): number | null;
};

export function indexLayout(prefix: string, index: SearchIndexName): IndexLayout {
  const base = `${prefix}${index}`;
  return {
    readAlias: base,
    buildingAlias: `${base}-building`,
    physicalPattern: `${base}-v*`,
    physicalName: (generation) => `${base}-v${generation}`,
    generationOf(name) {
      if (!name.startsWith(`${base}-v`)) return null;
      const rest = name.slice(base.length + 2);
      return /^\d+$/.test(rest) ? Number(rest) : null;
    },
  };
}
