import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stores on each edition how many missed slots it folded in, so an edition finished after a
 * restart still announces them.
 */
export class AddEditionFolds1797000000000 implements MigrationInterface {
  name = 'AddEditionFolds1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "editions" ADD COLUMN "folded_editions" integer NOT NULL DEFAULT (0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "editions" DROP COLUMN "folded_editions"`);
  }
}
