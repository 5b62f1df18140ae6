import { Controller, Get, HttpCode, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../access/decorators';
import { AppError } from '../errors/app-error';
import { ErrorBodyDto } from '../errors/error-body';
import { REDIS } from '../redis/redis.module';

export class HealthDto {
  @ApiProperty({ example: 'ok' }) status: string;
  @ApiProperty({ example: { postgres: 'ok', redis: 'ok' } }) checks: Record<string, string>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get('live')
  @Public()
  @ApiOperation({ operationId: 'getLiveness', summary: 'Процесс жив' })
  @ApiOkResponse({ type: HealthDto })
  live(): HealthDto {
    return { status: 'ok', checks: {} };
  }

  @Get('ready')
  @Public()
  @HttpCode(200)
  @ApiOperation({ operationId: 'getReadiness', summary: 'Готовность: PostgreSQL и Redis отвечают' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto })
  async ready(): Promise<HealthDto> {
    const checks: Record<string, string> = {};
    await withTimeout(this.dataSource.query('SELECT 1'), 1000).then(() => (checks['postgres'] = 'ok'), () => (checks['postgres'] = 'unavailable'));
    await withTimeout(this.redis.ping(), 1000).then(() => (checks['redis'] = 'ok'), () => (checks['redis'] = 'unavailable'));
    const down = Object.entries(checks).filter(([, state]) => state !== 'ok').map(([name]) => name);
    if (down.length > 0) {
      throw new AppError(503, 'SERVICE_UNAVAILABLE', `Недоступны: ${down.join(', ')}`);
    }
    return { status: 'ok', checks };
  }
}
