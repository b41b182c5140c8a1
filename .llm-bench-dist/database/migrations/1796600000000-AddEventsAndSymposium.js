"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AddEventsAndSymposium1796600000000 = void 0;
/** Adds the event log, the weekly symposium's tables and the campaign's pause flag. */
class AddEventsAndSymposium1796600000000 {
    name = 'AddEventsAndSymposium1796600000000';
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "campaigns" ADD COLUMN "paused" boolean NOT NULL DEFAULT (0)`);
        await queryRunner.query(`CREATE TABLE "game_events" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "seq" integer NOT NULL,
      "at" datetime NOT NULL,
      "actor_user_id" varchar(32),
      "type" varchar(48) NOT NULL,
      "payload" text NOT NULL,
      CONSTRAINT "FK_game_events_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_game_events_campaign_seq" ON "game_events" ("campaign_id", "seq")`);
        await queryRunner.query(`CREATE INDEX "ix_game_events_campaign_actor" ON "game_events" ("campaign_id", "actor_user_id", "seq")`);
        await queryRunner.query(`CREATE INDEX "ix_game_events_campaign_type" ON "game_events" ("campaign_id", "type", "seq")`);
        await queryRunner.query(`CREATE TABLE "symposium_topics" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "proposer_id" integer,
      "title" varchar(200) NOT NULL,
      "status" varchar(12) NOT NULL,
      "builtin_key" varchar(48),
      "proposed_at" datetime NOT NULL,
      CONSTRAINT "FK_symposium_topics_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_symposium_topics_proposer" FOREIGN KEY ("proposer_id")
        REFERENCES "players" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE INDEX "ix_symposium_topics_campaign_status" ON "symposium_topics" ("campaign_id", "status", "proposed_at")`);
        await queryRunner.query(`CREATE INDEX "ix_symposium_topics_proposer_status" ON "symposium_topics" ("proposer_id", "status")`);
        await queryRunner.query(`CREATE TABLE "symposium_sessions" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "topic_id" integer NOT NULL,
      "called_at" datetime NOT NULL,
      "status" varchar(12) NOT NULL,
      "winning_stance" varchar(16),
      "closed_at" datetime,
      CONSTRAINT "FK_symposium_sessions_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_symposium_sessions_topic" FOREIGN KEY ("topic_id")
        REFERENCES "symposium_topics" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_symposium_sessions_campaign_slot" ON "symposium_sessions" ("campaign_id", "called_at")`);
        await queryRunner.query(`CREATE INDEX "ix_symposium_sessions_campaign_status" ON "symposium_sessions" ("campaign_id", "status")`);
        await queryRunner.query(`CREATE INDEX "ix_symposium_sessions_topic" ON "symposium_sessions" ("topic_id")`);
        await queryRunner.query(`CREATE TABLE "symposium_votes" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "session_id" integer NOT NULL,
      "player_id" integer NOT NULL,
      "stance" varchar(16) NOT NULL,
      "updated_at" datetime NOT NULL,
      CONSTRAINT "FK_symposium_votes_session" FOREIGN KEY ("session_id")
        REFERENCES "symposium_sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_symposium_votes_player" FOREIGN KEY ("player_id")
        REFERENCES "players" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_symposium_votes_session_player" ON "symposium_votes" ("session_id", "player_id")`);
        await queryRunner.query(`CREATE INDEX "ix_symposium_votes_player" ON "symposium_votes" ("player_id")`);
        await queryRunner.query(`CREATE TABLE "symposium_pledges" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "session_id" integer NOT NULL,
      "player_id" integer NOT NULL,
      "amount" integer NOT NULL,
      "outcome" varchar(12) NOT NULL,
      "faction" varchar(12),
      "taken" integer NOT NULL DEFAULT (0),
      "shortfall" integer NOT NULL DEFAULT (0),
      CONSTRAINT "FK_symposium_pledges_session" FOREIGN KEY ("session_id")
        REFERENCES "symposium_sessions" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_symposium_pledges_player" FOREIGN KEY ("player_id")
        REFERENCES "players" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_symposium_pledges_session_player" ON "symposium_pledges" ("session_id", "player_id")`);
        await queryRunner.query(`CREATE INDEX "ix_symposium_pledges_player" ON "symposium_pledges" ("player_id")`);
        await queryRunner.query(`CREATE TABLE "symposium_debts" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "campaign_id" integer NOT NULL,
      "player_id" integer NOT NULL,
      "debt" integer NOT NULL DEFAULT (0),
      "miss_streak" integer NOT NULL DEFAULT (0),
      "last_grace_at" datetime,
      CONSTRAINT "FK_symposium_debts_campaign" FOREIGN KEY ("campaign_id")
        REFERENCES "campaigns" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_symposium_debts_player" FOREIGN KEY ("player_id")
        REFERENCES "players" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_symposium_debts_player" ON "symposium_debts" ("player_id")`);
        await queryRunner.query(`CREATE INDEX "ix_symposium_debts_campaign" ON "symposium_debts" ("campaign_id")`);
    }
    async down(queryRunner) {
        for (const table of [
            'symposium_debts',
            'symposium_pledges',
            'symposium_votes',
            'symposium_sessions',
            'symposium_topics',
            'game_events',
        ]) {
            await queryRunner.query(`DROP TABLE "${table}"`);
        }
        await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "paused"`);
    }
}
exports.AddEventsAndSymposium1796600000000 = AddEventsAndSymposium1796600000000;
//# sourceMappingURL=1796600000000-AddEventsAndSymposium.js.map