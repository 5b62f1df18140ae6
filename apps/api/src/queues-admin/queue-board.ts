import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import { JwtService } from '@nestjs/jwt';
import { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, ForbiddenError, sendError } from '@sopr/server-core';

export const QUEUE_BOARD_PATH = '/api/admin/queues';
export const QUEUE_BOARD_COOKIE = 'sopr_queue_board';

export function signBoardTicket(jwt: JwtService, userId: string): string {
  return jwt.sign({ sub: userId, typ: 'queue-board' }, { expiresIn: 900 });
}

function readCookie(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** Bull Board for system admins: the SPA opens a session (cookie), the board checks it per request. */
export async function mountQueueBoard(fastify: FastifyInstance, queues: Queue[], config: AppConfig): Promise<void> {
  const jwt = new JwtService({ secret: config.jwtSecret });
  const serverAdapter = new BoardAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter, options: { uiConfig: { boardTitle: 'СОПР: очереди' } } });
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const ticket = readCookie(request, QUEUE_BOARD_COOKIE);
      try {
        const claims = ticket ? jwt.verify<{ typ: string }>(ticket) : null;
        if (claims?.typ === 'queue-board') return;
      } catch {
        // fall through to the refusal
      }
      sendError(reply, new ForbiddenError('Откройте очереди из раздела «Очереди» под учётной записью администратора системы'));
      return reply;
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  });
}
