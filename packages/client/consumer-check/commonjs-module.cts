// A CommonJS module of an ES module project: under NodeNext it gets the package's `require` types
// (dist/cjs), which must type the same client.
import { type HousingOutputs, createHousingClient, isHousingClientError } from "@housing/client";

export const client = createHousingClient({ url: "http://localhost:3000/trpc", token: "t" });
export type Me = HousingOutputs["auth"]["me"];
export const roleOf = (me: Me): string | undefined => me.roles[0];
export const isApiError = (error: unknown): boolean => isHousingClientError(error) && error.data?.code === "NOT_FOUND";
