import { describe, expect, it } from 'vitest';
import { chunkGroups } from './chunks.ts';

const root = '/app/web';
const at = (source: string) => `${root}/${source}`;

/** A module graph: each module with the modules that import it. */
function graph(importers: Record<string, string[]>) {
  return {
    getModuleInfo: (id: string) => ({ importers: (importers[id] ?? []).map(at) }),
  };
}

const [framework, calendar, screens] = chunkGroups(root);
const screenOf = (source: string, importers: Record<string, string[]>) =>
  (screens!.name as (id: string, g: ReturnType<typeof graph>) => string | null)(
    at(source),
    graph(Object.fromEntries(Object.entries(importers).map(([id, list]) => [at(id), list]))),
  );

describe('chunkGroups', () => {
  it('puts a screen and what only screens import into one file', () => {
    const importers = {
      'src/views/settings/UsersView.vue': ['src/router/routes.ts'],
      'src/components/users/UsersTable.vue': ['src/views/settings/UsersView.vue'],
    };

    expect(screenOf('src/views/settings/UsersView.vue', importers)).toBe('screens');
    expect(screenOf('src/components/users/UsersTable.vue', importers)).toBe('screens');
  });

  it('leaves what a start screen imports, however indirectly, to the start screens', () => {
    const importers = {
      'src/lib/format.ts': ['src/components/dashboard/Tile.vue', 'src/views/settings/UsersView.vue'],
      'src/components/dashboard/Tile.vue': ['src/views/dashboard/DashboardView.vue'],
      'src/components/auth/Brand.vue': ['src/views/auth/SignupView.vue'],
    };

    expect(screenOf('src/lib/format.ts', importers)).toBeNull();
    expect(screenOf('src/components/auth/Brand.vue', importers)).toBeNull();
    expect(screenOf('src/views/dashboard/DashboardView.vue', importers)).toBeNull();
  });

  it('leaves messages, the calendar view and packages out of the screens', () => {
    expect(screenOf('src/i18n/locales/en-areas.ts', {})).toBeNull();
    expect(screenOf('src/views/training/TrainingCalendarView.vue', {})).toBeNull();
    expect(screenOf('../node_modules/date-fns/index.js', {})).toBeNull();
  });

  it('keeps the framework and the calendar packages in files of their own', () => {
    const test = (group: typeof framework, id: string) => (group!.test as RegExp).test(id);

    expect(test(framework, '/app/node_modules/vue-router/dist/vue-router.mjs')).toBe(true);
    expect(test(calendar, '/app/node_modules/@fullcalendar/core/index.js')).toBe(true);
    expect(test(calendar, at('src/components/training/TrainingCalendar.vue'))).toBe(true);
    expect(test(calendar, at('src/components/training/SessionKindTag.vue'))).toBe(false);
  });
});
