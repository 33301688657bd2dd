import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../cli/args';

describe('parseCli', () => {
  it('reads every audit option', () => {
    expect(parseCli(['--json', '--bundle', 'o.zip', '--case', 'c.json', '--format', 'alipay', '--password', 'pw', '--encoding', 'gb18030',
      '--account', ' Mine ', '--zone', '+08:00', '--lang', 'zh-CN', '--fail-on', 'medium', '--progress', 'a.csv', 'b.csv'])).toEqual({
      command: 'audit', files: ['a.csv', 'b.csv'], json: true, bundle: 'o.zip', casePath: 'c.json', format: 'alipay', password: 'pw',
      encoding: 'gb18030', account: 'Mine', zone: '+08:00', lang: 'zh-CN', failOn: 'medium', progress: true, rules: true,
    });
    expect(parseCli(['--no-rules', 'a.csv'])).toMatchObject({ rules: false });
  });

  it('has quiet defaults', () => {
    expect(parseCli(['a.csv'])).toEqual({ command: 'audit', files: ['a.csv'], json: false, lang: 'en', progress: false, rules: true });
  });

  it('reads the verify subcommand and the help topics', () => {
    expect(parseCli(['verify', 'out.zip'])).toEqual({ command: 'verify', bundle: 'out.zip', json: false, lang: 'en' });
    expect(parseCli(['--help'])).toEqual({ command: 'help', topic: 'usage' });
    expect(parseCli(['--help-mapping'])).toEqual({ command: 'help', topic: 'mapping' });
  });

  it('accepts --mapping, alone or with --format generic', () => {
    expect(parseCli(['--mapping', 'p.json', 'a.csv'])).toMatchObject({ mappingPath: 'p.json' });
    expect(parseCli(['--format', 'generic', '--mapping', 'p.json', 'a.csv'])).not.toHaveProperty('format');
  });

  it.each([
    [['--format', 'generic', 'a.csv'], /--format generic needs --mapping/],
    [['--format', 'alipay', '--mapping', 'p.json', 'a.csv'], /cannot be combined/],
    [['--encoding', 'latin1', 'a.csv'], /--encoding must be one of/],
    [['--case', 'c.json', 'a.csv'], /--case goes with --bundle/],
    [['--account', ' ', 'a.csv'], /--account needs a name/],
    [['--bundle'], /argument missing|requires an argument/i],
    [['verify', 'a.zip', 'b.zip'], /exactly one bundle/],
    [['--no-rules', '--fail-on', 'high', 'a.csv'], /--fail-on needs the rules/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });
});
