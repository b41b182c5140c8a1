"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateSchema1796400000000 = void 0;
/** Creates the first schema: campaigns, players, scholars, theories and the Gazette's tables. */
class CreateSchema1796400000000 {
    name = 'CreateSchema1796400000000';
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "campaigns" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "guild_id" varchar(32) NOT NULL,
      "seed" varchar(128) NOT NULL,
      "time_zone" varchar(64) NOT NULL,
      "start_year" integer NOT NULL,
      "current_year" integer NOT NULL,
      "gazette_channel_id" varchar(32),
      "table_talk_channel_id" varchar(32),
      "admin_channel_id" varchar(32),
      "next_bulletin_number" integer NOT NULL DEFAULT (1),
      "next_press_number" integer NOT NULL DEFAULT (1),
      "next_event_seq" integer NOT NULL DEFAULT (1),
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      CONSTRAINT "UQ_69cd4e17ee5a5a4f18aa6651f2d" UNIQUE ("guild_id"))`);
        await queryRunner.query(`CREATE TABLE "players" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "user_id" varchar(32) NOT NULL,
      "display_name" varchar(100) NOT NULL,
      "reputation" integer NOT NULL DEFAULT (0),
      "stake_cooldown_digests" integer NOT NULL DEFAULT (0),
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      "influence_academia" integer NOT NULL DEFAULT (0),
      "influence_government" integer NOT NULL DEFAULT (0),
      "influence_industry" integer NOT NULL DEFAULT (0),
      "influence_religion" integer NOT NULL DEFAULT (0),
      "influence_foreign" integer NOT NULL DEFAULT (0),
      CONSTRAINT "FK_4770ea579a74dd952637636d0b5" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_players_campaign_user" ON "players" ("campaign_id", "user_id")`);
        await queryRunner.query(`CREATE TABLE "scholars" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "key" varchar(64) NOT NULL,
      "name" varchar(100) NOT NULL,
      "title" varchar(120) NOT NULL,
      "archetype" varchar(32) NOT NULL,
      "disciplines" text NOT NULL,
      "methods" text NOT NULL,
      "drives" text NOT NULL,
      "virtues" text NOT NULL,
      "vice" varchar(200) NOT NULL,
      "stats" text NOT NULL,
      "politics" text NOT NULL,
      "catchphrase" varchar(200) NOT NULL,
      "taboos" text NOT NULL,
      "career" text NOT NULL,
      "is_legend" boolean NOT NULL DEFAULT (0),
      "employer_id" integer,
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      CONSTRAINT "FK_40483e1df230308e0249b0704df" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_dc287604d2a9ef72d8d6db3c56a" FOREIGN KEY ("employer_id")
        REFERENCES "players" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE INDEX "ix_scholars_employer" ON "scholars" ("employer_id")`);
        await queryRunner.query(`CREATE INDEX "ix_scholars_campaign_name" ON "scholars" ("campaign_id", "name")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_scholars_campaign_key" ON "scholars" ("campaign_id", "key")`);
        await queryRunner.query(`CREATE TABLE "theories" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "player_id" integer NOT NULL,
      "bulletin_number" integer NOT NULL,
      "claim" text NOT NULL,
      "confidence" varchar(20) NOT NULL,
      "supporter_ids" text NOT NULL,
      "status" varchar(12) NOT NULL DEFAULT ('open'),
      "deadline_at" datetime NOT NULL,
      "resolved_at" datetime,
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      CONSTRAINT "FK_f2e82a499c94c8b3d8dcd4b9659" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_999650f9440a66f36e57bab3793" FOREIGN KEY ("player_id")
        REFERENCES "players" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE INDEX "ix_theories_status_deadline" ON "theories" ("status", "deadline_at")`);
        await queryRunner.query(`CREATE INDEX "ix_theories_campaign_player" ON "theories" ("campaign_id", "player_id")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_theories_campaign_bulletin" ON "theories" ("campaign_id", "bulletin_number")`);
        await queryRunner.query(`CREATE TABLE "editions" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "slot_at" datetime NOT NULL,
      "kind" varchar(12) NOT NULL,
      "status" varchar(12) NOT NULL,
      "year" integer NOT NULL,
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      CONSTRAINT "FK_75424c8c988c71274bd55bbfae4" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_editions_campaign_slot" ON "editions" ("campaign_id", "slot_at")`);
        await queryRunner.query(`CREATE INDEX "ix_editions_campaign_kind_slot" ON "editions" ("campaign_id", "kind", "slot_at")`);
        await queryRunner.query(`CREATE TABLE "press_releases" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "number" integer NOT NULL,
      "type" varchar(32) NOT NULL,
      "headline" varchar(256) NOT NULL,
      "body" text NOT NULL,
      "year" integer NOT NULL,
      "edition_id" integer,
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      CONSTRAINT "FK_1427995f6f6dc2b3677ce58e89d" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE INDEX "ix_press_campaign_edition" ON "press_releases" ("campaign_id", "edition_id")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_press_campaign_number" ON "press_releases" ("campaign_id", "number")`);
        await queryRunner.query(`CREATE TABLE "dispatches" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "channel_id" varchar(32) NOT NULL,
      "edition_id" integer,
      "message" text NOT NULL,
      "nonce" varchar(25) NOT NULL,
      "status" varchar(10) NOT NULL DEFAULT ('pending'),
      "attempts" integer NOT NULL DEFAULT (0),
      "next_attempt_at" datetime NOT NULL,
      "message_id" varchar(32),
      "last_error" varchar(500),
      "sent_at" datetime,
      "created_at" datetime NOT NULL DEFAULT (datetime('now')),
      CONSTRAINT "FK_e2931a4944774a1211dee0c6003" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE INDEX "ix_dispatches_campaign" ON "dispatches" ("campaign_id")`);
        await queryRunner.query(`CREATE INDEX "ix_dispatches_status_due" ON "dispatches" ("status", "next_attempt_at")`);
    }
    async down(queryRunner) {
        for (const table of ['dispatches', 'press_releases', 'editions', 'theories', 'scholars']) {
            await queryRunner.query(`DROP TABLE "${table}"`);
        }
        await queryRunner.query(`DROP TABLE "players"`);
        await queryRunner.query(`DROP TABLE "campaigns"`);
    }
}
exports.CreateSchema1796400000000 = CreateSchema1796400000000;
//# sourceMappingURL=1796400000000-CreateSchema.js.map