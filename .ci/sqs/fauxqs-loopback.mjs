// Starts fauxqs bound to 127.0.0.1 only, on $PORT (0 = any free port), and writes the port it got to $PORT_FILE.
// fauxqs's own CLI listens on 0.0.0.0 and names queues after a host that does not resolve here; clearing the store's
// host makes queue URLs take the request's Host: http://127.0.0.1:PORT/000000000000/NAME.
import { writeFileSync } from "node:fs";
import { buildApp } from "fauxqs";
import { SqsStore } from "./node_modules/fauxqs/dist/sqs/sqsStore.js" // not exported by the package;

const sqsStore = new SqsStore();
sqsStore.host = "";
const app = buildApp({ logger: false, stores: { sqsStore } });
await app.listen({ port: Number(process.env.PORT ?? 0), host: "127.0.0.1" });
writeFileSync(process.env.PORT_FILE, String(app.server.address().port));
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => app.close().then(() => process.exit(0)));
}
