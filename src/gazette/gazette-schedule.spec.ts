import {
  dueSlots,
  formatEditionLabel,
  nextScheduledSlot,
  scheduledSlotsBetween,
  yearAt,
} from './gazette-schedule';

const TIMES = ['13:00', '21:00'];

describe('scheduledSlotsBetween', () => {
  it('returns both daily slots in UTC', () => {
    const slots = scheduledSlotsBetween(
      new Date('2026-12-04T00:00:00Z'),
      new Date('2026-12-05T00:00:00Z'),
      TIMES,
      'UTC',
    );

    expect(slots.map((slot) => slot.toISOString())).toEqual([
      '2026-12-04T13:00:00.000Z',
      '2026-12-04T21:00:00.000Z',
    ]);
  });

  it('excludes the start and includes the end', () => {
    const slots = scheduledSlotsBetween(
      new Date('2026-12-04T13:00:00Z'),
      new Date('2026-12-05T13:00:00Z'),
      TIMES,
      'UTC',
    );

    expect(slots.map((slot) => slot.toISOString())).toEqual([
      '2026-12-04T21:00:00.000Z',
      '2026-12-05T13:00:00.000Z',
    ]);
  });

  it('returns nothing for an empty or reversed range', () => {
    const at = new Date('2026-12-04T13:00:00Z');

    expect(scheduledSlotsBetween(at, at, TIMES, 'UTC')).toEqual([]);
    expect(scheduledSlotsBetween(at, new Date('2026-12-04T12:00:00Z'), TIMES, 'UTC')).toEqual([]);
  });

  it('reads times in the campaign time zone', () => {
    const slots = scheduledSlotsBetween(
      new Date('2026-07-01T00:00:00Z'),
      new Date('2026-07-02T00:00:00Z'),
      TIMES,
      'Europe/Paris',
    );

    // Paris is UTC+2 in summer.
    expect(slots.map((slot) => slot.toISOString())).toEqual([
      '2026-07-01T11:00:00.000Z',
      '2026-07-01T19:00:00.000Z',
    ]);
  });

  it('keeps local times across the spring DST change', () => {
    // Europe/London moves from UTC+0 to UTC+1 at 01:00 UTC on 29 March 2026.
    const slots = scheduledSlotsBetween(
      new Date('2026-03-28T00:00:00Z'),
      new Date('2026-03-30T00:00:00Z'),
      TIMES,
      'Europe/London',
    );

    expect(slots.map((slot) => slot.toISOString())).toEqual([
      '2026-03-28T13:00:00.000Z',
      '2026-03-28T21:00:00.000Z',
      '2026-03-29T12:00:00.000Z',
      '2026-03-29T20:00:00.000Z',
    ]);
  });

  it('moves a slot inside the spring gap forward', () => {
    // 02:30 does not exist in New York on 8 March 2026; it becomes 03:30 EDT (07:30 UTC).
    const slots = scheduledSlotsBetween(
      new Date('2026-03-08T00:00:00Z'),
      new Date('2026-03-09T00:00:00Z'),
      ['02:30'],
      'America/New_York',
    );

    expect(slots.map((slot) => slot.toISOString())).toEqual(['2026-03-08T07:30:00.000Z']);
  });

  it('keeps a repeated fall-back time as one slot', () => {
    // 01:30 happens twice in London on 25 October 2026.
    const slots = scheduledSlotsBetween(
      new Date('2026-10-24T12:00:00Z'),
      new Date('2026-10-25T12:00:00Z'),
      ['01:30'],
      'Europe/London',
    );

    expect(slots).toHaveLength(1);
    // The first occurrence, 01:30 BST, is 00:30 UTC.
    expect(slots[0].toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('lists each day of a multi-day outage', () => {
    const slots = scheduledSlotsBetween(
      new Date('2026-12-01T21:00:00Z'),
      new Date('2026-12-04T14:00:00Z'),
      TIMES,
      'UTC',
    );

    expect(slots).toHaveLength(5);
    expect(slots[0].toISOString()).toBe('2026-12-02T13:00:00.000Z');
    expect(slots[4].toISOString()).toBe('2026-12-04T13:00:00.000Z');
  });
});

describe('dueSlots', () => {
  const defaults = ['13:00', '21:00'];
  const created = new Date('2026-12-04T10:00:00Z');
  const campaign = {
    timeZone: 'UTC',
    digestTimes: null,
    scheduleChangedAt: null,
    createdAt: created,
  };

  it('counts from the campaign start with the default times', () => {
    expect(dueSlots(campaign, undefined, new Date('2026-12-04T21:00:00Z'), defaults)).toEqual([
      new Date('2026-12-04T13:00:00Z'),
      new Date('2026-12-04T21:00:00Z'),
    ]);
  });

  it("uses the campaign's own times over the defaults", () => {
    const own = { ...campaign, digestTimes: ['08:00', '18:30'] };

    expect(dueSlots(own, undefined, new Date('2026-12-05T09:00:00Z'), defaults)).toEqual([
      new Date('2026-12-04T18:30:00Z'),
      new Date('2026-12-05T08:00:00Z'),
    ]);
  });

  it('counts from the last edition when there is one', () => {
    const last = new Date('2026-12-04T13:00:00Z');

    expect(dueSlots(campaign, last, new Date('2026-12-04T20:59:59Z'), defaults)).toEqual([]);
    expect(dueSlots(campaign, last, new Date('2026-12-04T21:00:00Z'), defaults)).toEqual([
      new Date('2026-12-04T21:00:00Z'),
    ]);
  });

  it('never counts a slot that passed before the schedule changed', () => {
    const changed = {
      ...campaign,
      digestTimes: ['14:00', '22:00'],
      scheduleChangedAt: new Date('2026-12-04T15:00:00Z'),
    };
    const last = new Date('2026-12-04T13:00:00Z');

    expect(dueSlots(changed, last, new Date('2026-12-04T21:59:00Z'), defaults)).toEqual([]);
    expect(dueSlots(changed, last, new Date('2026-12-04T22:00:00Z'), defaults)).toEqual([
      new Date('2026-12-04T22:00:00Z'),
    ]);
  });

  it('ignores a schedule change older than the last edition', () => {
    const changed = { ...campaign, scheduleChangedAt: new Date('2026-12-01T09:00:00Z') };
    const last = new Date('2026-12-04T13:00:00Z');

    expect(dueSlots(changed, last, new Date('2026-12-04T21:00:00Z'), defaults)).toEqual([
      new Date('2026-12-04T21:00:00Z'),
    ]);
  });
});

describe('nextScheduledSlot', () => {
  it('returns the next slot on the same day', () => {
    const next = nextScheduledSlot(new Date('2026-12-04T14:00:00Z'), TIMES, 'UTC');

    expect(next.toISOString()).toBe('2026-12-04T21:00:00.000Z');
  });

  it('wraps to the next day', () => {
    const next = nextScheduledSlot(new Date('2026-12-04T21:00:00Z'), TIMES, 'UTC');

    expect(next.toISOString()).toBe('2026-12-05T13:00:00.000Z');
  });

  it('rejects an empty schedule', () => {
    expect(() => nextScheduledSlot(new Date(), [], 'UTC')).toThrow(RangeError);
  });
});

describe('yearAt', () => {
  const start = new Date('2026-12-04T10:00:00Z');

  it('is the start year on the first day', () => {
    expect(yearAt(start, new Date('2026-12-04T23:59:00Z'), 1920, 'UTC')).toBe(1920);
  });

  it('advances one year per local day', () => {
    expect(yearAt(start, new Date('2026-12-05T00:00:00Z'), 1920, 'UTC')).toBe(1921);
    expect(yearAt(start, new Date('2026-12-14T13:00:00Z'), 1920, 'UTC')).toBe(1930);
  });

  it('counts days in the campaign time zone', () => {
    // 23:30 UTC on 4 December is already 5 December in Tokyo.
    expect(yearAt(start, new Date('2026-12-04T23:30:00Z'), 1920, 'Asia/Tokyo')).toBe(1921);
  });

  it('counts a DST day as one day', () => {
    const march = new Date('2026-03-28T12:00:00Z');

    expect(yearAt(march, new Date('2026-03-30T12:00:00Z'), 1920, 'Europe/London')).toBe(1922);
  });
});

describe('formatEditionLabel', () => {
  it('shows the in-game year and local time', () => {
    const label = formatEditionLabel(new Date('2026-12-04T13:00:00Z'), 1921, 'UTC');

    expect(label).toBe('4 Dec 1921, 13:00 UTC');
  });
});
