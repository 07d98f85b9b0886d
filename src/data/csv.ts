// Minimal RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF. Returns rows with their 1-based line numbers
// so that data:check can point at the exact line of a raw file.
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export function parseCsv(text: string): CsvRow[] {
  const records: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') { fields.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = []; field = '';
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (field !== '' || fields.length) { fields.push(field); records.push({ line: recordLine, fields }); }
  const [header, ...body] = records.filter((r) => r.fields.some((f) => f !== ''));
  if (!header) return [];
  return body.map((r) => ({
    line: r.line,
    values: Object.fromEntries(header.fields.map((h, i) => [h.trim(), (r.fields[i] ?? '').trim()])),
  }));
}

/**
 * One CSV field, guarded by OWASP's rule for CSV injection: a text starting with =, +, -, @, tab or carriage return
 * (what a spreadsheet would run as a formula) is prefixed with ' so it stays text. Numbers are numbers, not formulas,
 * and are written as they are. A field with a quote, a line break or a separator (`,`, or `;` for spreadsheets in
 * locales that split on it) is quoted, so no part of it can start a cell of its own.
 */
export function csvField(v: unknown): string {
  const raw = v === undefined || v === null ? '' : String(v);
  const s = typeof v !== 'number' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
