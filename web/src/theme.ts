import { definePreset, updatePreset } from '@primeuix/themes';
import button from '@primeuix/themes/aura/button';
import inputtext from '@primeuix/themes/aura/inputtext';
import message from '@primeuix/themes/aura/message';
import progressspinner from '@primeuix/themes/aura/progressspinner';
import base from '@primeuix/themes/aura/base';
import type { ExtendedCSS } from '@primeuix/themes/types';
import cssModule from '@primeuix/themes/aura/css';

/**
 * Aura with only the components of the pages a visitor sees before logging in (the login and signup forms, the
 * loading spinner): the full preset styles some ninety. The components of the screens behind the login are added
 * by `loadWorkspaceTheme` (./workspaceTheme.ts) before the first of them opens. A component added to the app needs
 * its entry in one of the two, or it renders unstyled.
 */
const Aura = {
  ...base,
  // The package's types name a `css` export; the file's only export is the default, a string.
  css: cssModule as unknown as ExtendedCSS,
  components: {
    button,
    inputtext,
    message,
    progressspinner,
  },
};

/** A message's text in the 800 shade of its colour: Aura's 600 (yellow 2.8:1, green 3.3:1) fails WCAG AA. */
const readableMessage = (colour: string) => ({
  color: `{${colour}.800}`,
  outlined: { color: `{${colour}.800}` },
  simple: { color: `{${colour}.800}` },
});

/** Outlined and text buttons in a darker shade than Aura's 500 (grey 4.4:1, red 3.8:1 on light backgrounds). */
const readableButtonText = (colour: string, shade: number) => ({ color: `{${colour}.${shade}}` });
const readableButtonVariant = {
  secondary: readableButtonText('surface', 700),
  success: readableButtonText('green', 700),
  info: readableButtonText('sky', 700),
  warn: readableButtonText('orange', 800),
  help: readableButtonText('purple', 700),
  danger: readableButtonText('red', 700),
};

/**
 * Filled buttons of a colour in its 700 shade, 800 on hover and 900 when pressed: white text on Aura's 500 fails
 * WCAG AA (red 3.8:1, green 2.3:1, sky 2.8:1, orange 2.8:1, purple 4.2:1).
 */
const readableFilledButton = (colour: string) => ({
  background: `{${colour}.700}`,
  hoverBackground: `{${colour}.800}`,
  activeBackground: `{${colour}.900}`,
  borderColor: `{${colour}.700}`,
  hoverBorderColor: `{${colour}.800}`,
  activeBorderColor: `{${colour}.900}`,
  color: '#ffffff',
  hoverColor: '#ffffff',
  activeColor: '#ffffff',
  focusRing: { color: `{${colour}.700}`, shadow: 'none' },
});
const readableFilledVariant = {
  success: readableFilledButton('green'),
  info: readableFilledButton('sky'),
  warn: readableFilledButton('orange'),
  help: readableFilledButton('purple'),
  danger: readableFilledButton('red'),
};

/**
 * Aura with a deep teal. Buttons use the 700 shade so white text on them passes WCAG AA contrast
 * (Aura's default 500 shade does not); outlined and text buttons and message texts (toast texts in ./workspaceTheme.ts) use darker shades for
 * the same reason.
 */
export const AmbassadorPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{teal.50}',
      100: '{teal.100}',
      200: '{teal.200}',
      300: '{teal.300}',
      400: '{teal.400}',
      500: '{teal.500}',
      600: '{teal.600}',
      700: '{teal.700}',
      800: '{teal.800}',
      900: '{teal.900}',
      950: '{teal.950}',
    },
    focusRing: { width: '2px', style: 'solid', color: '{primary.700}', offset: '2px' },
    colorScheme: {
      light: {
        primary: {
          color: '{primary.700}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.800}',
          activeColor: '{primary.900}',
        },
        highlight: {
          background: '{primary.50}',
          focusBackground: '{primary.100}',
          color: '{primary.800}',
          focusColor: '{primary.900}',
        },
      },
    },
  },
  components: {
    button: {
      colorScheme: {
        light: { root: readableFilledVariant, outlined: readableButtonVariant, text: readableButtonVariant },
      },
    },
    message: {
      colorScheme: {
        light: {
          info: readableMessage('blue'),
          success: readableMessage('green'),
          warn: readableMessage('yellow'),
          error: readableMessage('red'),
          secondary: readableMessage('surface'),
        },
      },
    },
  },
});

let workspaceTheme: Promise<void> | undefined;

/**
 * Adds the styles of the components behind the login to the theme, once: called before the first screen that
 * needs a session opens. Should the chunk fail to arrive, the next call asks again.
 */
export function loadWorkspaceTheme(): Promise<void> {
  workspaceTheme ??= import('./workspaceTheme.ts').then(
    ({ WorkspaceComponents }) => {
      updatePreset({ components: WorkspaceComponents });
    },
    (error: unknown) => {
      workspaceTheme = undefined;
      throw error;
    },
  );
  return workspaceTheme;
}
