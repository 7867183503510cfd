// The benchmark's baseline: a bare Node http server that answers every request with the same
// JSON file, held in memory. What remains between it and the API is the cost of the search.
//   node --import tsx scripts/lib/bench-static-server.ts <file.json> <port>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
const headers = {
  "Content-Type": "application/json",
  "Content-Length": String(body.length),
  "Cache-Control": "public, max-age=60, s-maxage=300, stale-while-revalidate=600",
  "Access-Control-Allow-Origin": "*",
  Vary: "Accept-Encoding",
};

createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => console.log(`statische server op ${port}: ${body.length} bytes`));
