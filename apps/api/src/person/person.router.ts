import {
  ZActivityInput,
  ZActivityPage,
  ZCreatePersonInput,
  ZDuplicateCheckInput,
  ZDuplicateCheckResult,
  ZFindPersonsInput,
  ZPerson,
  ZPersonId,
  ZPersonPage,
  ZUpdatePersonInput,
} from "@housing/schemas/person";
import { housingProcedure, housingWriteProcedure, router, staffProcedure } from "../trpc.ts";
import { checkForDuplicates } from "./check-duplicates.ts";
import { createPerson } from "./create-person.ts";
import { findPersons } from "./find-persons.ts";
import { getPerson } from "./get-person.ts";
import { personActivity } from "./person-activity.ts";
import { equalityRouter, serviceAreaDataRouter } from "./person-sensitive.router.ts";
import { updatePerson } from "./update-person.ts";

export const personRouter = router({
  get: staffProcedure
    .input(ZPersonId)
    .output(ZPerson)
    .query(({ ctx, input }) => getPerson(ctx, input.id)),
  find: staffProcedure
    .input(ZFindPersonsInput)
    .output(ZPersonPage)
    .query(({ ctx, input }) => findPersons(ctx, input)),
  checkDuplicates: housingWriteProcedure
    .input(ZDuplicateCheckInput)
    .output(ZDuplicateCheckResult)
    .query(({ ctx, input }) => checkForDuplicates(ctx, input)),
  create: housingWriteProcedure
    .input(ZCreatePersonInput)
    .output(ZPerson)
    .mutation(({ ctx, input }) => createPerson(ctx, input)),
  update: housingProcedure
    .input(ZUpdatePersonInput)
    .output(ZPerson)
    .mutation(async ({ ctx, input }) => (await updatePerson(ctx, input)).person),
  activity: staffProcedure
    .input(ZActivityInput)
    .output(ZActivityPage)
    .query(({ ctx, input }) => personActivity(ctx, input)),
  equality: equalityRouter,
  serviceAreaData: serviceAreaDataRouter,
});
