import {
  ZCreateTenureInput,
  ZHouseholdMemberInput,
  ZRemoveHouseholdMemberInput,
  ZTenure,
  ZUpdateTenureInput,
} from "@housing/schemas/tenure";
import { z } from "zod";
import { housingWriteProcedure, router, staffProcedure } from "../trpc.ts";
import { getTenure } from "./get-tenure.ts";
import { addHouseholdMember, removeHouseholdMember } from "./household-members.ts";
import { createTenure, updateTenure } from "./tenure-writes.ts";

// Writes come from housing staff and from the council's other systems (integration services).
export const tenureRouter = router({
  get: staffProcedure
    .input(z.strictObject({ id: z.guid("The id must be a UUID") }))
    .output(ZTenure)
    .query(({ ctx, input }) => getTenure(ctx, input.id)),
  create: housingWriteProcedure
    .input(ZCreateTenureInput)
    .output(ZTenure)
    .mutation(({ ctx, input }) => createTenure(ctx, input)),
  update: housingWriteProcedure
    .input(ZUpdateTenureInput)
    .output(ZTenure)
    .mutation(({ ctx, input }) => updateTenure(ctx, input)),
  addHouseholdMember: housingWriteProcedure
    .input(ZHouseholdMemberInput)
    .output(ZTenure)
    .mutation(({ ctx, input }) => addHouseholdMember(ctx, input)),
  removeHouseholdMember: housingWriteProcedure
    .input(ZRemoveHouseholdMemberInput)
    .output(ZTenure)
    .mutation(({ ctx, input }) => removeHouseholdMember(ctx, input)),
});
