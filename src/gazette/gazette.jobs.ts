import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { GazetteDeliveryService } from './gazette-delivery.service';
import { GazetteService } from './gazette.service';

/** Milliseconds between checks for a due digest slot; digest times have minute precision. */
const DIGEST_CHECK_INTERVAL_MS = 20_000;
/** Milliseconds between retries of Gazette posts that failed. */
const DELIVERY_RETRY_INTERVAL_MS = 15_000;

/** Timers that publish due editions, catch up missed ones at start, and retry failed posts. */
@Injectable()
export class GazetteJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(GazetteJobs.name);

  constructor(
    private readonly gazette: GazetteService,
    private readonly delivery: GazetteDeliveryService,
  ) {}

  /**
   * Catches up any slot missed while the service was down. Not awaited: the posts wait for the
   * Discord client, which logs in during a later bootstrap hook.
   */
  onApplicationBootstrap(): void {
    void this.publishDue();
  }

  @Interval(DIGEST_CHECK_INTERVAL_MS)
  async publishDue(): Promise<void> {
    try {
      const published = await this.gazette.publishDueEditions();
      if (published.length > 0) {
        await this.delivery.deliverDue();
      }
    } catch (error) {
      this.logger.error({ message: 'digest run failed', error: (error as Error).stack });
    }
  }

  @Interval(DELIVERY_RETRY_INTERVAL_MS)
  async retryDeliveries(): Promise<void> {
    try {
      await this.delivery.deliverDue();
    } catch (error) {
      this.logger.error({ message: 'gazette delivery failed', error: (error as Error).stack });
    }
  }
}
