/** Line breaks, tabs and other control characters that act as whitespace. */
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085]/g;

/**
 * Control characters (Unicode category Cc) and format characters (Cf: zero-width spaces and
 * joiners, bidirectional overrides, soft hyphens, tags), which print nothing. Two uses stay
 * because emoji need them: a zero-width joiner between two pictographs (family and profession
 * emoji) and the tag characters that follow a black flag (subdivision flags such as Scotland's).
 */
const INVISIBLE = new RegExp(
  [
    String.raw`(?!(?<=\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})?)\u200D(?=\p{Extended_Pictographic}))`,
    String.raw`(?!(?<=\u{1F3F4}[\u{E0020}-\u{E007F}]*)[\u{E0020}-\u{E007F}])`,
    String.raw`[\p{Cc}\p{Cf}]`,
  ].join(''),
  'gu',
);

/**
 * Removes the characters that print nothing from player text, so that its length counts only
 * what readers see. Line breaks and tabs become spaces, and the result is trimmed.
 */
export function removeInvisible(text: string): string {
  return text.replace(WHITESPACE_CONTROLS, ' ').replace(INVISIBLE, '').trim();
}

/**
 * Replaces each character that prints nothing with U+FFFD, so text echoed in an error message
 * shows where a hidden character sits instead of looking like the valid text around it.
 */
export function markInvisible(text: string): string {
  return text.replace(WHITESPACE_CONTROLS, ' ').replace(INVISIBLE, '\uFFFD');
}
