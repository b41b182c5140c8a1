import { readable, type MarkupContext } from './play-render';

const context: MarkupContext = {
  channelName: (id) => (id === '42' ? 'gazette' : undefined),
  userName: (id) => (id === '7' ? 'ada' : undefined),
  now: () => new Date('2026-12-04T10:00:00Z'),
};

describe('readable', () => {
  it.each([
    ['"\\+05:00" is not an IANA time zone', '"+05:00" is not an IANA time zone'],
    ['\\*not italic\\*', '*not italic*'],
    ['\\*\\*not bold\\*\\*', '**not bold**'],
    ['snake\\_case and \\`tick\\`', 'snake_case and `tick`'],
    ['a \\\\ b', 'a \\ b'],
    ['\\<#42> stays as typed', '<#42> stays as typed'],
  ])('removes the escape in %j', (text, expected) => {
    expect(readable(text, context)).toBe(expected);
  });

  it.each([
    ['C:\\Users\\ada', 'C:\\Users\\ada'],
    ['a backslash at the end \\', 'a backslash at the end \\'],
    ['\\n is two characters', '\\n is two characters'],
  ])('leaves %j unchanged', (text, expected) => {
    expect(readable(text, context)).toBe(expected);
  });

  it('still drops marks and names mentions beside escapes', () => {
    expect(readable('**Bold** \\* <#42> <@7> *soft*', context)).toBe('Bold * #gazette @ada soft');
  });
});
