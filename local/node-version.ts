/**
 * The project runs on the Lambda runtime's Node major. On Linux x64/arm64 `npm ci` links that Node at
 * node_modules/.bin/node (optional dependency), so every npm script uses it whatever the OS's Node is;
 * elsewhere the Node on PATH must be it (.nvmrc). Node 22 still runs the local stack; below 22 it cannot
 * (aws-local-stepfunctions 3 and DynamoDB Local 11 need 22), so say so before anything starts.
 */
export const NODE_MAJOR = 24;
const OLDEST_WORKING_MAJOR = 22;

/** What is wrong with this Node for the project: `error` stops, `notice` is worth a line, or nothing. */
export function checkNode(version: string = process.versions.node): { error?: string; notice?: string } {
  const major = Number(version.split('.')[0]);
  if (major === NODE_MAJOR) return {};
  const advice =
    'npm scripts use node_modules/.bin/node (Node 24, installed by `npm ci` on Linux x64/arm64); ' +
    `elsewhere install Node ${NODE_MAJOR} (see .nvmrc).`;
  if (major < OLDEST_WORKING_MAJOR) {
    return {
      error: `Node ${version} is too old for the local stack (it needs ${OLDEST_WORKING_MAJOR}+). ${advice}`,
    };
  }
  return { notice: `Running on Node ${version}; the Lambdas run on Node ${NODE_MAJOR}. ${advice}` };
}
