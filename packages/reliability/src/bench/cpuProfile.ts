/**
 * A CPU profile of the backend over one stretch of work, taken through its inspector (the
 * backend runs with `--inspect` on a local port): Profiler.start before, Profiler.stop after,
 * so start-up and other phases stay out of it. Summarised by where the time went: each
 * package, each of our plugins, Node's own modules, garbage collection.
 */

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string };
};
type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};

/** Runs `work` while the backend's CPU is profiled; returns the profile. */
export async function profileWhile(
  inspectPort: number,
  work: () => Promise<void>,
): Promise<Profile> {
  const targets = (await (
    await fetch(`http://127.0.0.1:${inspectPort}/json/list`)
  ).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let nextId = 0;
  const pending = new Map<number, (result: any) => void>();
  socket.onmessage = event => {
    const message = JSON.parse(String(event.data));
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  };
  const send = (method: string, params: object = {}) =>
    new Promise<any>(resolve => {
      const id = ++nextId;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: 200 });
    await send('Profiler.start');
    await work();
    return (await send('Profiler.stop')).profile as Profile;
  } finally {
    socket.close();
  }
}

/** Where a sampled function belongs: a package, one of our plugins, Node, or the engine. */
function placeOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(garbage collector)') return '(garbage collection)';
  if (functionName === '(program)') return '(engine)';
  // Built-ins and native code (crypto, zlib, JSON, sockets) have no script: named by function.
  if (!url) return `native: ${functionName || '(anonymous)'}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /\/(plugins|packages)\/([^/]+)\//.exec(url);
  if (ours) return `ours: ${ours[2]}`;
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/')[0]}`;
  return url;
}

/** Busy microseconds per place (package, native function or node module). */
function busyByPlace(profile: Profile): Map<string, number> {
  const nodes = new Map(profile.nodes.map(node => [node.id, node]));
  const byPlace = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    const place = placeOf(node);
    byPlace.set(
      place,
      (byPlace.get(place) ?? 0) + (profile.timeDeltas[i] ?? 0),
    );
  });
  return byPlace;
}

/**
 * Where one kind of request spends more CPU than another (both profiled over `per`
 * requests): per place, each one's ms per request and the difference, largest first.
 */
export function compareProfiles(
  profiles: { label: string; profile: Profile }[],
  per: number,
  top = 15,
) {
  const [a, b] = profiles.map(p => busyByPlace(p.profile));
  const places = new Set([...a.keys(), ...b.keys()]);
  const ms = (us = 0) => us / 1000 / per;
  return [...places]
    .map(place => ({ place, a: ms(a.get(place)), b: ms(b.get(place)) }))
    .sort((x, y) => y.a - y.b - (x.a - x.b))
    .slice(0, top)
    .map(({ place, a: inA, b: inB }) => ({
      place,
      [`${profiles[0].label} (ms)`]: inA.toFixed(2),
      [`${profiles[1].label} (ms)`]: inB.toFixed(2),
      'more (ms)': (inA - inB).toFixed(2),
    }));
}

/** Busy time per place, largest first, per unit of work (`per` requests). */
export function summariseProfile(profile: Profile, per: number, top = 20) {
  const byPlace = busyByPlace(profile);
  const busy = [...byPlace.values()].reduce((sum, us) => sum + us, 0);
  return [...byPlace]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([place, us]) => ({
      place,
      'ms / request': (us / 1000 / per).toFixed(2),
      share: `${((100 * us) / busy).toFixed(1)}%`,
    }));
}
