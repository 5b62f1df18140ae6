import { ApiProperty } from '@nestjs/swagger';
import { IndicatorBreakdown, IndicatorDirection, IndicatorGroup, IndicatorUnit } from '@sopr/shared';

export class IndicatorDto {
  @ApiProperty({ example: 'DIAG_COVERAGE' }) code: string;
  @ApiProperty({ example: 'Доля педагогов, прошедших диагностику/самодиагностику профессиональных дефицитов' }) name: string;
  @ApiProperty({ enum: IndicatorGroup, enumName: 'IndicatorGroup' }) group: IndicatorGroup;
  @ApiProperty({ enum: IndicatorUnit, enumName: 'IndicatorUnit' }) unit: IndicatorUnit;
  @ApiProperty({ enum: IndicatorDirection, enumName: 'IndicatorDirection' }) direction: IndicatorDirection;
  @ApiProperty({ description: 'Кто входит в числитель' }) numerator: string;
  @ApiProperty({ nullable: true, type: String, description: 'Кто входит в знаменатель; пусто — количество или да/нет' }) denominator: string | null;
  @ApiProperty({ example: '000 2.2.1.1; 001; 004 1.1', description: 'Источники: документы муниципальных программ' }) seeds: string;
  @ApiProperty({
    enum: IndicatorBreakdown, enumName: 'IndicatorBreakdown', isArray: true,
    description: 'Разрезы, в которых значение хранится для муниципалитета и региона (GET /monitoring-runs/{id}/values?breakdown=…)',
  })
  breakdowns: IndicatorBreakdown[];
}
