/**
 * Reads CSV text back into records the way RFC 4180 defines it (quoted fields, doubled quotes, line
 * breaks inside quotes, CRLF between records), to check what the hub writes without trusting its writer.
 */
export function csvRecords(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      index++
    } else field += char
  }
  if (field !== '' || record.length > 0) throw new Error('The CSV does not end with CRLF.')
  if (quoted) throw new Error('The CSV ends inside a quoted field.')
  return records
}
