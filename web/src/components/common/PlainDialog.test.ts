import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, nextTick } from 'vue';
import { createAppI18n } from '../../i18n/index.ts';
import PlainDialog from './PlainDialog.vue';

/** Unmounted after each test: an open dialog left behind would keep the page locked for the next. */
const mounted: VueWrapper[] = [];

afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
  document.documentElement.style.overflow = '';
});

/** Mounted as a parent with `v-model:visible` would: every update comes back as the new `visible`. */
function mountDialog(
  props: Record<string, unknown> = {},
  options: { attrs?: Record<string, unknown>; slots?: Record<string, () => unknown> } = {},
) {
  const wrapper = mount(PlainDialog, {
    props: {
      visible: true,
      header: 'Sessie plannen',
      'onUpdate:visible': (visible: boolean) => wrapper.setProps({ visible }),
      ...props,
    } as never,
    attrs: options.attrs,
    slots: options.slots ?? { default: () => h('p', 'Inhoud') },
    attachTo: document.body,
    global: { plugins: [createAppI18n('nl')] },
  });
  mounted.push(wrapper);
  return wrapper;
}

function unmount(wrapper: VueWrapper): void {
  mounted.splice(mounted.indexOf(wrapper), 1);
  wrapper.unmount();
}

const dialog = () => document.querySelector('dialog');

describe('PlainDialog', () => {
  it('opens as a modal once visible, also when it is mounted visible, and shows its content only then', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');

    const wrapper = mountDialog({ visible: false });
    await nextTick();
    expect(dialog()).toBeNull();
    expect(document.body.textContent).not.toContain('Inhoud');
    expect(showModal).not.toHaveBeenCalled();

    await wrapper.setProps({ visible: true });
    await nextTick();
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(dialog()!.open).toBe(true);
    expect(dialog()!.textContent).toContain('Inhoud');

    mountDialog({ visible: true });
    await nextTick();
    expect(showModal).toHaveBeenCalledTimes(2);
  });

  it('closes the dialog and takes it out of the page when visible turns false', async () => {
    const close = vi.spyOn(HTMLDialogElement.prototype, 'close');
    const wrapper = mountDialog();
    await nextTick();
    const element = dialog()!;

    await wrapper.setProps({ visible: false });

    expect(close).toHaveBeenCalledTimes(1);
    expect(element.open).toBe(false);
    expect(dialog()).toBeNull();
    expect(wrapper.emitted('after-hide')).toHaveLength(1);
  });

  it('lets Escape (the cancel event) close it through the model', async () => {
    const wrapper = mountDialog();
    await nextTick();

    const cancel = new Event('cancel', { cancelable: true });
    dialog()!.dispatchEvent(cancel);
    await nextTick();

    expect(cancel.defaultPrevented).toBe(false);
    expect(wrapper.emitted('update:visible')).toEqual([[false]]);
    expect(dialog()).toBeNull();
  });

  it('follows the browser when it closes the dialog itself', async () => {
    const wrapper = mountDialog();
    await nextTick();

    dialog()!.close();
    await nextTick();

    expect(wrapper.emitted('update:visible')).toEqual([[false]]);
    expect(dialog()).toBeNull();
  });

  it('refuses Escape and shows no close button when it is not closable', async () => {
    const wrapper = mountDialog({ closable: false });
    await nextTick();

    const cancel = new Event('cancel', { cancelable: true });
    dialog()!.dispatchEvent(cancel);
    await nextTick();

    expect(cancel.defaultPrevented).toBe(true);
    expect(wrapper.emitted('update:visible')).toBeUndefined();
    expect(dialog()!.open).toBe(true);
    expect(dialog()!.querySelector('button')).toBeNull();
  });

  it('closes from the close button in the header', async () => {
    const wrapper = mountDialog();
    await nextTick();

    const button = dialog()!.querySelector<HTMLButtonElement>('.plain-dialog__header button[aria-label="Sluiten"]')!;
    expect(button.querySelector('.pi.pi-times')).not.toBeNull();
    button.click();
    await nextTick();

    expect(wrapper.emitted('update:visible')).toEqual([[false]]);
    expect(dialog()).toBeNull();
  });

  it('is named by its header, a level 2 heading', async () => {
    mountDialog();
    await nextTick();

    const labelledBy = dialog()!.getAttribute('aria-labelledby');
    expect(labelledBy).toBeTruthy();
    const title = document.getElementById(labelledBy!)!;
    expect(title.tagName).toBe('H2');
    expect(title.textContent!.trim()).toBe('Sessie plannen');
    expect(dialog()!.contains(title)).toBe(true);
  });

  it('lets the header slot write the title, which still names the dialog', async () => {
    mountDialog({}, { slots: { header: () => ['Afdeling Beuk', h('span', 'Zorg')], default: () => h('p', 'Inhoud') } });
    await nextTick();

    const title = document.getElementById(dialog()!.getAttribute('aria-labelledby')!)!;
    expect(title.tagName).toBe('H2');
    expect(title.textContent).toBe('Afdeling BeukZorg');
  });

  it('passes its attributes (test id, class, style) on to the <dialog>', async () => {
    mountDialog({}, { attrs: { 'data-testid': 'session-dialog', class: 'session', style: { width: '46rem' } } });
    await nextTick();

    const element = document.querySelector<HTMLDialogElement>('[data-testid="session-dialog"]')!;
    expect(element.tagName).toBe('DIALOG');
    expect(element.classList.contains('session')).toBe(true);
    expect(element.style.width).toBe('46rem');
  });

  it('holds the page still while open and gives back its own overflow when closed or unmounted', async () => {
    document.documentElement.style.overflow = 'scroll';
    const wrapper = mountDialog({ visible: false });
    await nextTick();
    expect(document.documentElement.style.overflow).toBe('scroll');

    await wrapper.setProps({ visible: true });
    await nextTick();
    expect(document.documentElement.style.overflow).toBe('hidden');

    await wrapper.setProps({ visible: false });
    expect(document.documentElement.style.overflow).toBe('scroll');

    await wrapper.setProps({ visible: true });
    await nextTick();
    expect(document.documentElement.style.overflow).toBe('hidden');
    unmount(wrapper);
    expect(document.documentElement.style.overflow).toBe('scroll');
  });

  it('keeps the page still until the last of two open dialogs closes', async () => {
    const first = mountDialog();
    const second = mountDialog({ header: 'Weet je het zeker?' });
    await nextTick();

    await first.setProps({ visible: false });
    expect(document.documentElement.style.overflow).toBe('hidden');
    await second.setProps({ visible: false });
    expect(document.documentElement.style.overflow).toBe('');
  });

  it('is a centred dialog, or a sheet along the right edge', async () => {
    mountDialog();
    await nextTick();
    expect(dialog()!.classList.contains('plain-dialog--center')).toBe(true);
    expect(dialog()!.classList.contains('plain-dialog--right')).toBe(false);
    document.body.innerHTML = '';

    mountDialog({ position: 'right' });
    await nextTick();
    expect(dialog()!.classList.contains('plain-dialog--right')).toBe(true);
    expect(dialog()!.classList.contains('plain-dialog--center')).toBe(false);
  });

  it('puts the focus on the first field of its content, not on the close button', async () => {
    mountDialog(
      {},
      {
        slots: {
          default: () => [
            h('input', { type: 'file', tabindex: -1 }),
            h('button', { type: 'button', disabled: true }, 'Uit'),
            h('input', { id: 'first', type: 'text' }),
            h('input', { id: 'second', type: 'text' }),
          ],
        },
      },
    );
    await nextTick();

    expect(document.activeElement?.id).toBe('first');
  });

  it('closes on a click on the dimmed page only when the mask may dismiss it', async () => {
    const press = (element: HTMLElement) => {
      element.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, clientX: -10, clientY: -10 }));
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: -10, clientY: -10 }));
    };
    const fixed = mountDialog();
    await nextTick();
    press(dialog()!);
    await nextTick();
    expect(fixed.emitted('update:visible')).toBeUndefined();
    unmount(fixed);

    const dismissable = mountDialog({ dismissableMask: true });
    await nextTick();
    press(dialog()!.querySelector('p')!);
    await nextTick();
    expect(dismissable.emitted('update:visible')).toBeUndefined();

    press(dialog()!);
    await nextTick();
    expect(dismissable.emitted('update:visible')).toEqual([[false]]);
  });
});
