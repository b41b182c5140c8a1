import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds scholars' memory (timestamped facts and scars on feelings), poaching offers with their
 * escrow and counter, and the mentorship columns of scholars.
 */
export class AddScholarMemory1796700000000 implements MigrationInterface {
  name = 'AddScholarMemory1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "scholar_facts" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "scholar_id" integer NOT NULL,
      "at" datetime NOT NULL,
      "type" varchar(32) NOT NULL,
      "payload" text NOT NULL,
      "permanent" boolean NOT NULL DEFAULT (1),
      CONSTRAINT "fk_scholar_facts_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_scholar_facts_scholar" FOREIGN KEY ("scholar_id")
        REFERENCES "scholars" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(
      `CREATE INDEX "ix_scholar_facts_scholar_at" ON "scholar_facts" ("scholar_id", "at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_scholar_facts_campaign_type" ON "scholar_facts" ("campaign_id", "type")`,
    );

    await queryRunner.query(`ALTER TABLE "scholar_feelings" ADD COLUMN "scar_level" real`);

    await queryRunner.query(
      `ALTER TABLE "scholars" ADD COLUMN "mentor_id" integer REFERENCES "players" ("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "scholars" ADD COLUMN "mentored_digests" integer NOT NULL DEFAULT (0)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_scholars_campaign_mentor" ON "scholars" ("campaign_id", "mentor_id")`,
    );

    await queryRunner.query(`CREATE TABLE "poaching_offers" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "scholar_id" integer NOT NULL,
      "rival_id" integer NOT NULL,
      "employer_id" integer NOT NULL,
      "faction" varchar(12) NOT NULL,
      "amount" integer NOT NULL,
      "terms" text NOT NULL,
      "counter_faction" varchar(12),
      "counter_amount" integer,
      "created_at" datetime NOT NULL,
      "decide_after" datetime NOT NULL,
      "status" varchar(10) NOT NULL DEFAULT ('open'),
      "outcome" varchar(16),
      "resolved_at" datetime,
      CONSTRAINT "fk_poaching_offers_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_poaching_offers_scholar" FOREIGN KEY ("scholar_id")
        REFERENCES "scholars" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_poaching_offers_rival" FOREIGN KEY ("rival_id")
        REFERENCES "players" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_poaching_offers_employer" FOREIGN KEY ("employer_id")
        REFERENCES "players" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(
      `CREATE INDEX "ix_poaching_offers_campaign_status" ON "poaching_offers" ("campaign_id", "status", "decide_after")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_poaching_offers_scholar_status" ON "poaching_offers" ("scholar_id", "status")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "poaching_offers"`);
    await queryRunner.query(`DROP INDEX "ix_scholars_campaign_mentor"`);
    await queryRunner.query(`ALTER TABLE "scholars" DROP COLUMN "mentored_digests"`);
    await queryRunner.query(`ALTER TABLE "scholars" DROP COLUMN "mentor_id"`);
    await queryRunner.query(`ALTER TABLE "scholar_feelings" DROP COLUMN "scar_level"`);
    await queryRunner.query(`DROP TABLE "scholar_facts"`);
  }
}
