import { computeMentions } from './sandbox-mentions';

const ADA = '111111111111111111';
const BABBAGE = '222222222222222222';
const SCHOLARS = '333333333333333333';

describe('computeMentions', () => {
  it('parses everything without allowed_mentions', () => {
    const result = computeMentions(`@everyone <@${ADA}> <@!${BABBAGE}> <@&${SCHOLARS}>`, undefined);

    expect(result.everyone).toBe(true);
    expect(result.users).toEqual([ADA, BABBAGE]);
    expect(result.roles).toEqual([SCHOLARS]);
  });

  it('treats @here like @everyone', () => {
    expect(computeMentions('@here news', undefined).everyone).toBe(true);
  });

  it('pings nobody with an empty parse list', () => {
    const result = computeMentions(`@everyone <@${ADA}> <@&${SCHOLARS}>`, { parse: [] });

    expect(result).toEqual({ everyone: false, roles: [], users: [] });
  });

  it('parses only the listed kinds', () => {
    const result = computeMentions(`@everyone <@${ADA}> <@&${SCHOLARS}>`, { parse: ['users'] });

    expect(result.users).toEqual([ADA]);
    expect(result.roles).toEqual([]);
    expect(result.everyone).toBe(false);
  });

  it('pings listed ids only when the content mentions them', () => {
    const result = computeMentions(`<@${ADA}> and <@&${SCHOLARS}>`, {
      users: [ADA, BABBAGE],
      roles: [],
    });

    expect(result.users).toEqual([ADA]);
    expect(result.roles).toEqual([]);
  });

  it('counts a repeated mention once', () => {
    expect(computeMentions(`<@${ADA}> <@!${ADA}>`, undefined).users).toEqual([ADA]);
  });

  it('pings the replied user by default', () => {
    expect(computeMentions('thanks', undefined, ADA).users).toEqual([ADA]);
  });

  it('pings the replied user only when replied_user is set', () => {
    expect(computeMentions('thanks', { parse: [] }, ADA).users).toEqual([]);
    expect(computeMentions('thanks', { parse: [], replied_user: true }, ADA).users).toEqual([ADA]);
  });

  it('ignores ids too short to be snowflakes', () => {
    expect(computeMentions('<@123>', undefined).users).toEqual([]);
  });
});
