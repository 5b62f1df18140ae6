import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A result's scores move into the result as one jsonb object (competence id → score): they are
 * always read and written together, and a row per score made a 500,000-row import write 2.5
 * million rows, each with its keys checked. Results and deficit episodes get time-ordered ids
 * (UUID version 7: a millisecond timestamp, then random bits), so rows written together sit
 * together in the primary key and in the indexes of the ids that point at them. A deficit episode
 * loses its own key to the staff member: it goes with its opening result, which goes with the staff member.
 */
export class ResultScoresInline1795450000000 implements MigrationInterface {
  name = 'ResultScoresInline1795450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // RFC 9562 version 7: 48 bits of Unix milliseconds, the version (7), 12 random bits, the variant
    // (10), 62 random bits. The random bits come from random(), seeded per connection from a strong
    // source: these ids must be unique, not secret (access is checked by scope), and the strong
    // generator behind gen_random_uuid() took 2.7 µs an id, seconds for a 500,000-row import.
    await queryRunner.query(`CREATE FUNCTION uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
      SELECT encode(int8send((floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint << 16) | 28672 | floor(random() * 4096)::bigint)
                 || int8send(-9223372036854775808 + (floor(random() * 2147483648)::bigint << 31) + floor(random() * 2147483648)::bigint), 'hex')::uuid
    $$`);
    await queryRunner.query(`ALTER TABLE "diagnostic_result" ADD "scores" jsonb`);
    await queryRunner.query(
      `UPDATE "diagnostic_result" r SET "scores" = s.scores
       FROM (SELECT result_id, jsonb_object_agg(competence_id, score) AS scores FROM "diagnostic_score" GROUP BY result_id) s
       WHERE s.result_id = r.id`,
    );
    // A result without a score could not be entered; any such row would have no meaning left.
    await queryRunner.query(`DELETE FROM "diagnostic_result" WHERE "scores" IS NULL`);
    await queryRunner.query(`ALTER TABLE "diagnostic_result" ALTER COLUMN "scores" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "diagnostic_score"`);
    await queryRunner.query(`ALTER TABLE "diagnostic_result" ALTER COLUMN "id" SET DEFAULT uuid_v7()`);
    await queryRunner.query(`ALTER TABLE "deficit" ALTER COLUMN "id" SET DEFAULT uuid_v7()`);
    // An episode goes with its opening result (fk_deficit_opened_by_result, cascading) and the result
    // with its staff member; the episode's own key to the staff member only cost a row lock per episode.
    await queryRunner.query(`ALTER TABLE "deficit" DROP CONSTRAINT "fk_deficit_staff_member"`);
    // Only closed episodes need finding by the result that closed them; an open one adds nothing to this index.
    await queryRunner.query(`DROP INDEX "public"."ix_deficit_closed_by"`);
    await queryRunner.query(`CREATE INDEX "ix_deficit_closed_by" ON "deficit" ("closed_by_result_id") WHERE "closed_by_result_id" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_deficit_closed_by"`);
    await queryRunner.query(`CREATE INDEX "ix_deficit_closed_by" ON "deficit" ("closed_by_result_id") `);
    await queryRunner.query(`ALTER TABLE "deficit" ADD CONSTRAINT "fk_deficit_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deficit" ALTER COLUMN "id" SET DEFAULT gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "diagnostic_result" ALTER COLUMN "id" SET DEFAULT gen_random_uuid()`);
    await queryRunner.query(`CREATE TABLE "diagnostic_score" ("result_id" uuid NOT NULL, "competence_id" uuid NOT NULL, "score" numeric(8,2) NOT NULL, CONSTRAINT "PK_1db54c91a58280115a48fd18347" PRIMARY KEY ("result_id", "competence_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_diagnostic_score_competence" ON "diagnostic_score" ("competence_id") `);
    await queryRunner.query(
      `INSERT INTO "diagnostic_score" (result_id, competence_id, score)
       SELECT r.id, s.key::uuid, s.value::text::numeric FROM "diagnostic_result" r CROSS JOIN LATERAL jsonb_each(r.scores) s`,
    );
    await queryRunner.query(`ALTER TABLE "diagnostic_score" ADD CONSTRAINT "fk_diagnostic_score_result" FOREIGN KEY ("result_id") REFERENCES "diagnostic_result"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnostic_score" ADD CONSTRAINT "fk_diagnostic_score_competence" FOREIGN KEY ("competence_id") REFERENCES "competence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnostic_result" DROP COLUMN "scores"`);
    await queryRunner.query(`DROP FUNCTION uuid_v7()`);
  }
}
