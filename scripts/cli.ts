/** Ends a command-line script with one readable line and a non-zero exit code: no stack trace. */
export function fail(message: string, fix?: string): never {
  process.stderr.write(`Error: ${message}${fix ? ` Fix: ${fix}` : ''}\n`);
  process.exit(1);
}

export function info(message: string) {
  process.stdout.write(`${message}\n`);
}

const REQUIRED_NODE = [20, 9] as const;

export function checkNodeVersion(version = process.versions.node) {
  const [major, minor] = version.split('.').map(Number);
  if (major < REQUIRED_NODE[0] || (major === REQUIRED_NODE[0] && minor < REQUIRED_NODE[1])) {
    fail(
      `Node ${version} is too old; this project needs Node ${REQUIRED_NODE.join('.')} or newer.`,
      'install Node 20 LTS (or newer) and run npm ci again.',
    );
  }
}
