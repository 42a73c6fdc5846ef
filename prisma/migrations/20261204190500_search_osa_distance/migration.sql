-- Optimal string alignment distance (restricted Damerau-Levenshtein): levenshtein's insertions,
-- deletions and substitutions, plus two swapped adjacent letters as one edit ("amhed" is one typo
-- from "ahmed"), as Elasticsearch's fuzzy query counts with transpositions. fuzzystrmatch has no
-- such function. Search calls it on the few vocabulary words levenshtein has already kept.
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
