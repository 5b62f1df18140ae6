import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '@sopr/server-core';
import { RecommendationAddressee, RecommendationPriority, RecommendationStatus } from '@sopr/shared';

export class RecommendationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RecommendationStatus, enumName: 'RecommendationStatus' }) @IsOptional() @IsEnum(RecommendationStatus) status?: RecommendationStatus;
  @ApiPropertyOptional({ enum: RecommendationAddressee, enumName: 'RecommendationAddressee' }) @IsOptional() @IsEnum(RecommendationAddressee) addressee?: RecommendationAddressee;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ example: 'training-due' }) @IsOptional() @IsString() @MaxLength(40) ruleCode?: string;
}

export class UpdateRecommendationDto {
  @ApiProperty({ enum: RecommendationStatus, enumName: 'RecommendationStatus', description: 'ACCEPTED, DONE или REJECTED (с причиной)' })
  @IsEnum(RecommendationStatus)
  status: RecommendationStatus;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Причина отклонения (обязательна для REJECTED)' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(1000)
  reason?: string;
}

export class RecommendationSubjectDto {
  @ApiProperty({ enum: ['STAFF', 'ORGANIZATION', 'COMPETENCE'] }) kind: 'STAFF' | 'ORGANIZATION' | 'COMPETENCE';
  @ApiProperty({ description: 'Идентификатор педагога или организации, код компетенции' }) id: string;
  @ApiProperty() name: string;
}

export class RecommendationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'training-due', description: 'Правило, выдавшее рекомендацию' }) ruleCode: string;
  @ApiProperty({ enum: RecommendationAddressee, enumName: 'RecommendationAddressee' }) addressee: RecommendationAddressee;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) organizationName: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) staffMemberId: string | null;
  @ApiProperty({ nullable: true, type: String }) indicatorCode: string | null;
  @ApiProperty({ enum: RecommendationPriority, enumName: 'RecommendationPriority' }) priority: RecommendationPriority;
  @ApiProperty() text: string;
  @ApiProperty({ type: [RecommendationSubjectDto], description: 'О ком или о чём рекомендация' }) subjects: RecommendationSubjectDto[];
  @ApiProperty({ enum: RecommendationStatus, enumName: 'RecommendationStatus' }) status: RecommendationStatus;
  @ApiProperty({ nullable: true, type: String }) rejectionReason: string | null;
  @ApiProperty({ format: 'uuid' }) runId: string;
  @ApiProperty({ description: 'Отметить её может текущий пользователь (он адресат)' }) canAct: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}
