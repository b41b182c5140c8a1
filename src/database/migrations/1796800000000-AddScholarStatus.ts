import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds a scholar's roster status: `active`, `pinned` (kept on the roster whatever happens) or
 * `retired` (off the roster and unaffiliated).
 */
export class AddScholarStatus1796800000000 implements MigrationInterface {
  name = 'AddScholarStatus1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "scholars" ADD COLUMN "status" varchar(8) NOT NULL DEFAULT ('active')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scholars" DROP COLUMN "status"`);
  }
}
