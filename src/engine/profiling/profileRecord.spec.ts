import { formatProfileRecord, tcpStatesLines, type ProfileSnapshot } from './profileRecord';

const zeros = Array.from({ length: 7 }, () => new Array<number>(7).fill(0));

function snapshot(over: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    ts: 1300475173.475401,
    memory: { total: 3056 * 1024, adjusted: 268 * 1024, malloced: 2926 * 1024 },
    runTime: { user: 0.04, sys: 0.01, real: 0.2 },
    conns: { total: 30, current: 21, table: 21, mem: 0, tableMem: 0, connvals: 0 },
    tcp: [9, 9],
    udp: [21, 21],
    icmp: [0, 0],
    tcpStates: zeros,
    expiredByInactivity: 0,
    reassemblerBytes: 0,
    timers: { current: 43, max: 43, mem: 3 * 1024, lag: 0.15, byType: new Map([['TCPConnectionExpireTimer', 9], ['ConnectionInactivityTimer', 30]]) },
    ...over,
  };
}

describe('tcpStatesLines', () => {
  test("matches Bro 1.5.3's matrix lines byte for byte (reference wikipedia prof.log)", () => {
    const m = zeros.map((r) => r.slice());
    m[3][3] = 1;
    m[4][4] = 8;
    const lines = tcpStatesLines('1300475173.475401 TCP-States:', m);
    expect(lines[0]).toBe('1300475173.475401 TCP-States:        Inact.  Syn.    SA      Part.   Est.    Fin.    Rst.');
    expect(lines[4]).toBe('1300475173.475401 TCP-States:Part.                           1                               ');
    expect(lines[5]).toBe('1300475173.475401 TCP-States:Est.                                    8                       ');
    expect(lines[7]).toBe('1300475173.475401 TCP-States:Rst.                                                            ');
  });
});

describe('formatProfileRecord', () => {
  test('the cheap record: old layout without ConnCompressor, timer types in old Bro order', () => {
    const lines = formatProfileRecord(snapshot()).split('\n');
    expect(lines[0]).toBe('1300475173.475401 ------------------------');
    expect(lines[1]).toBe('1300475173.475401 Memory: total=3056K total_adj=268K malloced: 2926K');
    expect(lines[2]).toBe('1300475173.475401 Run-time: user+sys=0.1 user=0.0 sys=0.0 real=0.2');
    expect(lines[3]).toBe('1300475173.475401 Conns: total=30 current=21/21 ext=0 mem=0K avg=0.0 table=0K connvals=0K');
    expect(lines[4]).toBe('1300475173.475401 Conns: tcp=9/9 udp=21/21 icmp=0/0');
    expect(lines[13]).toBe('1300475173.475401 Connections expired due to inactivity: 0');
    expect(lines[14]).toBe('1300475173.475401 Total reassembler data: 0K');
    expect(lines.slice(15)).toEqual([
      '1300475173.475401 Timers: current=43 max=43 mem=3K lag=0.15s',
      '1300475173.475401         ConnectionInactivityTimer = 30',
      '1300475173.475401         TCPConnectionExpireTimer = 9',
      '',
    ]);
  });

  test('the first record names the command line; an expensive one adds RuleMatcher and global sizes', () => {
    const text = formatProfileRecord(
      snapshot({
        ts: 0,
        commandLine: ['rxbro', 'run', 'profiling'],
        ruleMatcher: 'matchers=1 dfa_states=3 ncomputed=4 mem=1K avg_nfa_states=3',
        globals: { listed: [{ name: 'big', bytes: 204800, entries: [150, 300] }], totalBytes: 300 * 1024, entries: [160, 320] },
      }),
    );
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['0.000000 ------------------------', '0.000000 Command line: rxbro run profiling ', '0.000000 ------------------------']);
    expect(text).toContain('\n0.000000 RuleMatcher: matchers=1 dfa_states=3 ncomputed=4 mem=1K avg_nfa_states=3\n0.000000 Timers:');
    expect(text.endsWith(
      '0.000000 Global_sizes > 100k: 0K\n' +
        '0.000000                big = 200K (150/300 entries)\n' +
        '0.000000 Global_sizes total: 300K\n' +
        '0.000000 Total number of table entries: 160/320\n',
    )).toBe(true);
  });
});
