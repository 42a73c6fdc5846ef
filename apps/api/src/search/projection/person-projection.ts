import type { TPersonSearchDocument } from "@housing/schemas/search";
import { fullAddress } from "../../kernel/asset-address.ts";
import { hasCurrentAlert } from "./alert-dates.ts";
import { tenureIsActive } from "../../kernel/tenure-activity.ts";
import { foldedSortText } from "../../kernel/sort-text.ts";
import type { SearchDocumentRecord } from "../search-engine.port.ts";
import type { PersonForSearch } from "./search-sources.repository.ts";
import { fieldWeight, phoneNumberForms, TermCollector } from "./search-terms.ts";

type ContactForSearch = { id: string; contactType: string; value: string };

export function projectPerson(
  person: PersonForSearch,
  contacts: readonly ContactForSearch[],
  today: string,
): SearchDocumentRecord {
  const tenures = person.tenancies
    .map(({ tenure }) => {
      const endDate = tenure.endOfTenureDate;
      return {
        id: tenure.id,
        type: tenure.tenureType.description,
        startDate: tenure.startOfTenureDate,
        endDate,
        isActive: tenureIsActive(endDate, today),
        assetId: tenure.asset.id,
        assetFullAddress: fullAddress(tenure.asset),
        postCode: tenure.asset.postCode,
        paymentReference: tenure.paymentReference,
        rentAccountNumber: tenure.rentAccount?.rentAccountNumber ?? null,
        totalBalance: tenure.rentAccount ? Number(tenure.rentAccount.balance) : null,
        hasAlert: hasCurrentAlert(tenure.cautionaryAlerts, today),
      };
    })
    // Current first, then the latest; the id settles tenures that started on the same day.
    .sort(
      (a, b) =>
        Number(b.isActive) - Number(a.isActive) || b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id),
    );
  const balances = tenures.filter((t) => t.isActive && t.totalBalance !== null).map((t) => t.totalBalance ?? 0);
  const document: TPersonSearchDocument = {
    id: person.id,
    personRef: person.personRef,
    title: person.title,
    firstname: person.firstName,
    middleName: person.middleName,
    surname: person.surname,
    preferredFirstname: person.preferredFirstName,
    preferredSurname: person.preferredSurname,
    dateOfBirth: person.dateOfBirth,
    personTypes: person.personTypes,
    isPersonCautionaryAlerted: hasCurrentAlert(person.cautionaryAlerts, today),
    isTenureCautionaryAlerted: tenures.some((t) => t.hasAlert),
    tenures: tenures.map(({ hasAlert: _hasAlert, ...tenure }) => tenure),
    totalBalance: balances.length > 0 ? Math.round(balances.reduce((sum, b) => sum + b, 0) * 100) / 100 : null,
  };

  const terms = new TermCollector()
    .addWhole(String(person.personRef), fieldWeight.identifier)
    .add(person.firstName, fieldWeight.name)
    .add(person.middleName, fieldWeight.name)
    .add(person.surname, fieldWeight.name)
    .addFullName(person.firstName, person.surname, fieldWeight.name)
    .add(person.preferredFirstName, fieldWeight.name)
    .add(person.preferredMiddleName, fieldWeight.name)
    .add(person.preferredSurname, fieldWeight.name)
    .add(document.dateOfBirth, fieldWeight.other);
  for (const tenure of tenures) {
    terms
      .addWhole(tenure.paymentReference, fieldWeight.identifier)
      .addWhole(tenure.rentAccountNumber, fieldWeight.identifier)
      .add(tenure.assetFullAddress, fieldWeight.address);
  }
  for (const contact of contacts) {
    const forms = contact.contactType === "phone" ? phoneNumberForms(contact.value) : [contact.value];
    for (const form of forms) terms.addWhole(form, fieldWeight.identifier, contact.id);
  }

  return {
    id: person.id,
    document,
    terms: terms.list(),
    sortText: foldedSortText(`${person.surname} ${person.firstName}`),
    sortNumber: null,
    sortSubNumber: null,
    sortDate: document.dateOfBirth,
    sortAmount: null,
    types: person.personTypes,
    isActive: tenures.some((t) => t.isActive),
  };
}
