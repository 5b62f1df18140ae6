import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Actor, AuditService, fileBody, isPlacementInScope } from '@sopr/server-core';
import { MunicipalitiesService } from '@sopr/server-org-structure';
import { ImportRowErrorDto, TableRow, UnreadableFileError, readTableRows } from '@sopr/server-staff';
import { indicatorByCode } from '../catalogue/catalogue';
import { IndicatorTarget } from './indicator-target.entity';
import { TargetImportReportDto } from './indicator-target.dto';
import { targetValueProblem, writeTarget } from './indicator-targets.service';

/** The columns of a targets file, by header. */
const COLUMNS = { code: 'Код показателя', year: 'Год', value: 'Цель', municipality: 'Муниципалитет' } as const;
const MAX_ROWS = 5000;

interface TargetRow {
  line: number;
  indicatorCode: string;
  year: number;
  value: number;
  regionId: string;
  municipalityId: string | null;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е');

/**
 * Targets from a file (XLSX or CSV: «Код показателя», «Год», «Цель», and «Муниципалитет» — empty for
 * the whole region): every row checked, nothing applied while any is wrong; a dry run reports what
 * would change.
 */
@Injectable()
export class IndicatorTargetsImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
  ) {}

  async run(actor: Actor, body: unknown, apply: boolean): Promise<TargetImportReportDto> {
    const report = (fileErrors: string[], totalRows = 0): TargetImportReportDto => ({ valid: false, totalRows, toCreate: 0, toUpdate: 0, unchanged: 0, fileErrors, errors: [], applied: false });
    let rows: TableRow[];
    try {
      rows = [];
      for await (const row of readTableRows(fileBody(body))) {
        rows.push(row);
        if (rows.length > MAX_ROWS + 1) return report([`В файле больше ${MAX_ROWS} строк`]);
      }
    } catch (error) {
      if (error instanceof UnreadableFileError) return report([error.message]);
      throw error;
    }
    const [header, ...data] = rows;
    if (!header || data.length === 0) return report(['В файле нет строк с данными']);
    const at = Object.fromEntries(Object.entries(COLUMNS).map(([key, title]) => [key, header.cells.findIndex((c) => norm(c) === norm(title))])) as Record<keyof typeof COLUMNS, number>;
    const missing = (['code', 'year', 'value'] as const).filter((key) => at[key] < 0).map((key) => `«${COLUMNS[key]}»`);
    if (missing.length > 0) return report([`Нет обязательных столбцов: ${missing.join(', ')}`], data.length);

    const places = await this.municipalities.municipalities.query(actor).getMany();
    const errors: ImportRowErrorDto[] = [];
    const checked: TargetRow[] = [];
    const firstLineOf = new Map<string, number>();
    for (const { line, cells } of data) {
      const cell = (key: keyof typeof COLUMNS) => (at[key] < 0 ? '' : (cells[at[key]] ?? '').trim());
      const fail = (key: keyof typeof COLUMNS, message: string) => errors.push({ row: line, column: COLUMNS[key], message });
      const before = errors.length;
      const definition = indicatorByCode(cell('code').toUpperCase());
      if (!definition) fail('code', cell('code') ? `Показателя с кодом ${cell('code')} нет в каталоге` : 'Обязательное поле');
      const year = Number(cell('year'));
      if (!Number.isInteger(year) || year < 2000 || year > 2100) fail('year', 'Год — число от 2000 до 2100');
      const value = Number(cell('value').replace(',', '.').replace(/\s|%/g, ''));
      if (cell('value') === '' || !Number.isFinite(value)) fail('value', 'Цель должна быть числом');
      else if (definition && targetValueProblem(definition.unit, value)) fail('value', targetValueProblem(definition.unit, value)!);
      const municipalityName = cell('municipality');
      const municipality = municipalityName ? places.find((m) => norm(m.name) === norm(municipalityName)) : null;
      if (municipalityName && !municipality) fail('municipality', 'Муниципалитет не найден в вашей области доступа');
      const regionId = municipality?.regionId ?? actor.regionId;
      const placement = { regionId, municipalityId: municipality?.id ?? null, organizationId: null };
      if (!municipalityName && (!regionId || !isPlacementInScope(actor, placement))) fail('municipality', 'Цель для всего региона задаёт администратор региона: укажите муниципалитет');
      if (errors.length > before || !definition || !regionId) continue;
      const key = `${definition.code}|${municipality?.id ?? regionId}|${year}`;
      if (firstLineOf.has(key)) {
        errors.push({ row: line, column: null, message: `Повторяет строку ${firstLineOf.get(key)}` });
        continue;
      }
      firstLineOf.set(key, line);
      checked.push({ line, indicatorCode: definition.code, year, value, regionId, municipalityId: municipality?.id ?? null });
    }

    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.getRepository(IndicatorTarget).findBy({ placeId: In([...new Set(checked.map((r) => r.municipalityId ?? r.regionId))]) });
      const find = (r: TargetRow) => existing.find((e) => e.indicatorCode === r.indicatorCode && e.placeId === (r.municipalityId ?? r.regionId) && e.year === r.year);
      const toCreate = checked.filter((r) => !find(r)).length;
      const unchanged = checked.filter((r) => find(r) && Number(find(r)!.value) === r.value).length;
      const valid = errors.length === 0;
      const result: TargetImportReportDto = {
        valid, totalRows: data.length, toCreate, toUpdate: checked.length - toCreate - unchanged, unchanged, fileErrors: [], errors, applied: valid && apply,
      };
      if (!result.applied) return result;
      for (const r of checked) {
        const before = find(r) ?? null;
        if (before && Number(before.value) === r.value) continue;
        await writeTarget(manager, this.audit, actor, r, before, 'импорт файла');
      }
      return result;
    });
  }
}
