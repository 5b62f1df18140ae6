import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import { AppError } from '../errors/app-error';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content types accepted as an uploaded file in the request body. */
export const FILE_CONTENT_TYPES = ['application/octet-stream', XLSX_MIME, 'text/csv'];

/** The uploaded file of a request whose body is the file itself; any other body is a 415. */
export function fileBody(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) {
    throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Передайте файл в теле запроса (Content-Type: application/octet-stream, text/csv или XLSX)');
  }
  return body;
}

export interface XlsxColumn<R> {
  header: string;
  width?: number;
  value: (row: R) => string | number | boolean | Date | null;
}

/**
 * Streams rows into an XLSX download: the workbook is written row by row as the rows arrive
 * (`rows` may be an async generator reading the database in batches), never held whole in memory.
 */
export async function sendXlsx<R>(reply: FastifyReply, fileName: string, sheetName: string, columns: XlsxColumn<R>[], rows: AsyncIterable<R[]>): Promise<void> {
  // The first batch is read before anything is sent, so a bad query still answers with a normal error body.
  const iterator = rows[Symbol.asyncIterator]();
  let next = await iterator.next();
  const stream = new PassThrough();
  reply
    .header('Content-Type', XLSX_MIME)
    .header('Content-Disposition', `attachment; filename="${encodeURIComponent(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  void reply.send(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  while (!next.done) {
    for (const row of next.value) sheet.addRow(columns.map((column) => column.value(row))).commit();
    next = await iterator.next();
  }
  sheet.commit();
  await workbook.commit();
}
