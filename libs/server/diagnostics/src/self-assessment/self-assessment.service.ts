import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AppError, AuditAction, AuditService, BadRequestError, ConflictError, FieldError, NotFoundError } from '@sopr/server-core';
import { ProcedureKind, ResultSource, SelfAssessmentStatus } from '@sopr/shared';
import { StaffMember, today } from '@sopr/server-staff';
import { Competence } from '../framework/competence.entity';
import { FrameworksService } from '../framework/frameworks.service';
import { DiagnosticProcedure } from '../procedures/diagnostic-procedure.entity';
import { ProcedureCompetence } from '../procedures/procedure-competence.entity';
import { ResultStage } from '../results/result-stage';
import { Questionnaire } from './questionnaire.entity';
import { SelfAssessment } from './self-assessment.entity';
import { MySelfAssessmentsDto, QuestionnaireDto, SaveSelfAssessmentDto, SelfAssessmentDto, SelfScoreDto } from './self-assessment.dto';

const NOT_LINKED = 'Учётная запись не связана с карточкой педагога';

/** The school year (1 September – 31 August) a date falls in. */
export function schoolYearOf(date: string): { label: string; startsOn: string; endsOn: string } {
  const [year, month] = date.split('-').map(Number);
  const first = month >= 9 ? year : year - 1;
  return { label: `${first}/${first + 1}`, startsOn: `${first}-09-01`, endsOn: `${first + 1}-08-31` };
}

/** A competence's score is the mean of its items' answers, to two decimals. */
export function competenceMeans(questionnaire: Pick<Questionnaire, 'items'>, answers: Record<string, number>): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const item of questionnaire.items) {
    const answer = answers[item.code];
    if (answer === undefined) continue;
    const entry = sums.get(item.competenceCode) ?? { sum: 0, count: 0 };
    sums.set(item.competenceCode, { sum: entry.sum + answer, count: entry.count + 1 });
  }
  return new Map([...sums].map(([code, { sum, count }]) => [code, Math.round((100 * sum) / count) / 100]));
}

/**
 * Self-diagnostics: the teacher fills in the questionnaire of the professional standard at his own
 * pace (a draft), then submits it; the means per competence become his result of kind SELF in the
 * region's self-diagnostics procedure of the school year (opened by the system on first use).
 */
@Injectable()
export class SelfAssessmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
  ) {}

  async questionnaire(): Promise<QuestionnaireDto> {
    const q = await this.current();
    const names = await this.competenceNames();
    return {
      id: q.id, version: q.version, title: q.title, scaleMin: q.scaleMin, scaleMax: q.scaleMax, scaleLabels: q.scaleLabels, threshold: Number(q.threshold),
      items: q.items.map((i) => ({ ...i, competenceName: names.get(i.competenceCode) ?? i.competenceCode })),
    };
  }

  async mine(actor: Actor): Promise<MySelfAssessmentsDto> {
    const member = await this.member(actor);
    const rows = await this.dataSource.manager.find(SelfAssessment, { where: { staffMemberId: member.id }, relations: { questionnaire: true }, order: { createdAt: 'DESC' } });
    const draft = rows.find((r) => r.status === SelfAssessmentStatus.DRAFT) ?? null;
    const names = await this.competenceNames();
    return { draft: draft ? this.toDto(draft, names) : null, submitted: rows.filter((r) => r.status === SelfAssessmentStatus.SUBMITTED).map((r) => this.toDto(r, names)) };
  }

  /** Saves answers into the draft (opening one if needed); answers already given are kept. */
  async save(actor: Actor, dto: SaveSelfAssessmentDto): Promise<SelfAssessmentDto> {
    const member = await this.member(actor);
    const draft = await this.draftOf(member) ?? this.dataSource.manager.create(SelfAssessment, {
      staffMemberId: member.id, questionnaireId: (await this.current()).id, regionId: member.regionId, municipalityId: member.municipalityId,
      organizationId: member.organizationId, status: SelfAssessmentStatus.DRAFT, answers: {}, submittedAt: null, resultId: null,
    });
    const questionnaire = draft.questionnaire ?? (await this.dataSource.manager.findOneByOrFail(Questionnaire, { id: draft.questionnaireId }));
    const errors = this.answerErrors(questionnaire, dto.answers);
    if (errors.length > 0) throw new BadRequestError('Проверьте ответы', errors);
    draft.answers = { ...draft.answers, ...dto.answers };
    const saved = await this.dataSource.manager.save(draft);
    saved.questionnaire = questionnaire;
    return this.toDto(saved, new Map());
  }

  async submit(actor: Actor): Promise<SelfAssessmentDto> {
    const member = await this.member(actor);
    const draft = await this.draftOf(member);
    if (!draft) throw await this.noDraftError(member);
    const questionnaire = draft.questionnaire!;
    const unanswered = this.unanswered(questionnaire, draft.answers);
    if (unanswered) throw unanswered;
    const on = today();
    await this.dataSource.transaction(async (manager) => {
      const { procedure, competences } = await this.procedureOf(manager, actor, member, questionnaire, on);
      const means = competenceMeans(questionnaire, draft.answers);
      const scores = new Map(competences.filter((c) => means.has(c.code)).map((c) => [c.id, means.get(c.code)!]));
      const [outcome] = await ResultStage.within(manager, async (stage) => {
        await stage.add([{ line: 0, staffMemberId: member.id, takenOn: on, scores }]);
        return stage.apply(actor, procedure.id, ResultSource.SELF);
      });
      await manager.update(SelfAssessment, { id: draft.id }, { status: SelfAssessmentStatus.SUBMITTED, submittedAt: new Date(), resultId: outcome.resultId });
    });
    const submitted = await this.dataSource.manager.findOneOrFail(SelfAssessment, { where: { id: draft.id }, relations: { questionnaire: true } });
    return this.toDto(submitted, await this.competenceNames());
  }

  private async current(): Promise<Questionnaire> {
    const q = await this.dataSource.manager.findOne(Questionnaire, { where: {}, order: { version: 'DESC' } });
    if (!q) throw new NotFoundError('Анкета самодиагностики не найдена');
    return q;
  }

  private async member(actor: Actor): Promise<StaffMember> {
    if (!actor.staffMemberId) throw new NotFoundError(NOT_LINKED);
    const member = await this.dataSource.manager.findOneBy(StaffMember, { id: actor.staffMemberId });
    if (!member) throw new NotFoundError(NOT_LINKED);
    return member;
  }

  /** Sent twice (the draft became a result) or never started: which one, the user is told. */
  private async noDraftError(member: StaffMember): Promise<AppError> {
    const submitted = await this.dataSource.manager.existsBy(SelfAssessment, { staffMemberId: member.id, status: SelfAssessmentStatus.SUBMITTED });
    if (submitted) return new ConflictError('Анкета уже отправлена: её результат — в разделе «Мои диагностики»');
    return this.unanswered(await this.current(), {}) ?? new ConflictError('Нет начатой анкеты самодиагностики');
  }

  /** Every question without an answer, as a 400 naming each; null when all are answered. */
  private unanswered(questionnaire: Questionnaire, answers: Record<string, number>): BadRequestError | null {
    const missing: FieldError[] = questionnaire.items
      .filter((i) => answers[i.code] === undefined)
      .map((i) => ({ field: `answers.${i.code}`, message: 'Нет ответа' }));
    return missing.length > 0 ? new BadRequestError(`Ответьте на все вопросы: осталось ${missing.length}`, missing) : null;
  }

  private draftOf(member: StaffMember): Promise<SelfAssessment | null> {
    return this.dataSource.manager.findOne(SelfAssessment, { where: { staffMemberId: member.id, status: SelfAssessmentStatus.DRAFT }, relations: { questionnaire: true } });
  }

  private answerErrors(questionnaire: Questionnaire, answers: Record<string, number>): FieldError[] {
    const codes = new Set(questionnaire.items.map((i) => i.code));
    return Object.entries(answers).flatMap(([code, value]) => {
      if (!codes.has(code)) return [{ field: `answers.${code}`, message: 'Такого вопроса нет в анкете' }];
      if (!Number.isInteger(value) || value < questionnaire.scaleMin || value > questionnaire.scaleMax) {
        return [{ field: `answers.${code}`, message: `Ответ — целое число от ${questionnaire.scaleMin} до ${questionnaire.scaleMax}` }];
      }
      return [];
    });
  }

  /** The region's self-diagnostics procedure of the school year; opened once, under a lock. */
  private async procedureOf(manager: EntityManager, actor: Actor, member: StaffMember, questionnaire: Questionnaire, on: string) {
    const year = schoolYearOf(on);
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`self-procedure:${member.regionId}:${questionnaire.id}:${year.label}`]);
    let procedure = await manager.findOneBy(DiagnosticProcedure, { regionId: member.regionId, questionnaireId: questionnaire.id, startsOn: year.startsOn, kind: ProcedureKind.SELF });
    if (!procedure) {
      const framework = await this.frameworks.inForceEntity(actor, member.regionId);
      const codes = [...new Set(questionnaire.items.map((i) => i.competenceCode))];
      const assessed = await manager.createQueryBuilder(Competence, 'c').where('c.frameworkId = :f', { f: framework.id }).andWhere('c.code IN (:...codes)', { codes }).getMany();
      procedure = await manager.save(manager.create(DiagnosticProcedure, {
        regionId: member.regionId, municipalityId: null, organizationId: null,
        name: `Самодиагностика по профстандарту «Педагог», ${year.label} уч. г.`, kind: ProcedureKind.SELF, subjectId: null, frameworkId: framework.id,
        startsOn: year.startsOn, endsOn: year.endsOn, scaleMin: String(questionnaire.scaleMin), scaleMax: String(questionnaire.scaleMax),
        threshold: questionnaire.threshold, isCnppm: false, columnMapping: null, questionnaireId: questionnaire.id,
      }));
      await manager.insert(ProcedureCompetence, assessed.map((c) => ({ procedureId: procedure!.id, competenceId: c.id })));
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'diagnosticProcedure', entityId: procedure.id, placement: { regionId: member.regionId, municipalityId: null, organizationId: null }, changes: { source: { from: null, to: 'самодиагностика' } } });
    }
    const competences = await manager.createQueryBuilder(Competence, 'c').innerJoin(ProcedureCompetence, 'pc', 'pc.competenceId = c.id').where('pc.procedureId = :id', { id: procedure.id }).getMany();
    return { procedure, competences };
  }

  /** Competence names by code as the latest framework version words them. */
  private async competenceNames(): Promise<Map<string, string>> {
    const rows: { code: string; name: string }[] = await this.dataSource.manager.query(
      `SELECT DISTINCT ON (c.code) c.code, c.name FROM competence c JOIN competence_framework f ON f.id = c.framework_id
       WHERE f.status = 'PUBLISHED' ORDER BY c.code, f.published_at DESC`,
    );
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  private toDto(a: SelfAssessment, names: Map<string, string>): SelfAssessmentDto {
    const q = a.questionnaire!;
    const submitted = a.status === SelfAssessmentStatus.SUBMITTED;
    const scores: SelfScoreDto[] = submitted
      ? [...competenceMeans(q, a.answers)].map(([code, score]) => ({ competenceCode: code, competenceName: names.get(code) ?? code, score, belowThreshold: score < Number(q.threshold) }))
      : [];
    return {
      id: a.id, questionnaireId: a.questionnaireId, status: a.status, answers: a.answers, answered: Object.keys(a.answers).length, total: q.items.length,
      updatedAt: a.updatedAt.toISOString(), submittedAt: a.submittedAt?.toISOString() ?? null, resultId: a.resultId, scores,
    };
  }
}
