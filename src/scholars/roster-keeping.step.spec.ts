import { CampaignsService } from '../campaigns/campaigns.service';
import { GazetteService } from '../gazette/gazette.service';
import { PressRelease } from '../gazette/press-release.entity';
import { createTestApp, type TestApp } from '../testing/test-app';
import { generateScholar } from './scholar-generator';
import { Scholar } from './scholar.entity';

const GUILD = '700000000000000009';
const LEAD = { guildId: GUILD, userId: '800000000000000009', displayName: 'Ada Quill' };
const START = new Date('2026-12-04T10:00:00Z');

describe('RosterKeepingStep', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await createTestApp({ start: START });
  });

  afterEach(async () => {
    await app.close();
  });

  async function activeCount(campaignId: number): Promise<number> {
    const [row] = await app.dataSource.query<{ n: number }[]>(
      "SELECT COUNT(*) AS n FROM scholars WHERE campaign_id = ? AND status != 'retired'",
      [campaignId],
    );
    return row.n;
  }

  async function notes(): Promise<string[]> {
    const rows = await app.dataSource.getRepository(PressRelease).findBy({ type: 'gazette_note' });
    return rows.map((row) => row.headline);
  }

  it('refills a roster that fell below 20', async () => {
    const { campaign } = await app.get(CampaignsService).enter(LEAD);
    await app.dataSource.query(
      "UPDATE scholars SET status = 'retired' WHERE id IN (SELECT id FROM scholars WHERE is_legend = 0 ORDER BY id LIMIT 6)",
    );
    expect(await activeCount(campaign.id)).toBe(18);

    await app
      .get(GazetteService)
      .publishEdition(campaign.id, new Date('2026-12-04T13:00:00Z'), 'scheduled', 0);

    expect(await activeCount(campaign.id)).toBe(20);
    expect(await notes()).toContain('New faces in the common rooms');
  });

  it('retires the newest unaffiliated scholars above 30 and spares the pinned', async () => {
    const { campaign } = await app.get(CampaignsService).enter(LEAD);
    const extras = Array.from({ length: 8 }, (_, i) =>
      Scholar.fromProfile(campaign.id, generateScholar('extra-seed', 500 + i)),
    );
    await app.dataSource.getRepository(Scholar).insert(extras);
    const newest = await app.dataSource
      .getRepository(Scholar)
      .findOneOrFail({ where: { campaignId: campaign.id }, order: { id: 'DESC' } });
    await app.dataSource.getRepository(Scholar).update(newest.id, { status: 'pinned' });
    expect(await activeCount(campaign.id)).toBe(32);

    await app
      .get(GazetteService)
      .publishEdition(campaign.id, new Date('2026-12-04T13:00:00Z'), 'scheduled', 0);

    expect(await activeCount(campaign.id)).toBe(30);
    const pinned = await app.dataSource.getRepository(Scholar).findOneByOrFail({ id: newest.id });
    expect(pinned.status).toBe('pinned');
    expect(await notes()).toContain('Quiet retirements');
  });

  it('leaves a roster within bounds alone', async () => {
    const { campaign } = await app.get(CampaignsService).enter(LEAD);

    await app
      .get(GazetteService)
      .publishEdition(campaign.id, new Date('2026-12-04T13:00:00Z'), 'scheduled', 0);

    expect(await activeCount(campaign.id)).toBe(24);
    expect(await notes()).toEqual([]);
  });
});
