import { MigrationInterface, QueryRunner } from 'typeorm';

export class ResultImports1795430000000 implements MigrationInterface {
  name = 'ResultImports1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "result_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "region_id" uuid, "municipality_id" uuid, "organization_id" uuid, "requested_by" jsonb NOT NULL, "created_by_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "file_size" integer NOT NULL, "headers" jsonb NOT NULL, "mapping" jsonb NOT NULL, "status" character varying(16) NOT NULL, "procedure_version" TIMESTAMP WITH TIME ZONE, "rows_read" integer NOT NULL DEFAULT '0', "total_rows" integer, "to_create" integer NOT NULL DEFAULT '0', "to_update" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "file_errors" jsonb NOT NULL DEFAULT '[]', "failure" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "validated_at" TIMESTAMP WITH TIME ZONE, "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_25c715c5dbf709b318371ccc837" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_result_import_organization" ON "result_import" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_result_import_municipality" ON "result_import" ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "ix_result_import_region" ON "result_import" ("region_id") `);
    await queryRunner.query(`CREATE INDEX "ix_result_import_procedure_created" ON "result_import" ("procedure_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "result_import_file" ("import_id" uuid NOT NULL, "content" bytea, "staged" bytea, CONSTRAINT "PK_72ce34f072c64be7f60fcba0e6c" PRIMARY KEY ("import_id"))`);
    await queryRunner.query(`CREATE TABLE "result_import_error" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "import_id" uuid NOT NULL, "row" integer NOT NULL, "column" character varying(100), "message" character varying(500) NOT NULL, CONSTRAINT "PK_7307cdcf27a8be25c63054e8b05" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_result_import_error_import_row" ON "result_import_error" ("import_id", "row") `);
    await queryRunner.query(`ALTER TABLE "result_import" ADD CONSTRAINT "fk_result_import_procedure" FOREIGN KEY ("procedure_id") REFERENCES "diagnostic_procedure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "result_import_file" ADD CONSTRAINT "fk_result_import_file_import" FOREIGN KEY ("import_id") REFERENCES "result_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "result_import_error" ADD CONSTRAINT "fk_result_import_error_import" FOREIGN KEY ("import_id") REFERENCES "result_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "result_import_error" DROP CONSTRAINT "fk_result_import_error_import"`);
    await queryRunner.query(`ALTER TABLE "result_import_file" DROP CONSTRAINT "fk_result_import_file_import"`);
    await queryRunner.query(`ALTER TABLE "result_import" DROP CONSTRAINT "fk_result_import_procedure"`);
    await queryRunner.query(`DROP INDEX "public"."ix_result_import_error_import_row"`);
    await queryRunner.query(`DROP TABLE "result_import_error"`);
    await queryRunner.query(`DROP TABLE "result_import_file"`);
    await queryRunner.query(`DROP INDEX "public"."ix_result_import_procedure_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_result_import_region"`);
    await queryRunner.query(`DROP INDEX "public"."ix_result_import_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_result_import_organization"`);
    await queryRunner.query(`DROP TABLE "result_import"`);
  }
}
