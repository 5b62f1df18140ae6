import { MigrationInterface, QueryRunner } from 'typeorm';

export class MonitoringNotes1795440000003 implements MigrationInterface {
  name = 'MonitoringNotes1795440000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "monitoring_note" ("run_id" uuid NOT NULL, "docx" bytea NOT NULL, "pdf" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e210889c5ef44a24eb9806abc2" PRIMARY KEY ("run_id"))`);
    await queryRunner.query(`ALTER TABLE "monitoring_note" ADD CONSTRAINT "fk_monitoring_note_run" FOREIGN KEY ("run_id") REFERENCES "monitoring_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "monitoring_note" DROP CONSTRAINT "fk_monitoring_note_run"`);
    await queryRunner.query(`DROP TABLE "monitoring_note"`);
  }
}
