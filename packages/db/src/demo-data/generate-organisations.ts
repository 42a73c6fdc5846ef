import type { OrganisationType } from "../generated/prisma/client.ts";
import { timestampOf } from "./calendar.ts";
import type { DemoBatch, DemoContext } from "./demo-context.ts";
import { fictionalLandline } from "./fake-data.ts";
import { addContactDetail, addressContact, elsewhereAddress, emailLocalPart } from "./generate-contact-details.ts";

const organisationNames: readonly (readonly [string, OrganisationType])[] = [
  ["Dalston Lane Solicitors LLP", "Solicitor"],
  ["Clapton Tenants' Advice Service", "Charity"],
  ["Hoxton Community Trust", "Charity"],
  ["Kingsmead Housing Co-operative", "HousingAssociation"],
  ["Lea Valley Homes Association", "HousingAssociation"],
  ["Mare Street Lettings Ltd", "Company"],
  ["Stoke Newington Law Practice", "Solicitor"],
  ["Homerton Carers Network", "Charity"],
  ["North London Debt Advice Centre", "Charity"],
  ["Shacklewell Repairs Ltd", "Company"],
  ["Hackney Wick Residents' Association", "Other"],
  ["Borough Temporary Accommodation Unit", "Council"],
];

/** Organisations that act for residents, each with a main number, an email and an address. */
export function addOrganisations(ctx: DemoContext, batch: DemoBatch, count: number): void {
  for (let i = 0; i < count; i++) {
    const [baseName, organisationType] = organisationNames[i % organisationNames.length] ?? ["Organisation", "Other"];
    const round = Math.floor(i / organisationNames.length);
    const name = round === 0 ? baseName : `${baseName} (${round + 1})`;
    const createdDay = ctx.asOf - ctx.random.int(100, 3000);
    const created = timestampOf(createdDay, 10 * 60);
    const id = ctx.ids.uuid();
    batch.organisations.push({
      id,
      name,
      organisationType,
      createdAt: created,
      createdBy: ctx.actor,
      modifiedAt: created,
      modifiedBy: ctx.actor,
    });
    const defaults = new Set<string>();
    const base = { targetId: id, targetType: "organisation" as const, serviceArea: "housing", createdDay };
    const domain = `${baseName.split(" ").slice(0, 2).map(emailLocalPart).join("-")}.example.org`;
    addContactDetail(
      ctx,
      batch,
      { ...base, contactType: "phone", subType: "mainNumber", value: fictionalLandline(ctx.random) },
      defaults,
    );
    addContactDetail(ctx, batch, { ...base, contactType: "email", subType: "work", value: `info@${domain}` }, defaults);
    addContactDetail(
      ctx,
      batch,
      { ...base, contactType: "address", subType: "correspondenceAddress", ...addressContact(elsewhereAddress(ctx)) },
      defaults,
    );
  }
}
