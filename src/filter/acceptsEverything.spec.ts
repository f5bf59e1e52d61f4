import { acceptsEverything } from './acceptsEverything';
import { parseFilter } from './parser';

describe('acceptsEverything', () => {
  it('recognises X or not X, in either order, and the empty filter', () => {
    expect(acceptsEverything(undefined)).toBe(true);
    expect(acceptsEverything(parseFilter('ip or not ip'))).toBe(true);
    expect(acceptsEverything(parseFilter('not tcp port 80 or tcp port 80'))).toBe(true);
    expect(acceptsEverything(parseFilter('host 10.0.0.1 or not host 10.0.0.1'))).toBe(true);
  });

  it('rejects everything else', () => {
    expect(acceptsEverything(parseFilter('ip or not ip6'))).toBe(false);
    expect(acceptsEverything(parseFilter('host 10.0.0.1 or not host 10.0.0.2'))).toBe(false);
    expect(acceptsEverything(parseFilter('ip and not ip'))).toBe(false);
    expect(acceptsEverything(parseFilter('ip'))).toBe(false);
  });
});
