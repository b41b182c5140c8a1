"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AddExpeditions1796500000000 = void 0;
/**
 * Adds expeditions, conferences, challenges, landmark domain tags and scholar feelings, the
 * per-campaign expedition counter, and the junior career columns of scholars.
 */
class AddExpeditions1796500000000 {
    name = 'AddExpeditions1796500000000';
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "campaigns" ADD COLUMN "next_expedition_number" integer NOT NULL DEFAULT (1)`);
        await queryRunner.query(`ALTER TABLE "scholars" ADD COLUMN "career_rung" varchar(32)`);
        await queryRunner.query(`ALTER TABLE "scholars" ADD COLUMN "career_track" varchar(12)`);
        await queryRunner.query(`ALTER TABLE "scholars" ADD COLUMN "sponsor_id" integer REFERENCES "players" ("id") ON DELETE SET NULL`);
        await queryRunner.query(`ALTER TABLE "scholars" ADD COLUMN "sponsored_at" datetime`);
        await queryRunner.query(`ALTER TABLE "scholars" ADD COLUMN "digests_without_mentorship" integer NOT NULL DEFAULT (0)`);
        await queryRunner.query(`CREATE INDEX "ix_scholars_campaign_sponsor" ON "scholars" ("campaign_id", "sponsor_id")`);
        await queryRunner.query(`CREATE TABLE "expeditions" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "player_id" integer NOT NULL,
      "code" varchar(16) NOT NULL,
      "type" varchar(16) NOT NULL,
      "objective" text NOT NULL,
      "theory_id" integer,
      "team_ids" text NOT NULL,
      "discipline" varchar(32) NOT NULL,
      "depth" varchar(10) NOT NULL,
      "funding_factions" text NOT NULL,
      "confidence" varchar(20) NOT NULL,
      "cost" text NOT NULL,
      "status" varchar(10) NOT NULL DEFAULT ('queued'),
      "roll" integer,
      "modifiers" text,
      "score" integer,
      "band" varchar(10),
      "reputation_change" integer,
      "wager_source" varchar(8),
      "failure_entry_id" varchar(64),
      "discovery_entry_id" varchar(64),
      "sidecast_scholar_id" integer,
      "report_number" integer,
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      "resolved_at" datetime,
      CONSTRAINT "fk_expeditions_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_expeditions_player" FOREIGN KEY ("player_id")
        REFERENCES "players" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_expeditions_campaign_code" ON "expeditions" ("campaign_id", "code")`);
        await queryRunner.query(`CREATE INDEX "ix_expeditions_campaign_status" ON "expeditions" ("campaign_id", "status")`);
        await queryRunner.query(`CREATE INDEX "ix_expeditions_player_theory" ON "expeditions" ("player_id", "theory_id")`);
        await queryRunner.query(`CREATE TABLE "conferences" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "player_id" integer NOT NULL,
      "theory_id" integer NOT NULL,
      "supporter_ids" text NOT NULL,
      "opposition_ids" text NOT NULL,
      "cost" text NOT NULL,
      "status" varchar(10) NOT NULL DEFAULT ('queued'),
      "roll" integer,
      "score" integer,
      "band" varchar(10),
      "reputation_change" integer,
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      "resolved_at" datetime,
      CONSTRAINT "fk_conferences_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_conferences_player" FOREIGN KEY ("player_id")
        REFERENCES "players" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_conferences_theory" FOREIGN KEY ("theory_id")
        REFERENCES "theories" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE INDEX "ix_conferences_campaign_status" ON "conferences" ("campaign_id", "status")`);
        await queryRunner.query(`CREATE INDEX "ix_conferences_theory" ON "conferences" ("theory_id")`);
        await queryRunner.query(`CREATE TABLE "challenges" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "theory_id" integer NOT NULL,
      "challenger_id" integer NOT NULL,
      "confidence" varchar(20) NOT NULL,
      "is_settled" boolean NOT NULL DEFAULT (0),
      "outcome" varchar(8),
      "reputation_change" integer,
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      "settled_at" datetime,
      CONSTRAINT "fk_challenges_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_challenges_theory" FOREIGN KEY ("theory_id")
        REFERENCES "theories" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_challenges_challenger" FOREIGN KEY ("challenger_id")
        REFERENCES "players" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_challenges_theory_challenger" ON "challenges" ("theory_id", "challenger_id")`);
        await queryRunner.query(`CREATE INDEX "ix_challenges_campaign_settled" ON "challenges" ("campaign_id", "is_settled")`);
        await queryRunner.query(`CREATE TABLE "campaign_domain_tags" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "tag" varchar(120) NOT NULL,
      "discipline" varchar(32) NOT NULL,
      "expedition_id" integer NOT NULL,
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      CONSTRAINT "fk_domain_tags_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_domain_tags_campaign_tag" ON "campaign_domain_tags" ("campaign_id", "tag")`);
        await queryRunner.query(`CREATE TABLE "scholar_feelings" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "scholar_id" integer NOT NULL,
      "subject_kind" varchar(8) NOT NULL,
      "subject_id" integer NOT NULL,
      "value" real NOT NULL DEFAULT (0),
      "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
      CONSTRAINT "fk_feelings_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "fk_feelings_scholar" FOREIGN KEY ("scholar_id")
        REFERENCES "scholars" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_feelings_scholar_subject" ON "scholar_feelings" ("scholar_id", "subject_kind", "subject_id")`);
        await queryRunner.query(`CREATE INDEX "ix_feelings_campaign_subject" ON "scholar_feelings" ("campaign_id", "subject_kind", "subject_id")`);
    }
    async down(queryRunner) {
        for (const table of [
            'scholar_feelings',
            'campaign_domain_tags',
            'challenges',
            'conferences',
            'expeditions',
        ]) {
            await queryRunner.query(`DROP TABLE "${table}"`);
        }
        await queryRunner.query(`DROP INDEX "ix_scholars_campaign_sponsor"`);
        for (const column of [
            'digests_without_mentorship',
            'sponsored_at',
            'sponsor_id',
            'career_track',
            'career_rung',
        ]) {
            await queryRunner.query(`ALTER TABLE "scholars" DROP COLUMN "${column}"`);
        }
        await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "next_expedition_number"`);
    }
}
exports.AddExpeditions1796500000000 = AddExpeditions1796500000000;
//# sourceMappingURL=1796500000000-AddExpeditions.js.map