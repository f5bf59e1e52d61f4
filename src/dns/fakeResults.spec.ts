import { createHash } from 'crypto';
import { fakeAddrResult, fakeNameResult, fakeNameResultMd5, fakeTxtResult, ZEEK_DEFAULT_DIGEST_SALT } from './fakeResults';
import { highwayHash128, highwayKeyFromBytes } from './highwayHash';

describe('Zeek fake DNS answers', () => {
  test('lookup_addr', () => {
    expect(fakeAddrResult('127.0.0.1')).toBe('fake_addr_lookup_result_127.0.0.1');
    expect(fakeAddrResult('2001:db8::1')).toBe('fake_addr_lookup_result_2001:db8::1');
  });

  test('lookup_hostname_txt (request type by name, as DNS_Mgr.cc request_type_string)', () => {
    expect(fakeTxtResult('www.zeek.org')).toBe('fake_lookup_result_T_TXT_www.zeek.org');
  });

  test('the default digest_salt is Zeek\'s', () => {
    expect(ZEEK_DEFAULT_DIGEST_SALT).toBe('Please change this value.');
  });

  test('lookup_hostname: the name\'s HighwayHash-128 under SHA-256(digest_salt), words little-endian', () => {
    const key = highwayKeyFromBytes(createHash('sha256').update('Please change this value.').digest());
    const [h0, h1] = highwayHash128(Buffer.from('localhost'), key);
    const b = Buffer.alloc(16);
    b.writeBigUInt64LE(h0, 0);
    b.writeBigUInt64LE(h1, 8);
    expect(b.toString('hex')).toBe('fd8a011f96f85e08d9a2a558596145df');
    expect(fakeNameResult('localhost')).toBe('fd8a:11f:96f8:5e08:d9a2:a558:5961:45df');
  });

  test('fixed addresses for a few names (regression values of this construction)', () => {
    expect(fakeNameResult('www.zeek.org')).toBe('992d:c64c:9055:83b0:e7a3:3c38:9d2d:3053');
    expect(fakeNameResult('example.com')).toBe('ce06:236:f21f:587:8c10:121d:c47d:b412');
    expect(fakeNameResult('')).toBe('d63a:1c12:896d:387e:e3a:b91b:c6c9:e0a3');
  });

  test('a redefined digest_salt changes the address', () => {
    expect(fakeNameResult('localhost', 'salt')).toBe('6238:6ea:c781:7378:a4c5:8f:d11e:edcc');
  });

  test('old Bro: the MD5 digest of the name as the address', () => {
    // md5("example.com") = 5ababd603b22780302dd8d83498e5172
    expect(fakeNameResultMd5('example.com')).toBe('5aba:bd60:3b22:7803:2dd:8d83:498e:5172');
  });
});
