import { Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JwtService } from '@nestjs/jwt';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, Actor, AppConfig, Authenticated, CurrentActor, Permission } from '@sopr/server-core';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH, signBoardTicket } from './queue-board';

@ApiTags('admin')
@Controller('admin/queues')
export class QueuesAdminController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Post('session')
  @HttpCode(204)
  @Authenticated({ permission: Permission.QUEUE_ADMIN })
  @ApiOperation({ operationId: 'openQueueBoardSession', summary: 'Открыть Bull Board: ставит cookie на 15 минут' })
  @ApiNoContentResponse()
  session(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): void {
    const ticket = signBoardTicket(new JwtService({ secret: this.config.jwtSecret }), actor.id);
    const secure = this.config.nodeEnv === 'production' ? '; Secure' : '';
    reply.header('Set-Cookie', `${QUEUE_BOARD_COOKIE}=${ticket}; Path=${QUEUE_BOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=900${secure}`);
  }
}
