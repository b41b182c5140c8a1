import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets a campaign keep its own digest times (null follows the operator's defaults) and records
 * when an admin last changed its schedule.
 */
export class AddCampaignSchedule1796900000000 implements MigrationInterface {
  name = 'AddCampaignSchedule1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaigns" ADD COLUMN "digest_times" text`);
    await queryRunner.query(`ALTER TABLE "campaigns" ADD COLUMN "schedule_changed_at" datetime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "schedule_changed_at"`);
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "digest_times"`);
  }
}
