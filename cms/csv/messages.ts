/** What the CSV import says to staff, in the admin's two languages. */
export type Lang = 'en' | 'es'

type Message = Record<Lang, string>

const m = (en: string, es: string): Message => ({ en, es })

const messages = {
  required: m('This column is required: fill it in.', 'Esta columna es obligatoria: complétela.'),
  atLeastOne: m('Give at least one value.', 'Indique al menos un valor.'),
  yesNo: m('Write yes or no (or leave it empty for no).', 'Escriba yes o no (sí o no), o déjelo vacío para no.'),
  number: m('Write a number, digits only, e.g. 24 or 24.50.', 'Escriba un número, solo cifras, p. ej., 24 o 24.50.'),
  positive: m('Write a number above 0.', 'Escriba un número mayor que 0.'),
  day: m('Write the date as YYYY-MM-DD, e.g. 2027-01-31.', 'Escriba la fecha como AAAA-MM-DD, p. ej., 2027-01-31.'),
  url: m('Write a full web address starting with https://', 'Escriba una dirección web completa que empiece con https://'),
  email: m('Write an email address such as name@example.org', 'Escriba un correo electrónico como nombre@example.org'),
  state: m('Write the two-letter state code in capitals, e.g. CA.', 'Escriba el código del estado de dos letras en mayúsculas, p. ej., CA.'),
  slug: m(
    'Use lowercase letters, digits and single hyphens, e.g. doula-training-2027.',
    'Use letras minúsculas, números y guiones simples, p. ej., doula-training-2027.',
  ),
  tooLong: m('Too long: at most {max} characters.', 'Demasiado largo: como máximo {max} caracteres.'),
  oneOf: m('Use one of: {values}.', 'Use uno de estos valores: {values}.'),
  unknownRef: m(
    'No {kind} called "{value}". Use its slug or its name as shown in the admin, or add it there first.',
    'No hay {kind} llamado "{value}". Use su slug o su nombre tal como aparece en el admin, o agréguelo allí primero.',
  ),
  ambiguousRef: m('More than one {kind} is called "{value}": use its slug instead.', 'Hay más de un {kind} llamado "{value}": use su slug.'),
  duplicateInFile: m(
    'Same slug as line {line}: each listing may appear only once in a file.',
    'El mismo slug que la línea {line}: cada anuncio puede aparecer solo una vez en un archivo.',
  ),
  endBeforeStart: m('The end date is before the start date.', 'La fecha de fin es anterior a la de inicio.'),
  closingBeforePosted: m('The closing date is before the posted date.', 'La fecha de cierre es anterior a la de publicación.'),
  maxBelowMin: m('Max pay is below min pay.', 'El sueldo máximo es menor que el mínimo.'),
  paidNeedsAmount: m('A paid program needs an amount (cost_amount).', 'Un programa con costo necesita un monto (cost_amount).'),
  applyLinkOrEmail: m(
    'Give an application link (howToApply_url) or email (howToApply_email).',
    'Indique un enlace (howToApply_url) o un correo (howToApply_email) para presentar la solicitud.',
  ),
  spanishNeeded: m(
    'This row has Spanish text, so it needs {value} too (or leave every _es column empty).',
    'Esta fila tiene texto en español, así que también necesita {value} (o deje vacías todas las columnas _es).',
  ),
  invalid: m('This value is not valid here.', 'Este valor no es válido aquí.'),
  unknownColumn: m(
    'Unknown column "{value}". Check its spelling against the documented headers; nothing in it would be imported.',
    'Columna desconocida "{value}". Revise cómo está escrita frente a los encabezados documentados; nada de ella se importaría.',
  ),
  missingColumn: m('The required column "{value}" is missing from the header line.', 'Falta la columna obligatoria "{value}" en la línea de encabezados.'),
  duplicateColumn: m('The column "{value}" appears twice in the header line.', 'La columna "{value}" aparece dos veces en la línea de encabezados.'),
  emptyFile: m('The file has no rows under its header line.', 'El archivo no tiene filas debajo de la línea de encabezados.'),
  unreadable: m(
    'The file could not be read as CSV ({value}). Save it from your spreadsheet as "CSV UTF-8".',
    'No se pudo leer el archivo como CSV ({value}). Guárdelo desde su hoja de cálculo como "CSV UTF-8".',
  ),
  saveFailed: m('The CMS refused this row: {value}', 'El CMS rechazó esta fila: {value}'),
  savedBefore: m(
    'The import stopped here. The {count} rows before this one were saved; fix this row and import the file again (saved rows are updated, not added twice).',
    'La importación se detuvo aquí. Las {count} filas anteriores se guardaron; corrija esta fila y vuelva a importar el archivo (las filas guardadas se actualizan, no se agregan dos veces).',
  ),
} satisfies Record<string, Message>

export type MessageKey = keyof typeof messages

export function say(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''))
}

/** Names of the things a relationship column refers to, for "No region called …". */
export const kindNames: Record<string, Message> = {
  organizations: m('organization', 'organización'),
  workerTypes: m('worker type', 'tipo de trabajador'),
  regions: m('region', 'región'),
  languages: m('language', 'idioma'),
  coreRoles: m('core role', 'rol básico'),
}
