import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { AnalyticalNote, NoteRow } from './analytical-note';

const HEADER = ['Показатель', 'Значение', 'Цель', 'Оценка', 'Изменение'];
const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border };

const cell = (text: string, bold = false) =>
  new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text, bold, size: 20 })] })] });

function table(rows: NoteRow[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: HEADER.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: [r.name, r.value, r.target, r.status, r.change].map((text) => cell(text)) })),
    ],
  });
}

const paragraph = (text: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, size: 24 })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, text });
const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text, size: 24 })] });

/** The note as a Word document (DOCX). */
export function noteDocx(note: AnalyticalNote): Promise<Buffer> {
  const body = [
    new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE, children: [new TextRun({ text: note.title, bold: true, size: 32 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: note.place, size: 26 })] }),
    paragraph(note.period),
    paragraph(note.population),
    heading('1. Сводная таблица показателей', HeadingLevel.HEADING_1),
    table(note.summary),
    ...note.sections.flatMap((section, i) => [
      heading(`${i + 2}. ${section.title}`, HeadingLevel.HEADING_1),
      table(section.rows),
      ...(section.below.length === 0
        ? [paragraph(note.places.allMet)]
        : [paragraph(note.places.below), ...section.below.map((b) => bullet(`${b.indicator}: ${b.organizations.join(', ')}.`))]),
    ]),
    heading(`${note.sections.length + 2}. Наиболее затронутые компетенции и предметы`, HeadingLevel.HEADING_1),
    ...(note.affected.length === 0 ? [paragraph('Компетенций с дефицитом более чем у 30 % учителей предмета не выявлено.')] : note.affected.map(bullet)),
    heading(`${note.sections.length + 3}. Выводы`, HeadingLevel.HEADING_1),
    ...note.conclusions.map(bullet),
    heading(`${note.sections.length + 4}. Выданные рекомендации`, HeadingLevel.HEADING_1),
    ...(note.recommendations.length === 0 ? [paragraph('Рекомендации по итогам мониторинга не выдавались.')] : note.recommendations.map(bullet)),
  ];
  return Packer.toBuffer(new Document({ creator: 'СОПР', title: note.title, styles: { default: { document: { run: { font: 'Times New Roman' } } } }, sections: [{ children: body }] }));
}
