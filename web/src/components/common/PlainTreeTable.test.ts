import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import PlainTreeTable from './PlainTreeTable.vue';

interface Team {
  key: string;
  data: { name: string; size: number };
  children: Team[];
}

const team = (name: string, size: number, children: Team[] = []): Team => ({
  key: name.toLowerCase(),
  data: { name, size },
  children,
});

const tree: Team[] = [team('Zorg', 12, [team('Linde', 7, [team('Beuk', 4)]), team('Baken', 5)]), team('Wonen', 3)];
const columns = [
  { key: 'name', header: 'Naam' },
  { key: 'size', header: 'Omvang' },
];

afterEach(() => {
  document.body.innerHTML = '';
});

/** Mounts the table under a parent that owns the open branches, as a view does with `v-model:expanded-keys`. */
function mountTree(nodes: Team[] = tree, open: Record<string, boolean> = {}) {
  const expanded = ref(open);
  const wrapper = mount(
    defineComponent(
      () => () =>
        h(
          PlainTreeTable<Team>,
          {
            nodes,
            columns,
            label: 'Teams',
            toggleName: (isOpen: boolean, node: Team) => `${node.data.name} ${isOpen ? 'inklappen' : 'uitklappen'}`,
            expandedKeys: expanded.value,
            'onUpdate:expandedKeys': (keys: Record<string, boolean>) => (expanded.value = keys),
          },
          {
            'cell-name': ({ node }: { node: Team }) => h('span', node.data.name),
            'cell-size': ({ node }: { node: Team }) => String(node.data.size),
            empty: () => h('p', { 'data-testid': 'none' }, 'Geen teams'),
          },
        ),
    ),
    { attachTo: document.body },
  );
  return { wrapper, expanded };
}

/** The body rows as "level name size", top to bottom. */
const rows = (wrapper: VueWrapper) =>
  wrapper.findAll('tbody tr[role="row"]').map(
    (tr) =>
      `${tr.attributes('aria-level')} ${tr
        .findAll('td')
        .map((td) => td.text())
        .join(' ')}`,
  );

const toggle = (wrapper: VueWrapper, name: string) =>
  wrapper.findAll('button').find((button) => button.attributes('aria-label')?.startsWith(`${name} `))!;

describe('PlainTreeTable', () => {
  it('shows the top level under a named treegrid, each row with its level and place among its siblings', () => {
    const { wrapper } = mountTree();

    expect(wrapper.get('table').attributes()).toMatchObject({ role: 'treegrid', 'aria-label': 'Teams' });
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['Naam', 'Omvang']);
    expect(rows(wrapper)).toEqual(['1 Zorg 12', '1 Wonen 3']);
    const [zorg, wonen] = wrapper.findAll('tbody tr');
    expect(zorg!.attributes()).toMatchObject({ 'aria-expanded': 'false', 'aria-posinset': '1', 'aria-setsize': '2' });
    expect(wonen!.attributes('aria-posinset')).toBe('2');
    expect(wonen!.attributes('aria-expanded')).toBeUndefined();
  });

  it('opens and closes a branch with its toggle, in the model and in the rows', async () => {
    const { wrapper, expanded } = mountTree();

    const zorg = toggle(wrapper, 'Zorg');
    expect(zorg.attributes()).toMatchObject({
      type: 'button',
      'aria-label': 'Zorg uitklappen',
      'aria-expanded': 'false',
    });
    await zorg.trigger('click');

    expect(expanded.value).toEqual({ zorg: true });
    expect(rows(wrapper)).toEqual(['1 Zorg 12', '2 Linde 7', '2 Baken 5', '1 Wonen 3']);
    expect(toggle(wrapper, 'Zorg').attributes()).toMatchObject({
      'aria-label': 'Zorg inklappen',
      'aria-expanded': 'true',
    });
    expect(wrapper.findAll('tbody tr')[0]!.attributes('aria-expanded')).toBe('true');

    await toggle(wrapper, 'Linde').trigger('click');
    expect(rows(wrapper)).toContain('3 Beuk 4');

    // Closing the top hides the open branch below it too, which stays open for when it shows again.
    await toggle(wrapper, 'Zorg').trigger('click');
    expect(expanded.value).toEqual({ linde: true });
    expect(rows(wrapper)).toEqual(['1 Zorg 12', '1 Wonen 3']);
  });

  it('gives a leaf an empty space instead of a toggle', () => {
    const { wrapper } = mountTree(tree, { zorg: true });

    const baken = wrapper.findAll('tbody tr')[2]!;
    expect(baken.text()).toContain('Baken');
    expect(baken.find('button').exists()).toBe(false);
    expect(baken.find('.plain-tree-table__toggle').attributes('aria-hidden')).toBe('true');
    expect(wrapper.findAll('button').map((button) => button.attributes('aria-label'))).toEqual([
      'Zorg inklappen',
      'Linde uitklappen',
    ]);
  });

  it('moves through the rows with the arrow keys and opens and closes branches with them', async () => {
    const { wrapper, expanded } = mountTree();
    const row = (i: number) => wrapper.findAll('tbody tr')[i]!;

    // One tab stop: the first row until another is focused.
    expect(wrapper.findAll('tbody tr').map((tr) => tr.attributes('tabindex'))).toEqual(['0', '-1']);

    await row(0).trigger('keydown', { key: 'ArrowRight' });
    expect(expanded.value).toEqual({ zorg: true });

    await row(0).trigger('keydown', { key: 'ArrowRight' });
    await wrapper.vm.$nextTick();
    expect(document.activeElement).toBe(row(1).element);
    expect(row(1).attributes('tabindex')).toBe('0');

    await row(1).trigger('keydown', { key: 'End' });
    await wrapper.vm.$nextTick();
    expect(document.activeElement).toBe(row(3).element);

    await row(3).trigger('keydown', { key: 'ArrowUp' });
    await wrapper.vm.$nextTick();
    expect(document.activeElement?.textContent).toContain('Baken');

    // From a child, ← goes to its parent; on an open branch it closes it.
    await row(2).trigger('keydown', { key: 'ArrowLeft' });
    await wrapper.vm.$nextTick();
    expect(document.activeElement).toBe(row(0).element);

    await row(0).trigger('keydown', { key: 'ArrowLeft' });
    expect(expanded.value).toEqual({});
    expect(rows(wrapper)).toHaveLength(2);
  });

  it('shows the empty slot when there is nothing to show', () => {
    const { wrapper } = mountTree([]);

    expect(wrapper.findAll('tbody tr[role="row"]')).toHaveLength(0);
    expect(wrapper.get('[data-testid="none"]').text()).toBe('Geen teams');
    expect(wrapper.get('tbody td').attributes('colspan')).toBe('2');
  });
});
