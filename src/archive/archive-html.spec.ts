import { renderBody } from './archive-html';

describe('renderBody', () => {
  it('joins the lines of a block into one paragraph', () => {
    expect(renderBody('First line\nsecond line')).toBe('<p>First line<br>\nsecond line</p>');
  });

  it('keeps a quotation out of any paragraph', () => {
    const html = renderBody('ada asserts:\n> The salt road ran north\nConfidence: **suspect**');

    expect(html).toBe(
      [
        '<p>ada asserts:</p>',
        '<blockquote>The salt road ran north</blockquote>',
        '<p>Confidence: <strong>suspect</strong></p>',
      ].join('\n'),
    );
  });

  it('escapes markup in player text', () => {
    expect(renderBody('> <script>alert(1)</script>')).toBe(
      '<blockquote>&lt;script&gt;alert(1)&lt;/script&gt;</blockquote>',
    );
  });

  it('separates blocks divided by a blank line', () => {
    expect(renderBody('One\n\nTwo')).toBe('<p>One</p>\n<p>Two</p>');
  });
});
