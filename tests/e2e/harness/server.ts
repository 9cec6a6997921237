import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { makeSelfSignedCert } from './certs';
import { genericHtml, replicaHtml } from '../replicas/page';

export type ReplicaSite = 'chatgpt' | 'claude' | 'copilot' | 'm365';

/** Real hostnames served by each replica (the manifest's match patterns are exercised as-is). */
export const REPLICA_HOSTS: Record<ReplicaSite, readonly string[]> = {
  chatgpt: ['chatgpt.com', 'chat.openai.com'],
  claude: ['claude.ai'],
  copilot: ['copilot.microsoft.com'],
  m365: ['m365.cloud.microsoft', 'copilot.cloud.microsoft'],
};

/** Where a test opens each replica by default (the first host of each site). */
export const REPLICA_URL: Record<ReplicaSite, string> = {
  chatgpt: 'https://chatgpt.com/',
  claude: 'https://claude.ai/new',
  copilot: 'https://copilot.microsoft.com/',
  m365: 'https://m365.cloud.microsoft/chat',
};

export const RECEIVER_HOST = 'receiver.test';

export interface ReceivedPost {
  site: ReplicaSite;
  host: string;
  path: string;
  /** Parsed JSON (a SignalR record has its trailing 0x1E stripped first); undefined if not JSON. */
  body: unknown;
  raw: string;
  ts: number;
}

export interface LoggedRequest {
  host: string;
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  /** `raw` parsed as JSON when it is JSON (SignalR's trailing 0x1E stripped), else undefined. */
  body: unknown;
  ts: number;
}

export interface Receiver {
  /** Base URL, e.g. https://receiver.test */
  url: string;
  requests(): LoggedRequest[];
  clear(): void;
  /** Queue a response for the next request (FIFO); without one the receiver answers 200 {"ok":true}. */
  respondWith(status: number, body?: unknown): void;
  /** Close the receiver's listener so connections are refused, until up(). */
  down(): Promise<void>;
  up(): Promise<void>;
}

export interface Sites {
  port: number;
  /** Value for Chromium's --host-resolver-rules. */
  hostRules: string;
  hosts: string[];
  received(site?: ReplicaSite): ReceivedPost[];
  clear(): void;
  receiver: Receiver;
  /** Every request any host (replicas, extra hosts, receiver) received, in order. */
  allRequests(): LoggedRequest[];
  close(): Promise<void>;
}

export interface StartSitesOptions {
  /** Hosts that get a generic page whose title is the host name (AI-tool discovery tests). */
  extraHosts?: readonly string[];
}

const REPLICA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'replicas');
const SITES: ReplicaSite[] = ['chatgpt', 'claude', 'copilot', 'm365'];
const TITLES: Record<ReplicaSite, string> = {
  chatgpt: 'ChatGPT',
  claude: 'Claude',
  copilot: 'Microsoft Copilot',
  m365: 'Microsoft 365 Copilot',
};
const APP_PATH = '/__replica/app.js';

let bundles: Promise<Record<ReplicaSite, string>> | undefined;

/** Bundles the replica apps once per process (esbuild, in memory). */
function replicaBundles(): Promise<Record<ReplicaSite, string>> {
  bundles ??= (async () => {
    const entries = await Promise.all(
      SITES.map(async (site) => {
        const result = await build({
          entryPoints: [join(REPLICA_DIR, `${site}.ts`)],
          bundle: true,
          write: false,
          format: 'iife',
          platform: 'browser',
          target: 'chrome120',
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'silent',
        });
        return [site, result.outputFiles[0].text] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<ReplicaSite, string>;
  })();
  return bundles;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string): unknown {
  const record = raw.endsWith('\u001e') ? raw.slice(0, -1) : raw;
  try {
    return JSON.parse(record);
  } catch {
    return undefined;
  }
}

function hostOf(req: IncomingMessage): string {
  return (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function trackSockets(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    for (const socket of sockets) socket.destroy();
    server.closeAllConnections();
  });
}

/**
 * One HTTPS server for all replicas, routed by Host header, plus a separate listener for the
 * receiver (so it can go down on its own). Chromium reaches them through --host-resolver-rules.
 */
export async function startSites(opts: StartSitesOptions = {}): Promise<Sites> {
  const siteByHost = new Map<string, ReplicaSite>();
  for (const site of SITES) for (const host of REPLICA_HOSTS[site]) siteByHost.set(host, site);
  const extraHosts = [...(opts.extraHosts ?? [])].map((h) => h.toLowerCase());
  const hosts = [...siteByHost.keys(), ...extraHosts];
  const { key, cert } = makeSelfSignedCert([...hosts, RECEIVER_HOST]);
  const apps = await replicaBundles();

  const log: LoggedRequest[] = [];
  let posts: ReceivedPost[] = [];

  const logRequest = async (req: IncomingMessage): Promise<LoggedRequest> => {
    const raw = await readBody(req);
    const entry: LoggedRequest = {
      host: hostOf(req),
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: { ...req.headers },
      raw,
      body: raw ? parseBody(raw) : undefined,
      ts: Date.now(),
    };
    log.push(entry);
    return entry;
  };

  const handleSite = async (req: IncomingMessage, res: ServerResponse) => {
    const entry = await logRequest(req);
    const site = siteByHost.get(entry.host);
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (site) {
      if (entry.method === 'POST') {
        posts.push({ site, host: entry.host, path: entry.path, body: entry.body, raw: entry.raw, ts: entry.ts });
        return send(200, 'application/json', JSON.stringify({ ok: true }));
      }
      if (entry.path.startsWith(APP_PATH)) return send(200, 'text/javascript; charset=utf-8', apps[site]);
      if (entry.path.startsWith('/favicon')) return send(204, 'text/plain', '');
      return send(200, 'text/html; charset=utf-8', replicaHtml(TITLES[site], APP_PATH));
    }
    if (extraHosts.includes(entry.host)) return send(200, 'text/html; charset=utf-8', genericHtml(entry.host));
    return send(404, 'text/plain', `no replica for ${entry.host}`);
  };

  const server = createServer({ key, cert }, (req, res) => {
    handleSite(req, res).catch((error) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  const siteSockets = trackSockets(server);
  const port = await listen(server);

  // The receiver: a stand-in for whatever the extension may send data to (reporting endpoint etc.).
  const responses: Array<{ status: number; body?: unknown }> = [];
  let receiverLog: LoggedRequest[] = [];
  const receiverServer = createServer({ key, cert }, (req, res) => {
    void logRequest(req).then((entry) => {
      receiverLog.push(entry);
      // CORS preflights are answered without using up a queued response meant for the real request.
      const next =
        entry.method === 'OPTIONS' ? { status: 204, body: undefined } : (responses.shift() ?? { status: 200, body: { ok: true } });
      const body = next.body === undefined ? '' : typeof next.body === 'string' ? next.body : JSON.stringify(next.body);
      // CORS: the extension's fetch comes from its own origin.
      res.writeHead(next.status, {
        'content-type': typeof next.body === 'string' ? 'text/plain' : 'application/json',
        'access-control-allow-origin': '*',
        'access-control-allow-headers': '*',
        'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
      });
      res.end(body);
    });
  });
  const receiverSockets = trackSockets(receiverServer);
  const receiverPort = await listen(receiverServer);

  const hostRules = [
    ...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`),
    `MAP ${RECEIVER_HOST} 127.0.0.1:${receiverPort}`,
  ].join(', ');

  const receiver: Receiver = {
    url: `https://${RECEIVER_HOST}`,
    requests: () => [...receiverLog],
    clear: () => {
      receiverLog = [];
      responses.length = 0;
    },
    respondWith: (status, body) => void responses.push({ status, body }),
    down: () => closeServer(receiverServer, receiverSockets),
    up: async () => {
      if (!receiverServer.listening) await listen(receiverServer, receiverPort);
    },
  };

  return {
    port,
    hostRules,
    hosts,
    received: (site) => posts.filter((p) => !site || p.site === site),
    clear: () => {
      posts = [];
      log.length = 0;
    },
    receiver,
    allRequests: () => [...log],
    close: async () => {
      await Promise.all([closeServer(server, siteSockets), closeServer(receiverServer, receiverSockets)]);
    },
  };
}
