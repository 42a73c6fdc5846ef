import {
  ZAddIdentificationInput,
  ZEqualityInformation,
  ZRemoveIdentificationInput,
  ZSaveServiceAreaDataInput,
  ZServiceAreaData,
  ZUpdateEqualityInput,
} from "@housing/schemas/person-sensitive";
import { z } from "zod";
import { router, staffProcedure } from "../trpc.ts";
import {
  addIdentification,
  getEqualityInformation,
  removeIdentification,
  updateEqualityInformation,
} from "./equality-information.ts";
import { getServiceAreaData, saveServiceAreaData } from "./service-area-data.ts";

const ZPersonIdInput = z.strictObject({ personId: z.guid("The id must be a UUID") });

// Staff procedures: the domain functions apply the configurable equality-data roles and the
// caller's service areas, and audit every access.
export const equalityRouter = router({
  get: staffProcedure
    .input(ZPersonIdInput)
    .output(ZEqualityInformation)
    .query(({ ctx, input }) => getEqualityInformation(ctx, input.personId)),
  update: staffProcedure
    .input(ZUpdateEqualityInput)
    .output(ZEqualityInformation)
    .mutation(({ ctx, input }) => updateEqualityInformation(ctx, input)),
  addIdentification: staffProcedure
    .input(ZAddIdentificationInput)
    .output(ZEqualityInformation)
    .mutation(({ ctx, input }) => addIdentification(ctx, input)),
  removeIdentification: staffProcedure
    .input(ZRemoveIdentificationInput)
    .output(ZEqualityInformation)
    .mutation(({ ctx, input }) => removeIdentification(ctx, input)),
});

export const serviceAreaDataRouter = router({
  list: staffProcedure
    .input(ZPersonIdInput)
    .output(z.array(ZServiceAreaData))
    .query(({ ctx, input }) => getServiceAreaData(ctx, input.personId)),
  save: staffProcedure
    .input(ZSaveServiceAreaDataInput)
    .output(ZServiceAreaData)
    .mutation(({ ctx, input }) => saveServiceAreaData(ctx, input)),
});
