-- Rules the database holds that Prisma's schema language cannot state (partial unique indexes),
-- and the functions search's SQL calls.
-- Migrations create them; `pnpm db:check-drift` applies this file after the schema's own script,
-- so a rule added here without its migration (or the reverse) is reported as drift.

-- One default per target, contact type and service area.
CREATE UNIQUE INDEX "ContactDetail_one_default_per_area_key" ON "ContactDetail" ("targetId", "serviceArea", "contactType") WHERE "isDefault";

-- A suspense payment has at most one proposed match awaiting a decision, and is approved at most once.
CREATE UNIQUE INDEX "SuspenseResolution_one_open_proposal_key" ON "SuspenseResolution" ("transactionId") WHERE "status" = 'Proposed';
CREATE UNIQUE INDEX "SuspenseResolution_one_approval_key" ON "SuspenseResolution" ("transactionId") WHERE "status" = 'Approved';

-- A cautionary alert is about exactly one person, tenure or property, and ends no earlier than it starts.
ALTER TABLE "CautionaryAlert" ADD CONSTRAINT "CautionaryAlert_one_target_check"
  CHECK (num_nonnulls("personId", "tenureId", "assetId") = 1);
ALTER TABLE "CautionaryAlert" ADD CONSTRAINT "CautionaryAlert_end_not_before_start_check"
  CHECK ("endDate" IS NULL OR "endDate" >= "startDate");

-- Optimal string alignment distance (restricted Damerau-Levenshtein), for search's near spellings:
-- a swap of two adjacent letters is one edit. The migration 20261204190500_search_osa_distance
-- explains it; this is the same function.
CREATE FUNCTION search_osa_distance(a text, b text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  la integer := char_length(a);
  lb integer := char_length(b);
  -- Rows i - 2, i - 1 and i of the distance table; column j is at index j + 1.
  before integer[];
  previous integer[];
  current integer[];
  i integer;
  j integer;
BEGIN
  IF la = 0 THEN RETURN lb; END IF;
  IF lb = 0 THEN RETURN la; END IF;
  previous := ARRAY(SELECT generate_series(0, lb));
  FOR i IN 1..la LOOP
    current := array_fill(0, ARRAY[lb + 1]);
    current[1] := i;
    FOR j IN 1..lb LOOP
      current[j + 1] := least(
        previous[j + 1] + 1,
        current[j] + 1,
        previous[j] + CASE WHEN substr(a, i, 1) = substr(b, j, 1) THEN 0 ELSE 1 END
      );
      IF i > 1 AND j > 1 AND substr(a, i, 1) = substr(b, j - 1, 1) AND substr(a, i - 1, 1) = substr(b, j, 1) THEN
        current[j + 1] := least(current[j + 1], before[j - 1] + 1);
      END IF;
    END LOOP;
    before := previous;
    previous := current;
  END LOOP;
  RETURN previous[lb + 1];
END
$$;
