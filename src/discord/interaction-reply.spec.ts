import { fitContent } from './interaction-reply';

describe('fitContent', () => {
  it('keeps content within the limit unchanged', () => {
    const content = { content: 'a'.repeat(2000), embeds: [] };

    expect(fitContent(content)).toBe(content);
  });

  it("cuts longer content to Discord's 2,000 characters", () => {
    const fitted = fitContent({ content: 'b'.repeat(2500) });

    expect(fitted.content).toHaveLength(2000);
    expect(fitted.content?.endsWith('…')).toBe(true);
  });

  it('leaves a reply of embeds alone', () => {
    const content = { embeds: [{ title: 'Standing' }] };

    expect(fitContent(content)).toBe(content);
  });
});
