import { shortenTyped, MAX_ECHO_LENGTH, MAX_WAIT_MS, parsePlayLine } from './play-line';

describe('parsePlayLine', () => {
  describe('slash commands', () => {
    it('parses a command without options', () => {
      expect(parsePlayLine('/status')).toEqual({
        kind: 'command',
        command: { name: 'status', options: {} },
      });
    });

    it('keeps an unquoted value and trims the line', () => {
      expect(parsePlayLine('  /scholar name:an  ')).toEqual({
        kind: 'command',
        command: { name: 'scholar', options: { name: 'an' } },
      });
    });

    it('reads a quoted value with spaces', () => {
      const line = parsePlayLine(
        '/submit_theory claim:"The salt road ran north" confidence:suspect',
      );

      expect(line).toEqual({
        kind: 'command',
        command: {
          name: 'submit_theory',
          options: { claim: 'The salt road ran north', confidence: 'suspect' },
        },
      });
    });

    it('keeps colons inside quotes and after the first colon', () => {
      const line = parsePlayLine(
        '/gw_admin set_schedule digest_times:"08:00, 20:00" time_zone:a:b',
      );

      expect(line).toEqual({
        kind: 'command',
        command: {
          name: 'gw_admin',
          subcommand: 'set_schedule',
          options: { digest_times: '08:00, 20:00', time_zone: 'a:b' },
        },
      });
    });

    it('unescapes quotes and backslashes inside quotes', () => {
      const line = parsePlayLine('/submit_theory claim:"He said \\"no\\" \\\\ twice"');

      expect(line).toEqual({
        kind: 'command',
        command: { name: 'submit_theory', options: { claim: 'He said "no" \\ twice' } },
      });
    });

    it('passes player text unchanged', () => {
      const line = parsePlayLine('/submit_theory claim:"@everyone <@&1> look" confidence:certain');

      expect(line).toMatchObject({ command: { options: { claim: '@everyone <@&1> look' } } });
    });

    it('reads empty values', () => {
      expect(parsePlayLine('/scholar name: other:""')).toEqual({
        kind: 'command',
        command: { name: 'scholar', options: { name: '', other: '' } },
      });
    });

    it('takes the first bare word as the subcommand', () => {
      expect(parsePlayLine('/gw_admin digest_now')).toEqual({
        kind: 'command',
        command: { name: 'gw_admin', subcommand: 'digest_now', options: {} },
      });
    });

    it('reads options after a subcommand', () => {
      expect(parsePlayLine('/gw_admin scholar_pin name:7')).toEqual({
        kind: 'command',
        command: { name: 'gw_admin', subcommand: 'scholar_pin', options: { name: '7' } },
      });
    });
  });

  describe('bad commands', () => {
    it.each([
      ['/submit_theory claim:"The salt road', /^Unterminated quote/],
      ['/status "open', /^Unterminated quote/],
      ['/', /^Missing command name/],
      ['/ status', /^Missing command name/],
      ['/"a b"', /is not a command name/],
      ['/sta:tus', /is not a command name/],
      ['/submit_theory claim:The salt road', /^Unexpected word "salt"/],
      ['/gw_admin setup extra', /^Unexpected word "extra"/],
      ['/scholar name:an lone', /^Unexpected word "lone"/],
      ['/scholar :an', /no valid option name/],
      ['/scholar name:an name:be', /^Option name is given twice/],
    ])('rejects %s', (text, message) => {
      const line = parsePlayLine(text);

      expect(line).toEqual({ kind: 'invalid', message: expect.stringMatching(message) });
    });
  });

  describe('suggest', () => {
    it('focuses the last option', () => {
      const line = parsePlayLine('suggest /submit_theory claim:x confidence:suspect supporter1:');

      expect(line).toEqual({
        kind: 'suggest',
        focused: 'supporter1',
        command: {
          name: 'submit_theory',
          options: { claim: 'x', confidence: 'suspect', supporter1: '' },
        },
      });
    });

    it('rejects a command without options', () => {
      expect(parsePlayLine('suggest /status')).toMatchObject({ kind: 'invalid' });
    });

    it('rejects text that is no command', () => {
      expect(parsePlayLine('suggest scholar')).toMatchObject({ kind: 'invalid' });
    });

    it('rejects an unterminated quote', () => {
      const line = parsePlayLine('suggest /scholar name:"an');

      expect(line).toEqual({
        kind: 'invalid',
        message: expect.stringMatching(/^Unterminated quote/),
      });
    });
  });

  describe('client words', () => {
    it.each([
      ['wait 30m', 30 * 60_000],
      ['wait 12h', 12 * 3_600_000],
      ['WAIT 2d', 2 * 86_400_000],
      ['wait 1d 12h', 36 * 3_600_000],
      ['wait 30d', MAX_WAIT_MS],
    ])('reads %s', (text, milliseconds) => {
      expect(parsePlayLine(text)).toEqual({ kind: 'wait', milliseconds });
    });

    it.each(['wait', 'wait 12', 'wait 1w', 'wait -1h', 'wait 0m', 'wait 31d', 'wait 1.5h'])(
      'rejects %s',
      (text) => {
        expect(parsePlayLine(text)).toMatchObject({ kind: 'invalid' });
      },
    );

    it.each([
      ['wait 12', 'Give a unit: wait 12h, wait 30m or wait 2d'],
      ['wait 0', 'A duration must be positive, as in: wait 30m'],
      ['wait 0m', 'A duration must be positive, as in: wait 30m'],
      ['wait 0h 0m', 'A duration must be positive, as in: wait 30m'],
      ['wait -1h', 'A duration must be positive, as in: wait 30m'],
    ])('explains why %s is rejected', (text, message) => {
      expect(parsePlayLine(text)).toEqual({ kind: 'invalid', message });
    });

    it('reads a player switch with spaces in the name', () => {
      expect(parsePlayLine('as Ottoline Vey')).toEqual({ kind: 'as', name: 'Ottoline Vey' });
    });

    it('rejects a switch without a name or with a long one', () => {
      expect(parsePlayLine('as')).toMatchObject({ kind: 'invalid' });
      expect(parsePlayLine(`as ${'x'.repeat(33)}`)).toMatchObject({ kind: 'invalid' });
    });

    it.each([
      ['', { kind: 'empty' }],
      ['   ', { kind: 'empty' }],
      ['players', { kind: 'players' }],
      ['gazette', { kind: 'gazette', all: false }],
      ['gazette all', { kind: 'gazette', all: true }],
      ['help', { kind: 'help' }],
      ['quit', { kind: 'quit' }],
      ['exit', { kind: 'quit' }],
    ])('reads %j', (text, expected) => {
      expect(parsePlayLine(text)).toEqual(expected);
    });

    it.each(['gazette some', 'players ada', 'status', 'hello there'])('rejects %s', (text) => {
      expect(parsePlayLine(text)).toMatchObject({ kind: 'invalid' });
    });

    it('shortens a long unknown word in the message', () => {
      const line = parsePlayLine(`${'x'.repeat(2_000_000)} and more`);

      expect(line).toEqual({
        kind: 'invalid',
        message: `Unknown input "${'x'.repeat(MAX_ECHO_LENGTH - 1)}…". Slash commands start with /. Type help for the list of commands.`,
      });
    });

    it('shortens a long command name in the message', () => {
      const line = parsePlayLine(`/${'é'.repeat(500)}`);

      expect(line).toEqual({
        kind: 'invalid',
        message: `"/${'é'.repeat(MAX_ECHO_LENGTH - 1)}…" is not a command name. Type help for the list of commands.`,
      });
    });

    it('hints at help for an unknown word', () => {
      const line = parsePlayLine('status');

      expect(line).toEqual({
        kind: 'invalid',
        message:
          'Unknown input "status". Slash commands start with /. Type help for the list of commands.',
      });
    });
  });

  describe('shortenTyped', () => {
    it('keeps text up to the maximum length', () => {
      const text = 'a'.repeat(MAX_ECHO_LENGTH);

      expect(shortenTyped(text)).toBe(text);
    });

    it('cuts longer text and ends it with an ellipsis', () => {
      const shortened = shortenTyped('b'.repeat(MAX_ECHO_LENGTH + 1));

      expect(shortened).toBe(`${'b'.repeat(MAX_ECHO_LENGTH - 1)}…`);
    });

    it('cuts between code points, not inside a surrogate pair', () => {
      const shortened = shortenTyped('🜂'.repeat(MAX_ECHO_LENGTH * 2));

      expect(Array.from(shortened)).toHaveLength(MAX_ECHO_LENGTH);
      expect(shortened).toBe(`${'🜂'.repeat(MAX_ECHO_LENGTH - 1)}…`);
    });
  });
});
