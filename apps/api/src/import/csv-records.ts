/** One CSV record: its cells and the line of the file it starts on (a quoted cell may span lines). */
export type CsvRecord = { line: number; cells: string[] };

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

/**
 * RFC 4180 CSV: comma-separated, double quotes around a cell that holds commas, quotes ("") or
 * line breaks; LF or CRLF line ends. Records whose cells are all empty (blank lines, or the rows of
 * commas spreadsheets leave behind) are skipped. A leading byte order mark is not part of the data.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let afterQuotedCell = false;
  let line = 1;
  let recordLine = 1;
  let quoteOpenedOn = 0;

  const endCell = () => {
    cells.push(cell);
    cell = "";
    afterQuotedCell = false;
  };
  const endRecord = () => {
    endCell();
    if (cells.some((value) => value !== "")) records.push({ line: recordLine, cells });
    cells = [];
  };

  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
        afterQuotedCell = true;
      } else {
        if (char === "\n") line += 1;
        cell += char;
      }
    } else if (char === ",") {
      endCell();
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[index + 1] === "\n") index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (afterQuotedCell) {
      throw new CsvSyntaxError(line, "Text follows a quoted cell: put the whole cell in quotes");
    } else if (char === '"' && cell === "") {
      quoted = true;
      quoteOpenedOn = line;
    } else if (char === '"') {
      throw new CsvSyntaxError(
        line,
        'A quote (") inside a cell needs the whole cell in quotes and the quote doubled ("")',
      );
    } else {
      cell += char;
    }
  }
  if (quoted) throw new CsvSyntaxError(quoteOpenedOn, 'A quoted cell is never closed: add the closing quote (")');
  endRecord();
  return records;
}
