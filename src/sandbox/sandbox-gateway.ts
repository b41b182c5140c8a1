import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { GatewayOpcodes } from 'discord.js';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { ApiObject } from './sandbox-payloads';

/** Dispatches kept per session for RESUME; a client missing more than this must identify again. */
const REPLAY_BUFFER_SIZE = 2000;

/** Close codes after which a client does not come back to resume: normal closure and going away. */
const FINAL_CLOSE_CODES = new Set([1000, 1001]);

const AUTHENTICATION_FAILED = 4004;

interface GatewaySession {
  id: string;
  sequence: number;
  socket?: WebSocket;
  intents: number;
  replay: { sequence: number; frame: string }[];
}

export interface GatewayOptions {
  token?: string;
  heartbeatIntervalMs: number;
  /** Builds the READY payload for a new session, with the shard the client asked for. */
  readyPayload(sessionId: string, shard: unknown): ApiObject;
  /** Full guild objects, sent as GUILD_CREATE right after READY. */
  guildPayloads(): ApiObject[];
}

/** The gateway WebSocket: HELLO, IDENTIFY, READY, heartbeats, dispatches with sequence numbers, RESUME. */
export class SandboxGateway {
  /** Sessions started by IDENTIFY; a RESUME keeps its session and does not add one. */
  sessionsStarted = 0;
  private readonly server: WebSocketServer;
  private readonly sessions = new Map<string, GatewaySession>();
  private botSession?: GatewaySession;

  constructor(
    httpServer: Server,
    private readonly options: GatewayOptions,
  ) {
    this.server = new WebSocketServer({ server: httpServer });
    this.server.on('connection', (socket) => this.accept(socket));
  }

  isBotConnected(): boolean {
    return this.botSession?.socket !== undefined;
  }

  hasBotSession(): boolean {
    return this.botSession !== undefined;
  }

  /** Sends an event to every session; sessions between disconnect and resume get it on resume. */
  dispatch(event: string, data: unknown, requiredIntent = 0): void {
    for (const session of this.sessions.values()) {
      if (requiredIntent === 0 || (session.intents & requiredIntent) !== 0) {
        this.send(session, event, data);
      }
    }
  }

  /** Sends an event to the newest session only, as Discord sends an interaction to one shard. */
  dispatchToBot(event: string, data: unknown): void {
    if (!this.botSession) {
      throw new Error('No bot is connected to the sandbox gateway; log a client in first.');
    }
    this.send(this.botSession, event, data);
  }

  /** Closes the bot's socket with a resumable close code, so the client reconnects and resumes. */
  disconnectBot(code: number): void {
    this.botSession?.socket?.close(code, 'Disconnected by the sandbox');
  }

  close(): Promise<void> {
    for (const socket of this.server.clients) {
      socket.terminate();
    }
    this.sessions.clear();
    this.botSession = undefined;

    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    let session: GatewaySession | undefined;
    socket.on('message', (raw) => {
      session = this.receive(socket, raw, session);
    });
    socket.on('close', (code) => {
      if (!session || session.socket !== socket) {
        return;
      }
      session.socket = undefined;
      if (FINAL_CLOSE_CODES.has(code)) {
        this.endSession(session);
      }
    });
    socket.on('error', () => socket.terminate());
    sendFrame(socket, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
    });
  }

  private receive(
    socket: WebSocket,
    raw: RawData,
    session: GatewaySession | undefined,
  ): GatewaySession | undefined {
    let payload: { op?: number; d?: Record<string, unknown> };
    try {
      payload = JSON.parse(rawToString(raw)) as typeof payload;
    } catch {
      socket.close(4002, 'Decode error');

      return session;
    }

    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        sendFrame(socket, { op: GatewayOpcodes.HeartbeatAck });

        return session;
      case GatewayOpcodes.Identify:
        return this.identify(socket, payload.d ?? {});
      case GatewayOpcodes.Resume:
        return this.resume(socket, payload.d ?? {});
      default:
        // Presence, voice state and member requests change nothing here.
        return session;
    }
  }

  private identify(socket: WebSocket, data: Record<string, unknown>): GatewaySession | undefined {
    if (!this.isTokenValid(data.token)) {
      socket.close(AUTHENTICATION_FAILED, 'Authentication failed.');

      return undefined;
    }

    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      sequence: 0,
      socket,
      intents: Number(data.intents ?? 0),
      replay: [],
    };
    this.sessions.set(session.id, session);
    this.botSession = session;
    this.sessionsStarted += 1;

    this.send(session, 'READY', this.options.readyPayload(session.id, data.shard));
    for (const guild of this.options.guildPayloads()) {
      this.send(session, 'GUILD_CREATE', guild);
    }

    return session;
  }

  private resume(socket: WebSocket, data: Record<string, unknown>): GatewaySession | undefined {
    const session = this.sessions.get(String(data.session_id));
    const lastSequence = Number(data.seq ?? 0);
    const oldest = session?.replay[0]?.sequence ?? Number.POSITIVE_INFINITY;
    const canReplay =
      session !== undefined && (lastSequence >= session.sequence || oldest <= lastSequence + 1);
    if (!this.isTokenValid(data.token) || !session || !canReplay) {
      // Resume is impossible; `d: false` tells the client to identify again.
      sendFrame(socket, { op: GatewayOpcodes.InvalidSession, d: false });

      return undefined;
    }

    session.socket?.terminate();
    session.socket = socket;
    this.botSession = session;
    for (const entry of session.replay) {
      if (entry.sequence > lastSequence) {
        socket.send(entry.frame);
      }
    }
    this.send(session, 'RESUMED', {});

    return session;
  }

  private send(session: GatewaySession, event: string, data: unknown): void {
    session.sequence += 1;
    const frame = JSON.stringify({
      op: GatewayOpcodes.Dispatch,
      t: event,
      s: session.sequence,
      d: data,
    });
    session.replay.push({ sequence: session.sequence, frame });
    if (session.replay.length > REPLAY_BUFFER_SIZE) {
      session.replay.shift();
    }
    session.socket?.send(frame);
  }

  private endSession(session: GatewaySession): void {
    this.sessions.delete(session.id);
    if (this.botSession === session) {
      this.botSession = [...this.sessions.values()].pop();
    }
  }

  private isTokenValid(token: unknown): boolean {
    if (this.options.token === undefined) {
      return typeof token === 'string' && token.length > 0;
    }

    return typeof token === 'string' && token.replace(/^Bot /, '') === this.options.token;
  }
}

function sendFrame(socket: WebSocket, payload: unknown): void {
  socket.send(JSON.stringify(payload));
}

function rawToString(raw: RawData): string {
  if (Array.isArray(raw)) {
    return Buffer.concat(raw).toString('utf8');
  }

  return Buffer.from(raw as ArrayBuffer).toString('utf8');
}
