import { z } from "zod";

// Its own module: the search schemas show an account's status, and the finance schemas import
// the search text rule, so neither may import the other.
export const rentAccountStatuses = ["Active", "Suspended", "Ended"] as const;
export const ZRentAccountStatus = z.enum(rentAccountStatuses);
