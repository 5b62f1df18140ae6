import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { SelfAssessmentStatus } from '@sopr/shared';

export class QuestionnaireItemDto {
  @ApiProperty({ example: 'PM-1' }) code: string;
  @ApiProperty({ example: 'PROF.METHODICAL' }) competenceCode: string;
  @ApiProperty({ example: 'Методическая компетенция' }) competenceName: string;
  @ApiProperty({ example: 'A/01.6 Общепедагогическая функция. Обучение' }) labourFunction: string;
  @ApiProperty() text: string;
}

export class QuestionnaireDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() version: number;
  @ApiProperty() title: string;
  @ApiProperty() scaleMin: number;
  @ApiProperty() scaleMax: number;
  @ApiProperty({ type: [String], description: 'Подписи значений шкалы по порядку' }) scaleLabels: string[];
  @ApiProperty({ description: 'Средний балл компетенции ниже порога — дефицит' }) threshold: number;
  @ApiProperty({ type: [QuestionnaireItemDto] }) items: QuestionnaireItemDto[];
}

export class SaveSelfAssessmentDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { 'PS-1': 3, 'PM-2': 2 }, description: 'Код вопроса → ответ по шкале' })
  @IsObject()
  answers: Record<string, number>;
}

export class SelfScoreDto {
  @ApiProperty() competenceCode: string;
  @ApiProperty() competenceName: string;
  @ApiProperty({ description: 'Средний балл' }) score: number;
  @ApiProperty() belowThreshold: boolean;
}

export class SelfAssessmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) questionnaireId: string;
  @ApiProperty({ enum: SelfAssessmentStatus, enumName: 'SelfAssessmentStatus' }) status: SelfAssessmentStatus;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) answers: Record<string, number>;
  @ApiProperty({ description: 'Отвечено вопросов' }) answered: number;
  @ApiProperty({ description: 'Всего вопросов' }) total: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) resultId: string | null;
  @ApiProperty({ type: [SelfScoreDto], description: 'Итог по компетенциям (после отправки)' }) scores: SelfScoreDto[];
}

export class MySelfAssessmentsDto {
  @ApiProperty({ type: SelfAssessmentDto, nullable: true, description: 'Незавершённая анкета' }) draft: SelfAssessmentDto | null;
  @ApiProperty({ type: [SelfAssessmentDto], description: 'Отправленные, последние первыми' }) submitted: SelfAssessmentDto[];
}
