import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TableHead } from "./table-head.tsx";

describe("TableHead", () => {
  it("renders the GOV.UK header row the tables wrote by hand", () => {
    const html = renderToStaticMarkup(
      <table>
        <TableHead
          columns={[
            "Rent account",
            { label: "Name", widthClassName: "govuk-!-width-one-half" },
            { label: "Balance", isNumeric: true },
            { label: "Actions", isHidden: true },
          ]}
        />
      </table>,
    );

    expect(html).toBe(
      "<table>" +
        '<thead class="govuk-table__head"><tr class="govuk-table__row">' +
        '<th scope="col" class="govuk-table__header">Rent account</th>' +
        '<th scope="col" class="govuk-table__header govuk-!-width-one-half">Name</th>' +
        '<th scope="col" class="govuk-table__header govuk-table__header--numeric">Balance</th>' +
        '<th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>' +
        "</tr></thead></table>",
    );
  });
});
