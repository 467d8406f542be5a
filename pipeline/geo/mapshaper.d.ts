// mapshaper ships no type declarations; this types the one call the geometry build uses.
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, input: Record<string, string>): Promise<Record<string, Uint8Array | string>>;
  };
  export default mapshaper;
}
