import { defaultLogPath } from './logging';

describe('Log::__default_path', () => {
  it('derives the file name from the stream id as Zeek does', () => {
    expect(['SSH::LOG', 'PacketFilter::LOG', 'Notice::POLICY_LOG', 'Known::HOSTS', 'Foo'].map(defaultLogPath)).toEqual([
      'ssh', 'packet_filter', 'notice_policy', 'known_hosts', 'foo',
    ]);
  });
});
