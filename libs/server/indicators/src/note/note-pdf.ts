import PDFDocument from 'pdfkit';
import { AnalyticalNote, NoteRow } from './analytical-note';

/** PT Sans (ParaType, OFL), with Cyrillic and Latin: PDF's standard fonts have no Cyrillic. */
const FONT = require.resolve('@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf');
const WIDTHS = [235, 70, 55, 75, 80];
const HEADER = ['Показатель', 'Значение', 'Цель', 'Оценка', 'Изменение'];
/** Points a heading needs below it: itself, a table's header and a row of two lines. */
const KEEP_WITH_HEADING = 90;

function tableRows(doc: PDFKit.PDFDocument, rows: NoteRow[]): void {
  const draw = (cells: string[], bold: boolean) => {
    const heights = cells.map((text, i) => doc.font(bold ? 'bold' : 'regular').fontSize(9).heightOfString(text, { width: WIDTHS[i] - 6 }));
    const height = Math.max(...heights) + 6;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = doc.page.margins.left;
    cells.forEach((text, i) => {
      doc.rect(x, top, WIDTHS[i], height).strokeColor('#999999').stroke();
      doc.fillColor('black').text(text, x + 3, top + 3, { width: WIDTHS[i] - 6 });
      x += WIDTHS[i];
    });
    doc.x = doc.page.margins.left;
    doc.y = top + height;
  };
  draw(HEADER, true);
  for (const r of rows) draw([r.name, r.value, r.target, r.status, r.change], false);
  doc.moveDown(0.5);
}

/** The note as a PDF with correct Cyrillic. */
export function notePdf(note: AnalyticalNote): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 50, bottom: 50, left: 50, right: 50 }, info: { Title: note.title, Author: 'СОПР' } });
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  // A heading starts a new page when its table's header and first row would not fit under it.
  const heading = (text: string) => {
    if (doc.y + KEEP_WITH_HEADING > doc.page.height - doc.page.margins.bottom) doc.addPage();
    return doc.moveDown(0.5).font('bold').fontSize(13).text(text).moveDown(0.3);
  };
  const paragraph = (text: string) => doc.font('regular').fontSize(11).text(text).moveDown(0.3);
  const bullet = (text: string) => doc.font('regular').fontSize(11).text(`• ${text}`, { indent: 10 }).moveDown(0.2);

  doc.font('bold').fontSize(15).text(note.title, { align: 'center' }).moveDown(0.3);
  doc.font('regular').fontSize(12).text(note.place, { align: 'center' }).moveDown(0.8);
  paragraph(note.period);
  paragraph(note.population);
  heading('1. Сводная таблица показателей');
  tableRows(doc, note.summary);
  note.sections.forEach((section, i) => {
    heading(`${i + 2}. ${section.title}`);
    tableRows(doc, section.rows);
    if (section.below.length === 0) paragraph(note.places.allMet);
    else {
      paragraph(note.places.below);
      section.below.forEach((b) => bullet(`${b.indicator}: ${b.organizations.join(', ')}.`));
    }
  });
  heading(`${note.sections.length + 2}. Наиболее затронутые компетенции и предметы`);
  if (note.affected.length === 0) paragraph('Компетенций с дефицитом более чем у 30 % учителей предмета не выявлено.');
  else note.affected.forEach(bullet);
  heading(`${note.sections.length + 3}. Выводы`);
  note.conclusions.forEach(bullet);
  heading(`${note.sections.length + 4}. Выданные рекомендации`);
  if (note.recommendations.length === 0) paragraph('Рекомендации по итогам мониторинга не выдавались.');
  else note.recommendations.forEach(bullet);
  doc.end();
  return done;
}
