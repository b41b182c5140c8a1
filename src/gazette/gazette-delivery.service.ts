import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, type Repository } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { MetricsService } from '../metrics/metrics.service';
import { Dispatch } from './dispatch.entity';
import { CHANNEL_POSTER, type ChannelPoster } from './outgoing-message';

/** Dispatches loaded per pass; the rest wait for the next pass. */
const BATCH_SIZE = 50;

/**
 * Sends queued Gazette messages to Discord, oldest first, one at a time so the channel shows
 * them in order. A failed send stays queued and is retried with exponential backoff; nothing is
 * deleted. Rate limits are obeyed by the discord.js REST client underneath.
 */
@Injectable()
export class GazetteDeliveryService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(GazetteDeliveryService.name);
  private running: Promise<number> | null = null;
  private rerunRequested = false;
  private isStopping = false;

  constructor(
    @InjectRepository(Dispatch) private readonly dispatches: Repository<Dispatch>,
    private readonly writes: WriteQueue,
    private readonly config: AppConfig,
    @Inject(CHANNEL_POSTER) private readonly poster: ChannelPoster,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  /**
   * Sends every due message and resolves with how many were sent. A call made while a pass is
   * running joins it and triggers one more pass, so nothing queued meanwhile waits for the timer.
   */
  deliverDue(): Promise<number> {
    if (this.isStopping) {
      return Promise.resolve(0);
    }
    if (this.running) {
      this.rerunRequested = true;
      return this.running;
    }
    this.running = this.deliverUntilIdle().finally(() => {
      this.running = null;
    });

    return this.running;
  }

  /**
   * Lets the message being sent finish and its result be stored, then stops, so a post that
   * Discord accepted is never left marked pending.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.isStopping = true;
    await this.running?.catch(() => undefined);
  }

  /** Number of messages still waiting to be sent. */
  countPending(): Promise<number> {
    return this.dispatches.countBy({ status: 'pending' });
  }

  private async deliverUntilIdle(): Promise<number> {
    let sent = 0;
    do {
      this.rerunRequested = false;
      sent += await this.deliverBatch();
    } while (this.rerunRequested);

    return sent;
  }

  /**
   * Walks every pending message in id order. A message that waits for its retry, or fails now,
   * holds back the later messages of its channel, so each channel shows its messages in order
   * while other channels keep flowing.
   */
  private async deliverBatch(): Promise<number> {
    const now = this.clock.now();
    const blockedChannels = new Set<string>();
    let sent = 0;
    let afterId = 0;
    let batch: Dispatch[];
    do {
      const cursor = afterId;
      batch = await this.writes.readCommitted(() =>
        this.dispatches.find({
          where: { status: 'pending', id: MoreThan(cursor) },
          order: { id: 'ASC' },
          take: BATCH_SIZE,
        }),
      );
      for (const dispatch of batch) {
        if (this.isStopping) {
          return sent;
        }
        afterId = dispatch.id;
        if (blockedChannels.has(dispatch.channelId)) {
          continue;
        }
        const isSent = dispatch.nextAttemptAt <= now && (await this.send(dispatch));
        if (!isSent) {
          blockedChannels.add(dispatch.channelId);
          continue;
        }
        sent += 1;
      }
    } while (batch.length === BATCH_SIZE);

    return sent;
  }

  private async send(dispatch: Dispatch): Promise<boolean> {
    let messageId: string;
    try {
      messageId = await this.poster.post(dispatch.channelId, dispatch.message, dispatch.nonce);
    } catch (error) {
      this.metrics.gazettePosts.inc({ result: 'failed' });
      await this.recordFailure(dispatch, error as Error);

      return false;
    }
    this.metrics.gazettePosts.inc({ result: 'sent' });
    await this.writes.run(
      (manager) =>
        manager.update(Dispatch, dispatch.id, {
          status: 'sent',
          messageId,
          sentAt: this.clock.now(),
          attempts: dispatch.attempts + 1,
          lastError: null,
        }),
      { isCompletion: true },
    );

    return true;
  }

  private async recordFailure(dispatch: Dispatch, error: Error): Promise<void> {
    const { retryBaseSeconds, maxSendAttempts } = this.config.game.gazette;
    const attempts = dispatch.attempts + 1;
    const isFinal = attempts >= maxSendAttempts;
    const delaySeconds = retryBaseSeconds * 2 ** Math.min(attempts - 1, 10);
    const nextAttemptAt = new Date(this.clock.now().getTime() + delaySeconds * 1000);

    await this.writes.run(
      (manager) =>
        manager.update(Dispatch, dispatch.id, {
          attempts,
          nextAttemptAt,
          status: isFinal ? 'failed' : 'pending',
          lastError: error.message.slice(0, 500),
        }),
      { isCompletion: true },
    );
    const fields = {
      dispatchId: dispatch.id,
      channelId: dispatch.channelId,
      attempts,
      error: error.message,
    };
    if (isFinal) {
      this.logger.error({ message: 'gazette post abandoned after retries', ...fields });
    } else {
      this.logger.warn({ message: 'gazette post failed; will retry', delaySeconds, ...fields });
    }
  }
}
