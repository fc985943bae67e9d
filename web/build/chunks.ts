import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * How the SPA is cut into files (rolldown's `codeSplitting.groups`), so that every file is worth its request:
 * - `vue`: Vue, the router, pinia and vue-i18n, which every page needs.
 * - `calendar`: FullCalendar (with preact and luxon) and the app's calendar component, only for the calendar route.
 * - `screens`: the code of every other screen behind the login, in one file. Cut per screen as vite would, it was 170
 *   files whose import lists and separate compression cost some 60 KiB (gzip) of the whole; in one file it is fetched
 *   once, on the first move away from a start screen, after which every screen opens without fetching code.
 * What a start screen needs stays out of `screens`, cut per screen by vite as before: the pages before the login, the
 * layout, the dashboard (the first screen of admin and HR), the ambassador's own overview, a round to answer and the
 * attendance list (opened from a link in an e-mail or on a phone), and the page for an unknown address.
 */
const START_SCREENS = [
  'src/main.ts',
  'src/views/auth/',
  'src/views/common/NotFoundView.vue',
  'src/components/layout/AppLayout.vue',
  'src/views/dashboard/DashboardView.vue',
  'src/views/me/MyOverviewView.vue',
  'src/views/feedback/AnswerRoundView.vue',
  'src/views/training/AttendanceView.vue',
];
const FRAMEWORK = /node_modules[\\/](?:@vue|vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/;
const CALENDAR =
  /node_modules[\\/](?:@fullcalendar|preact|luxon)[\\/]|[\\/]src[\\/](?:components[\\/]training[\\/]TrainingCalendar\.vue|lib[\\/]calendarHours\.ts)/;

type ModuleGraph = {
  getModuleInfo: (id: string) => { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
};

/** Source path of a module id, relative to the web root and with forward slashes (`src/views/...`). */
function sourcePath(root: string, id: string): string {
  return path.relative(root, id.split('?')[0]!).split(path.sep).join('/');
}

/**
 * Whether a start screen needs a module: imports it, directly or through others, or loads it later itself (the
 * layout's confirmation dialog, the bell's list). Loading a route's screen is the router's, not a screen's.
 */
function startScreenModules(root: string) {
  const known = new Map<string, boolean>();
  const isStart = (id: string) => START_SCREENS.some((start) => sourcePath(root, id).startsWith(start));
  return (id: string, graph: ModuleGraph): boolean => {
    let answer = known.get(id);
    if (answer === undefined) {
      const seen = new Set([id]);
      const queue = [id];
      answer = false;
      while (queue.length > 0 && !answer) {
        const next = queue.shift()!;
        answer = isStart(next);
        const info = graph.getModuleInfo(next);
        const loaders = (info?.dynamicImporters ?? []).filter(
          (loader) => !sourcePath(root, loader).startsWith('src/router/'),
        );
        for (const importer of [...(info?.importers ?? []), ...loaders]) {
          if (!seen.has(importer)) {
            seen.add(importer);
            queue.push(importer);
          }
        }
      }
      known.set(id, answer);
    }
    return answer;
  };
}

export function chunkGroups(root: string) {
  const neededAtStart = startScreenModules(root);
  return [
    { name: 'vue', test: FRAMEWORK, priority: 3 },
    { name: 'calendar', test: CALENDAR, priority: 2, includeDependenciesRecursively: false },
    {
      debugName: 'screens',
      name: (id: string, graph: ModuleGraph) => {
        const source = sourcePath(root, id);
        if (!source.startsWith('src/') || source.startsWith('src/i18n/') || source.includes('TrainingCalendarView')) {
          return null;
        }
        return neededAtStart(id, graph) ? null : 'screens';
      },
      priority: 1,
      includeDependenciesRecursively: false,
    },
  ];
}

/**
 * Writes `.vite/modules.json` beside vite's manifest: the file each source module ended up in. Modules of a group
 * have no key of their own in the manifest; `scripts/spa-sizes.mjs` finds the screens it measures through this.
 */
export function moduleMap(): Plugin {
  let root = '';
  return {
    name: 'ambassador:module-map',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const files: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const source = sourcePath(root, id);
          if (source.startsWith('src/')) files[source] = chunk.fileName;
        }
      }
      this.emitFile({ type: 'asset', fileName: '.vite/modules.json', source: `${JSON.stringify(files, null, 1)}\n` });
    },
  };
}
