import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { Queue } from 'bullmq';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { API_KEY_AUTH, AppConfig, BEARER_AUTH, FILE_CONTENT_TYPES, NotFoundError, createValidationPipe, sendError } from '@sopr/server-core';
import { API_KEY_HEADER } from '@sopr/server-identity';
import { QUEUES, QueueName } from '@sopr/server-jobs';
import { appModule } from './app.module';

import { mountQueueBoard } from './queues-admin/queue-board';

export const API_PREFIX = 'api/v1';

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('СОПР API')
    .setDescription('Система обеспечения профессионального развития педагогических работников. Все ответы об ошибках: { statusCode, code, message, errors? }.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_AUTH)
    .addApiKey({ type: 'apiKey', in: 'header', name: API_KEY_HEADER }, API_KEY_AUTH)
    .build();
  return SwaggerModule.createDocument(app, config, { operationIdFactory: (_controller, method) => method });
}

/** Builds the whole HTTP application; `main.ts` and the API tests both use it. */
export async function createApp(config: AppConfig, options: { logger?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: config.bodyLimitBytes, trustProxy: false });
  const app = await NestFactory.create<NestFastifyApplication>(appModule(config), adapter, {
    logger: options.logger === false ? false : ['error', 'warn', 'log'],
    abortOnError: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  // Files (imports) arrive as the raw request body, with their own size limit.
  fastify.addContentTypeParser(FILE_CONTENT_TYPES, { parseAs: 'buffer', bodyLimit: config.importMaxBytes }, (_request, body, done) => done(null, body));
  await app.register(fastifyHelmet, { contentSecurityPolicy: false });

  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'СОПР API' });

  const queues = app.get<Map<QueueName, Queue>>(QUEUES);
  await mountQueueBoard(fastify, [...queues.values()], config);

  const webDist = config.webDistDir;
  const hasSpa = webDist !== null && existsSync(join(webDist, 'index.html'));
  if (hasSpa) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  // Everything that is not an API route: the SPA's index.html (client-side routing), or a JSON 404.
  fastify.get('/*', (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/') || !hasSpa) {
      sendError(reply, new NotFoundError('Адрес не найден'));
      return;
    }
    void reply.sendFile('index.html');
  });
  await app.init();
  return app;
}
