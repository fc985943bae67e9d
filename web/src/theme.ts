import { definePreset } from '@primeuix/themes';
import button from '@primeuix/themes/aura/button';
import checkbox from '@primeuix/themes/aura/checkbox';
import datepicker from '@primeuix/themes/aura/datepicker';
import iconfield from '@primeuix/themes/aura/iconfield';
import inputtext from '@primeuix/themes/aura/inputtext';
import message from '@primeuix/themes/aura/message';
import progressbar from '@primeuix/themes/aura/progressbar';
import progressspinner from '@primeuix/themes/aura/progressspinner';
import radiobutton from '@primeuix/themes/aura/radiobutton';
import selectbutton from '@primeuix/themes/aura/selectbutton';
import skeleton from '@primeuix/themes/aura/skeleton';
import tag from '@primeuix/themes/aura/tag';
import textarea from '@primeuix/themes/aura/textarea';
import togglebutton from '@primeuix/themes/aura/togglebutton';
import toggleswitch from '@primeuix/themes/aura/toggleswitch';
import base from '@primeuix/themes/aura/base';
import type { ExtendedCSS } from '@primeuix/themes/types';
import cssModule from '@primeuix/themes/aura/css';

/**
 * Aura with only the components the app uses (and those they are built of: a select button's toggle buttons): the
 * full preset styles some ninety and would put all of them in every page's first download. A component added to the
 * app needs its entry here, or it renders unstyled; one no longer used leaves it (theme.test.ts checks both).
 */
const Aura = {
  ...base,
  // The package's types name a `css` export; the file's only export is the default, a string.
  css: cssModule as unknown as ExtendedCSS,
  components: {
    button,
    checkbox,
    datepicker,
    iconfield,
    inputtext,
    message,
    progressbar,
    progressspinner,
    radiobutton,
    selectbutton,
    skeleton,
    tag,
    textarea,
    togglebutton,
    toggleswitch,
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
 * (Aura's default 500 shade does not); outlined and text buttons and message texts use darker shades for
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
    // The unchosen options of a SelectButton: Aura's grey 500 on grey 100 is 4.3:1.
    togglebutton: {
      colorScheme: {
        light: { root: { color: '{surface.600}' }, icon: { color: '{surface.600}' } },
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
