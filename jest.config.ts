/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
import { readFileSync } from 'node:fs';

const tsconfig = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8')) as Record<string, unknown>;
delete swc['$schema'];

/** tsconfig path aliases → Jest module names (one source of truth: tsconfig.base.json). */
const moduleNameMapper = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

// SWC rewrites the aliases itself, so files Jest loads outside its module system (globalSetup) resolve too.
const swcJsc = { ...(swc['jsc'] as Record<string, unknown>), baseUrl: __dirname, paths: tsconfig.compilerOptions.paths };
const serverTransform = {
  '^.+\\.ts$': ['@swc/jest', { ...swc, jsc: swcJsc, swcrc: false }] as [string, Record<string, unknown>],
  // ESM-only dependencies (Node loads them with require(esm); Jest's runtime needs them as CommonJS).
  '^.+/node_modules/(content-disposition)/.+\\.js$': ['@swc/jest', { swcrc: false, module: { type: 'commonjs' } }] as [string, Record<string, unknown>],
};
const ESM_ONLY = ['content-disposition'];
const webTransform = {
  '^.+\\.(ts|tsx)$': [
    '@swc/jest',
    { swcrc: false, jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } },
  ] as [string, Record<string, unknown>],
};

const base = { rootDir: __dirname, moduleNameMapper, testEnvironment: 'node', setupFiles: ['reflect-metadata'] };

const config: Config = {
  projects: [
    { ...base, displayName: 'unit', transform: serverTransform, testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/apps/worker/src/**/*.spec.ts'] },
    { ...base, displayName: 'web', transform: webTransform, testMatch: ['<rootDir>/apps/web/src/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'api-e2e',
      transform: serverTransform,
      transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
      testMatch: ['<rootDir>/apps/api-e2e/src/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/apps/api-e2e/src/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api-e2e/src/support/global-teardown.ts',
    },
    { ...base, displayName: 'web-e2e', transform: webTransform, testMatch: ['<rootDir>/apps/web-e2e/src/**/*.browser-spec.ts'] },
  ],
};

export default config;
