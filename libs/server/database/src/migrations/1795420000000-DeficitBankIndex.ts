import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bank of difficulties reads a municipality's open deficits from the index alone: the index by
 * municipality and competence also carries the teacher and the dates (and the procedure kind) it
 * filters on. Same key columns as before, so the deficits list keeps using it.
 */
export class DeficitBankIndex1795420000000 implements MigrationInterface {
  name = 'DeficitBankIndex1795420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_deficit_municipality_competence"`);
    await queryRunner.query(
      `CREATE INDEX "ix_deficit_municipality_competence" ON "deficit" ("municipality_id", "competence_code") INCLUDE ("staff_member_id", "opened_on", "closed_on", "procedure_kind")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_deficit_municipality_competence"`);
    await queryRunner.query(`CREATE INDEX "ix_deficit_municipality_competence" ON "deficit" ("municipality_id", "competence_code") `);
  }
}
