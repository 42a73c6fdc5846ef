-- The estate → block → dwelling hierarchy: an estate sits in nothing, a block in an estate, anything
-- else (a dwelling, a house, a garage…) in an estate or a block, or in nothing while it is unplaced.
-- apps/api/src/asset/asset-hierarchy.ts holds the same rule for the API's message.
CREATE FUNCTION asset_parent_fits(child "AssetType", parent "AssetType") RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE child
    WHEN 'Estate' THEN false
    WHEN 'Block' THEN parent = 'Estate'
    ELSE parent IN ('Estate', 'Block')
  END
$$;

-- Checked on every write that places an asset or changes its type. FOR SHARE on the parent keeps its
-- type from changing until this write commits; a type change waits for that lock, then sees the child.
CREATE FUNCTION asset_hierarchy_check() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parent_type "AssetType";
BEGIN
  IF NEW."parentId" IS NOT NULL THEN
    SELECT "assetType" INTO parent_type FROM "Asset" WHERE id = NEW."parentId" FOR SHARE;
    IF FOUND AND NOT asset_parent_fits(NEW."assetType", parent_type) THEN
      RAISE EXCEPTION 'An asset of type % cannot sit in one of type %', NEW."assetType", parent_type
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Asset_hierarchy_check', TABLE = 'Asset';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."assetType" <> OLD."assetType" AND EXISTS (
    SELECT 1 FROM "Asset" child WHERE child."parentId" = NEW.id AND NOT asset_parent_fits(child."assetType", NEW."assetType")
  ) THEN
    RAISE EXCEPTION 'An asset of type % cannot hold the assets it holds', NEW."assetType"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Asset_hierarchy_check', TABLE = 'Asset';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Asset_hierarchy_check" BEFORE INSERT OR UPDATE OF "parentId", "assetType" ON "Asset"
  FOR EACH ROW EXECUTE FUNCTION asset_hierarchy_check();
