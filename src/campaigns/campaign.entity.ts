import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One campaign per Discord server; every other row hangs off a campaign. */
@Entity('campaigns')
export class Campaign {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'guild_id', type: 'varchar', length: 32, unique: true })
  guildId: string;

  /** Seed for every random draw of this campaign (scholars, rolls). */
  @Column({ type: 'varchar', length: 128 })
  seed: string;

  /** IANA time zone in which digest times and deadlines are read. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  /** `HH:MM` digest times read in the time zone; null follows the operator's GAZETTE_TIMES. */
  @Column({ name: 'digest_times', type: 'simple-json', nullable: true })
  digestTimes: string[] | null;

  /** When an admin last changed the time zone or digest times; slots before it never fall due. */
  @Column({ name: 'schedule_changed_at', type: 'datetime', nullable: true })
  scheduleChangedAt: Date | null;

  @Column({ name: 'start_year', type: 'integer' })
  startYear: number;

  @Column({ name: 'current_year', type: 'integer' })
  currentYear: number;

  @Column({ name: 'gazette_channel_id', type: 'varchar', length: 32, nullable: true })
  gazetteChannelId: string | null;

  @Column({ name: 'table_talk_channel_id', type: 'varchar', length: 32, nullable: true })
  tableTalkChannelId: string | null;

  @Column({ name: 'admin_channel_id', type: 'varchar', length: 32, nullable: true })
  adminChannelId: string | null;

  /** Next Academic Bulletin number; taken and bumped inside the write that publishes it. */
  @Column({ name: 'next_bulletin_number', type: 'integer', default: 1 })
  nextBulletinNumber: number;

  /** Next press release number in the public archive. */
  @Column({ name: 'next_press_number', type: 'integer', default: 1 })
  nextPressNumber: number;

  /** Next expedition number, printed in codes such as `EX-0007`. */
  @Column({ name: 'next_expedition_number', type: 'integer', default: 1 })
  nextExpeditionNumber: number;

  /** Next sequence number of the campaign's event log. */
  @Column({ name: 'next_event_seq', type: 'integer', default: 1 })
  nextEventSeq: number;

  /** While true, player actions are refused and digests wait; they catch up on resume. */
  @Column({ type: 'boolean', default: false })
  paused: boolean;

  /** Set from the game clock, not the database's, because the first digest slot counts from it. */
  @Column({ name: 'created_at', type: 'datetime', default: () => "datetime('now')" })
  createdAt: Date;
}
