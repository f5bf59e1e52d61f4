import { parseHostsTable } from './hostsTable';

const TEXT = [
  '# comment line',
  '127.0.0.1\tlocalhost loopback   # trailing comment',
  '',
  '::1 localhost ip6-localhost',
  '192.0.2.7 Web.Example.ORG web',
  '192.0.2.7 second-name',
  '2001:DB8:0:0:0:0:0:1 v6host',
  'not-an-address somename',
  '10.0.0.1',
  '127.0.0.1 localhost',
].join('\n');

describe('parseHostsTable', () => {
  const t = parseHostsTable(TEXT);

  test('forward: every name and alias, addresses in file order without repeats', () => {
    expect(t.byName.get('localhost')).toEqual(['127.0.0.1', '::1']);
    expect(t.byName.get('loopback')).toEqual(['127.0.0.1']);
    expect(t.byName.get('ip6-localhost')).toEqual(['::1']);
    expect(t.byName.get('web')).toEqual(['192.0.2.7']);
    expect(t.byName.get('v6host')).toEqual(['2001:db8::1']);
  });

  test('names are matched lower-cased', () => {
    expect(t.byName.get('web.example.org')).toEqual(['192.0.2.7']);
    expect(t.byName.has('Web.Example.ORG')).toBe(false);
  });

  test('reverse: the first name of the first line for the address, as written', () => {
    expect(t.byAddr.get('127.0.0.1')).toBe('localhost');
    expect(t.byAddr.get('192.0.2.7')).toBe('Web.Example.ORG');
    expect(t.byAddr.get('2001:db8::1')).toBe('v6host');
    expect(t.byAddr.size).toBe(4);
  });

  test('bad lines are reported by number', () => {
    expect(t.badLines).toEqual([8, 9]);
  });

  test('CRLF line ends', () => {
    expect(parseHostsTable('10.1.2.3 a\r\n10.1.2.4 b\r\n').byName.get('b')).toEqual(['10.1.2.4']);
  });
});
