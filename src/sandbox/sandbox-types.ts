/** Options for {@link DiscordSandbox}. */
export interface SandboxOptions {
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
  /** Port to listen on; default 0 picks a free port. */
  port?: number;
  /** When set, REST calls must carry `Bot <token>` (else 401) and IDENTIFY must carry it (else close 4004). */
  token?: string;
  /** Gateway heartbeat interval in ms; default 41250 as on Discord. */
  heartbeatIntervalMs?: number;
  /** Time in ms an interaction may wait for its first callback; default 3000 as on Discord. */
  interactionDeadlineMs?: number;
  /** Ids from a fixed sequence, so a restarted sandbox gives its guilds and channels the same ids. */
  stableIds?: boolean;
}

export interface SandboxUser {
  id: string;
  username: string;
  globalName: string;
}

export interface SandboxChannel {
  id: string;
  name: string;
}

export interface SandboxRole {
  id: string;
  name: string;
}

export interface SandboxGuild {
  id: string;
  name: string;
  ownerId: string;
  channels: SandboxChannel[];
  everyoneRoleId: string;
}

/** The users, roles and everyone flag that Discord would notify for a message. */
export interface MentionResult {
  everyone: boolean;
  roles: string[];
  users: string[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- tests read embed and component fields without narrowing. */

/** A message as the bot sent it in reply to an interaction. */
export interface SandboxReply {
  content: string;
  embeds: any[];
  flags: number;
  ephemeral: boolean;
  allowedMentions: unknown;
  mentions: MentionResult;
  components: any[];
}

export interface SandboxAttachment {
  filename: string;
  size: number;
}

/** A message posted through `POST /channels/:id/messages`. */
export interface SandboxMessage {
  id: string;
  channelId: string;
  guildId: string;
  authorId: string;
  content: string;
  embeds: any[];
  attachments: SandboxAttachment[];
  mentions: MentionResult;
  nonce?: string | number;
  /** Date.now() when stored. */
  createdAt: number;
}

/* eslint-enable @typescript-eslint/no-explicit-any */

/** The first callback an interaction received. */
export interface CallbackRecord {
  type: number;
  /** performance.now() when the callback arrived. */
  receivedAt: number;
}

export interface SandboxInteraction {
  id: string;
  token: string;
  /** performance.now() when INTERACTION_CREATE was sent. */
  dispatchedAt: number;
  /** Resolves on the first callback; rejects when none arrives within the deadline. */
  acknowledged: Promise<CallbackRecord>;
  /** Resolves with the type 4 or type 7 callback's message, or after a defer with the first edit of the original. */
  waitForReply(timeoutMs?: number): Promise<SandboxReply>;
  followUps(): SandboxReply[];
}

export type CommandOptionValue = string | number | boolean;

export interface InvokeCommandInput {
  guildId: string;
  channelId: string;
  userId: string;
  name: string;
  subcommand?: string;
  subcommandGroup?: string;
  options?: Record<string, CommandOptionValue>;
}

export interface InvokeAutocompleteInput extends InvokeCommandInput {
  /** Name of the option the user is typing in. */
  focused: string;
}

export interface AutocompleteChoice {
  name: string;
  value: string | number;
}

export interface AddMemberInput {
  username: string;
  id?: string;
  /** The member's computed guild permissions; default: everyday member permissions plus those of `roleIds`. */
  permissions?: bigint;
  roleIds?: string[];
}

export interface CreateGuildInput {
  name: string;
  /** Text channel names; default ['general']. */
  channels?: string[];
  ownerId?: string;
}

/** A forced failure for the next matching REST requests. */
export interface FailureRule {
  method?: string;
  /** Tested against the decoded path below `/api/v10`, such as `/channels/123/messages`. */
  pathPattern: RegExp;
  status: 429 | 500 | 503;
  /** Number of requests to fail; default 1. */
  count?: number;
  /** Seconds announced in Retry-After for a 429; default 1. */
  retryAfterSeconds?: number;
  global?: boolean;
}

export interface RequestLogEntry {
  method: string;
  /** Route template such as `POST /channels/:channel/messages`, or the raw path when unmatched. */
  route: string;
  status: number;
  requestBytes: number;
  responseBytes: number;
  /** performance.now() when the response was written. */
  at: number;
}

/** A request no route matched, or one whose handler crashed (then `error` is set). */
export interface UnhandledRequest {
  method: string;
  path: string;
  error?: string;
}
