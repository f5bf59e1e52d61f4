/** CLI entry point; grows as layers land. */
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`rxbro: not implemented yet (${argv.slice(2).join(' ')})\n`);
  return 1;
}
