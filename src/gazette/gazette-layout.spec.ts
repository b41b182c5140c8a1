import { DISCORD_LIMITS, embedLength, layoutEdition, type PressItem } from './gazette-layout';

function item(number: number, bodyLength: number): PressItem {
  return {
    number,
    type: 'academic_bulletin',
    headline: `Headline ${number}`,
    body: 'x'.repeat(bodyLength),
    year: 1920,
  };
}

const MASTHEAD = { headline: 'The Gazette', body: 'Morning edition.' };

describe('layoutEdition', () => {
  it('puts the masthead in the first message content', () => {
    const [first] = layoutEdition(MASTHEAD, []);

    expect(first.content).toBe('**The Gazette**\nMorning edition.');
    expect(first.embeds).toEqual([]);
  });

  it('keeps at most 10 embeds per message', () => {
    const messages = layoutEdition(
      MASTHEAD,
      Array.from({ length: 23 }, (_, i) => item(i + 1, 10)),
    );

    expect(messages.map((message) => message.embeds?.length)).toEqual([10, 10, 3]);
  });

  it('keeps each message under 6,000 embed characters', () => {
    const messages = layoutEdition(
      MASTHEAD,
      Array.from({ length: 6 }, (_, i) => item(i + 1, 2500)),
    );

    for (const message of messages) {
      const total = (message.embeds ?? []).reduce((sum, embed) => sum + embedLength(embed), 0);
      expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
    }
    expect(messages).toHaveLength(3);
  });

  it('keeps items in order across messages', () => {
    const messages = layoutEdition(
      MASTHEAD,
      Array.from({ length: 12 }, (_, i) => item(i + 1, 10)),
    );
    const titles = messages.flatMap((message) => (message.embeds ?? []).map((e) => e.title));

    expect(titles[0]).toBe('No. 1 · Headline 1');
    expect(titles[11]).toBe('No. 12 · Headline 12');
  });

  it('truncates an oversized body to the description limit', () => {
    const [first] = layoutEdition(MASTHEAD, [item(1, 5000)]);

    expect(first.embeds?.[0].description).toHaveLength(DISCORD_LIMITS.embedDescription);
  });

  it('truncates an oversized masthead to the content limit', () => {
    const [first] = layoutEdition({ headline: 'H', body: 'y'.repeat(3000) }, []);

    expect(first.content).toHaveLength(DISCORD_LIMITS.content);
  });
});
