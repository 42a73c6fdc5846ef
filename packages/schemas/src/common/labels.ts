import type { z } from "zod";
import type { ZAssetType } from "../asset/asset.schemas.ts";
import type { TPersonType } from "../person/person.schemas.ts";

// The words staff read for the API's codes: the staff app shows them and its CSV download writes them.

/** Person types as staff say them: "Household member", never "HouseholdMember". */
export const personTypeLabels: Record<TPersonType, string> = {
  Tenant: "Tenant",
  HouseholdMember: "Household member",
  Leaseholder: "Leaseholder",
  Freeholder: "Freeholder",
  Occupant: "Occupant",
  HousingOfficer: "Housing officer",
  HousingAreaManager: "Housing area manager",
};

/** Asset types as staff say them: "Lettable non-dwelling", never "LettableNonDwelling". */
export const assetTypeLabels: Record<z.infer<typeof ZAssetType>, string> = {
  Estate: "Estate",
  Block: "Block",
  Dwelling: "Dwelling",
  House: "House",
  LettableNonDwelling: "Lettable non-dwelling",
  Garage: "Garage",
  CommunityHall: "Community hall",
  Concierge: "Concierge",
  TravellerSite: "Traveller site",
};
