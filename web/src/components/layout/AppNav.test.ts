import type { Role } from '@ambassador/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import AppNav from './AppNav.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

async function navLabels(role: Role, path = '/') {
  const { wrapper } = await mountInApp(AppNav, { me: meFor(role), path });
  return { wrapper, labels: wrapper.findAll('a').map((link) => link.text()) };
}

describe('AppNav', () => {
  it('shows an admin the eight sections of the program', async () => {
    const { labels } = await navLabels('admin');
    expect(labels).toEqual([
      'Dashboard',
      'Organisatie',
      'Ambassadeurs',
      'Dekking',
      'Trainingen',
      'Activiteit',
      'Feedback',
      'Instellingen',
    ]);
  });

  it('shows an ambassador their overview, trainings and feedback', async () => {
    const { labels } = await navLabels('ambassador', '/me');
    expect(labels).toEqual(['Mijn overzicht', 'Trainingen', 'Feedback']);
  });

  it('shows HR the dashboard, organisation, coverage, training, feedback results and reports', async () => {
    const { labels } = await navLabels('hr', '/coverage');
    expect(labels).toEqual([
      'Dashboard',
      'Organisatie',
      'Dekking',
      'Trainingen',
      'Activiteit',
      'Feedback',
      'Rapportages',
    ]);
  });

  it('keeps Trainingen marked on a session page', async () => {
    const { wrapper } = await navLabels('admin', '/training/sessions/6f1c2d3e-0000-4000-8000-000000000601');
    expect(wrapper.findAll('a[aria-current="page"]').map((link) => link.text())).toEqual(['Trainingen']);
  });

  it('marks the current section with aria-current, also on its sub-pages', async () => {
    const { wrapper } = await navLabels('admin', '/settings/users');
    const current = wrapper.findAll('a[aria-current="page"]');
    expect(current.map((link) => link.text())).toEqual(['Instellingen']);
  });
});
