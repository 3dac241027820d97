// A file the app hands the user (CSV or JSON of a list): the pure pieces every export shares.
import { saveFile } from './save-file';

export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json';

/** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets don't run it as a formula. */
export function csvField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(rows: (string | number | undefined | null)[][]): string {
  // CRLF line ends and a BOM, so spreadsheet apps read UTF-8 names correctly.
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Hands the file to the browser as a download. */
export function download(file: ExportFile): void {
  saveFile(new Blob([file.content], { type: file.type }), file.name);
}
