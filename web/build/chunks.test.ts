import { describe, expect, it } from 'vitest';
import { chunkGroups } from './chunks.ts';

const root = '/app/web';
const at = (source: string) => `${root}/${source}`;

type Importers = Record<string, string[]>;

/** A module graph: each module with the modules that import it, and those that load it later (`import()`). */
function graph(importers: Importers, loaders: Importers) {
  return {
    getModuleInfo: (id: string) => {
      const source = id.slice(root.length + 1);
      return { importers: (importers[source] ?? []).map(at), dynamicImporters: (loaders[source] ?? []).map(at) };
    },
  };
}

const [framework, calendar] = chunkGroups(root);
/** The group a module falls in, with a fresh set of groups (they remember what they worked out). */
const screenOf = (source: string, importers: Importers, loaders: Importers = {}) => {
  const screens = chunkGroups(root)[2]!;
  return (screens.name as (id: string, g: ReturnType<typeof graph>) => string | null)(
    at(source),
    graph(importers, loaders),
  );
};

describe('chunkGroups', () => {
  it('puts a screen and what only screens import into one file', () => {
    const importers = { 'src/components/users/UsersTable.vue': ['src/views/settings/UsersView.vue'] };
    const loaders = { 'src/views/settings/UsersView.vue': ['src/router/routes.ts'] };

    expect(screenOf('src/views/settings/UsersView.vue', importers, loaders)).toBe('screens');
    expect(screenOf('src/components/users/UsersTable.vue', importers, loaders)).toBe('screens');
  });

  it('leaves what a start screen loads later to the start screens', () => {
    const loaders = {
      'src/components/common/ConfirmRegion.vue': ['src/components/layout/AppLayout.vue'],
      'src/components/notifications/NotificationPopup.vue': ['src/components/notifications/NotificationBell.vue'],
    };
    const importers = { 'src/components/notifications/NotificationBell.vue': ['src/components/layout/AppLayout.vue'] };

    expect(screenOf('src/components/common/ConfirmRegion.vue', importers, loaders)).toBeNull();
    expect(screenOf('src/components/notifications/NotificationPopup.vue', importers, loaders)).toBeNull();
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
