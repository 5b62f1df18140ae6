import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795335068497 implements MigrationInterface {
  name = 'Initial1795335068497';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_kind" character varying(16) NOT NULL, "actor_id" uuid, "actor_role" character varying(32) NOT NULL, "action" character varying(16) NOT NULL, "entity" character varying(64) NOT NULL, "entity_id" character varying(64) NOT NULL, "changes" jsonb, "ip" character varying(64), "region_id" uuid, "municipality_id" uuid, "organization_id" uuid, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_organization_time" ON "audit_log" ("organization_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_municipality_time" ON "audit_log" ("municipality_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_region_time" ON "audit_log" ("region_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(8) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_region_code" ON "region" ("code") `);
    await queryRunner.query(`CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "oktmo" character varying(11), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_municipality_region" ON "municipality" ("region_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_municipality_region_name" ON "municipality" ("region_id", "name") `);
    await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "name" character varying(300) NOT NULL, "short_name" character varying(120), "kind" character varying(24) NOT NULL, "inn" character varying(12), "address" character varying(300), "external_id" character varying(64), "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_organization_external_id" ON "organization" ("region_id", "external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_organization_region" ON "organization" ("region_id") `);
    await queryRunner.query(`CREATE INDEX "ix_organization_municipality" ON "organization" ("municipality_id") `);
    await queryRunner.query(`CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "prefix" character varying(16) NOT NULL, "key_hash" character(64) NOT NULL, "region_id" uuid NOT NULL, "municipality_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_api_key_prefix" ON "api_key" ("prefix") `);
    await queryRunner.query(`CREATE INDEX "ix_api_key_municipality" ON "api_key" ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "ix_api_key_region" ON "api_key" ("region_id") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(200) NOT NULL, "full_name" character varying(200) NOT NULL, "role" character varying(32) NOT NULL, "region_id" uuid, "municipality_id" uuid, "organization_id" uuid, "staff_member_id" uuid, "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_app_user_email" ON "app_user" ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_app_user_organization" ON "app_user" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_app_user_municipality" ON "app_user" ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "ix_app_user_region" ON "app_user" ("region_id") `);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_refresh_token_hash" ON "refresh_token" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_user" ON "refresh_token" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_family" ON "refresh_token" ("family_id") `);
    await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "fk_municipality_region" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "fk_organization_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD CONSTRAINT "fk_api_key_region" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD CONSTRAINT "fk_api_key_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_region" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The audit log is append-only: the database itself refuses to change or remove an entry.
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_update_delete ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_user"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_organization"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_municipality"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_region"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "fk_api_key_municipality"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "fk_api_key_region"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "fk_organization_municipality"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "fk_municipality_region"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_family"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_user"`);
    await queryRunner.query(`DROP INDEX "public"."ux_refresh_token_hash"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."ix_app_user_region"`);
    await queryRunner.query(`DROP INDEX "public"."ix_app_user_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_app_user_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ux_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_api_key_region"`);
    await queryRunner.query(`DROP INDEX "public"."ix_api_key_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ux_api_key_prefix"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_region"`);
    await queryRunner.query(`DROP INDEX "public"."ux_organization_external_id"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP INDEX "public"."ux_municipality_region_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_municipality_region"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ux_region_code"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_region_time"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_municipality_time"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_organization_time"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_entity"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
