import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class PutMonitoringScheduleDto {
  @ApiProperty({ example: '0 4 1 1,5,6,8,9,10,12 *', description: 'Расписание в формате cron (минута, час, день месяца, месяц, день недели), время UTC' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  cron: string;

  @ApiProperty({ description: 'false — мониторинг по расписанию не запускается' }) @IsBoolean() active: boolean;
}

export class MonitoringScheduleDto {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalityName: string;
  @ApiProperty({ example: '0 4 1 1,5,6,8,9,10,12 *' }) cron: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Расписание по умолчанию (муниципалитет своего не задавал)' }) isDefault: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Следующий запуск (UTC), если расписание активно' }) nextRunAt: string | null;
}
