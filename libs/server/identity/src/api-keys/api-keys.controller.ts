import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, IdParam, Page, PageQueryDto, Permission } from '@sopr/server-core';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from '../dto/api-key.dto';
import { ApiKeysService } from './api-keys.service';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly service: ApiKeysService) {}

  @Get()
  @Authenticated({ permission: Permission.API_KEY_MANAGE })
  @ApiOperation({ operationId: 'listApiKeys', summary: 'Ключи API интеграций' })
  @ApiPageResponse(ApiKeyDto)
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<ApiKeyDto>> {
    return this.service.list(actor, query);
  }

  @Post()
  @Authenticated({ permission: Permission.API_KEY_MANAGE })
  @ApiOperation({ operationId: 'createApiKey', summary: 'Выпустить ключ API (показывается один раз)' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.service.create(actor, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ permission: Permission.API_KEY_MANAGE })
  @ApiOperation({ operationId: 'revokeApiKey', summary: 'Отозвать ключ API' })
  @ApiNoContentResponse()
  revoke(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.service.revoke(actor, id);
  }
}
