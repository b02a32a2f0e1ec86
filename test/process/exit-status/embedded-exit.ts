// Starts an embedded cluster in argv[2], stops it when argv[3] is "stop", and sets exit code 3.
import { startEmbeddedPostgres } from '../../../server/src/db/embedded.js';

const cluster = await startEmbeddedPostgres(process.argv[2], () => undefined);
if (process.argv[3] === 'stop') await cluster.stop();
process.exitCode = 3;
