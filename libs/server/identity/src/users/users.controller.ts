import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, IdParam, Page, Permission } from '@sopr/server-core';
import { CreateUserDto, UpdateUserDto, UserDto, UserQueryDto } from '../dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Get()
  @Authenticated({ permission: Permission.USER_READ })
  @ApiOperation({ operationId: 'listUsers', summary: 'Пользователи в пределах области доступа' })
  @ApiPageResponse(UserDto)
  list(@CurrentActor() actor: Actor, @Query() query: UserQueryDto): Promise<Page<UserDto>> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.USER_READ })
  @ApiOperation({ operationId: 'getUser', summary: 'Пользователь' })
  @ApiOkResponse({ type: UserDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<UserDto> {
    return this.service.get(actor, id);
  }

  @Post()
  @Authenticated({ permission: Permission.USER_WRITE })
  @ApiOperation({ operationId: 'createUser', summary: 'Создать пользователя (роль не выше своей, в своей области)' })
  @ApiCreatedResponse({ type: UserDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.service.create(actor, dto);
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.USER_WRITE })
  @ApiOperation({ operationId: 'updateUser', summary: 'Изменить пользователя' })
  @ApiOkResponse({ type: UserDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return this.service.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ permission: Permission.USER_WRITE })
  @ApiOperation({ operationId: 'deactivateUser', summary: 'Заблокировать пользователя (запись остаётся в журнале)' })
  @ApiNoContentResponse()
  deactivate(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.service.deactivate(actor, id);
  }
}
