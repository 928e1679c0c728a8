// Runs the browser tests. With E2E_BASE_URL they drive a service you started yourself; otherwise they
// start the built jar (E2E_JAR) on a free port, in the demo profile with an in-memory database, and
// fail when that service does not come up, so that they never pass against something else.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../../../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startService(jar) {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  fs.mkdirSync(path.join(ROOT, 'target'), { recursive: true });
  const log = fs.openSync(path.join(ROOT, 'target', 'e2e-service.log'), 'w');
  const service = spawn('java', ['-Xmx256m', '-jar', jar, `--server.port=${port}`,
    '--spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000',
    `--hrd.notification.tasklist-url=${baseUrl}/camunda/app/tasklist/default/`,
    // Notification steps run within two seconds, as on a busy service, instead of after an idle back-off.
    '--camunda.bpm.job-execution.max-wait=2000'], { stdio: ['ignore', log, log] });
  let exited = null;
  service.once('exit', (code) => { exited = code; });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the service exited with ${exited} before it came up: see target/e2e-service.log`);
    try {
      const response = await fetch(`${baseUrl}/actuator/health`);
      if (response.ok && (await response.json()).status === 'UP') return { service, baseUrl };
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  service.kill('SIGKILL');
  throw new Error(`the service did not come up on port ${port} within 180 s: see target/e2e-service.log`);
}

async function main() {
  let service = null;
  let baseUrl = process.env.E2E_BASE_URL;
  if (!baseUrl) {
    const jar = process.env.E2E_JAR;
    if (!jar || !fs.existsSync(jar)) throw new Error('set E2E_JAR to the built jar, or E2E_BASE_URL to a running service');
    ({ service, baseUrl } = await startService(jar));
  }
  const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', 'e2e/'],
    { cwd: path.resolve(__dirname, '..'), stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: baseUrl } });
  const code = await new Promise((resolve) => tests.once('exit', (exitCode) => resolve(exitCode ?? 1)));
  if (service) {
    const stopped = new Promise((resolve) => service.once('exit', resolve));
    service.kill('SIGTERM');
    await stopped;
  }
  process.exit(code);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
