import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, Permission, XLSX_MIME, XlsxColumn, sendXlsx } from '@sopr/server-core';
import { DifficultyBankDto, DifficultyBankQueryDto } from './difficulty-bank.dto';
import { DifficultyBankService } from './difficulty-bank.service';

interface BankExportRow {
  competence: string;
  subject: string;
  organization: string;
  teachers: number;
  withDeficit: number;
  share: number;
}

const EXPORT_COLUMNS: XlsxColumn<BankExportRow>[] = [
  { header: 'Компетенция', width: 44, value: (r) => r.competence },
  { header: 'Предмет', width: 28, value: (r) => r.subject },
  { header: 'Организация', width: 40, value: (r) => r.organization },
  { header: 'Педагогов', width: 12, value: (r) => r.teachers },
  { header: 'С дефицитом', width: 14, value: (r) => r.withDeficit },
  { header: 'Доля, %', width: 10, value: (r) => r.share },
];

/** The bank as export rows: every cell with deficits, totals first, in the heatmap's order. */
export function bankExportRows(bank: DifficultyBankDto): BankExportRow[] {
  const competence = new Map(bank.competences.map((c, i) => [c.code, { name: c.name, order: i }]));
  const organization = new Map(bank.organizations.map((o, i) => [o.id, { name: o.name, order: i }]));
  const subject = new Map(bank.subjects.map((s, i) => [s.id, { name: s.name, order: i }]));
  const order = (id: string | null, names: Map<string, { order: number }>) => (id === null ? -1 : names.get(id)?.order ?? 1e6);
  return [...bank.cells]
    .sort((a, b) =>
      (competence.get(a.competenceCode)?.order ?? 1e6) - (competence.get(b.competenceCode)?.order ?? 1e6)
      || order(a.subjectId, subject) - order(b.subjectId, subject)
      || order(a.organizationId, organization) - order(b.organizationId, organization))
    .map((c) => ({
      competence: competence.get(c.competenceCode)?.name ?? c.competenceCode,
      subject: c.subjectId ? subject.get(c.subjectId)?.name ?? '' : 'Все предметы',
      organization: c.organizationId ? organization.get(c.organizationId)?.name ?? '' : 'Итого',
      teachers: c.teachers,
      withDeficit: c.withDeficit,
      share: c.share,
    }));
}

@ApiTags('diagnostics')
@Controller()
export class DifficultyBankController {
  constructor(private readonly bank: DifficultyBankService) {}

  @Get('difficulty-bank')
  @Authenticated({ permission: Permission.DIFFICULTY_BANK_READ })
  @ApiOperation({ operationId: 'getDifficultyBank', summary: 'Банк затруднений: компетенция × предмет × организация' })
  @ApiOkResponse({ type: DifficultyBankDto })
  get(@CurrentActor() actor: Actor, @Query() query: DifficultyBankQueryDto): Promise<DifficultyBankDto> {
    return this.bank.bank(actor, query);
  }

  @Get('difficulty-bank.xlsx')
  @Authenticated({ permission: Permission.DIFFICULTY_BANK_READ })
  @ApiOperation({ operationId: 'exportDifficultyBank', summary: 'Банк затруднений в XLSX' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ content: { [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } } })
  async export(@CurrentActor() actor: Actor, @Query() query: DifficultyBankQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const bank = await this.bank.bank(actor, query);
    await sendXlsx(reply, `банк-затруднений-${bank.to}.xlsx`, 'Банк затруднений', EXPORT_COLUMNS, (async function* () { yield bankExportRows(bank); })());
  }
}
