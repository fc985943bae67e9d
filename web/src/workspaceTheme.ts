import { definePreset } from '@primeuix/themes';
import autocomplete from '@primeuix/themes/aura/autocomplete';
import checkbox from '@primeuix/themes/aura/checkbox';
import chip from '@primeuix/themes/aura/chip';
import confirmdialog from '@primeuix/themes/aura/confirmdialog';
import datatable from '@primeuix/themes/aura/datatable';
import datepicker from '@primeuix/themes/aura/datepicker';
import dialog from '@primeuix/themes/aura/dialog';
import drawer from '@primeuix/themes/aura/drawer';
import iconfield from '@primeuix/themes/aura/iconfield';
import menu from '@primeuix/themes/aura/menu';
import multiselect from '@primeuix/themes/aura/multiselect';
import paginator from '@primeuix/themes/aura/paginator';
import progressbar from '@primeuix/themes/aura/progressbar';
import radiobutton from '@primeuix/themes/aura/radiobutton';
import select from '@primeuix/themes/aura/select';
import selectbutton from '@primeuix/themes/aura/selectbutton';
import skeleton from '@primeuix/themes/aura/skeleton';
import tag from '@primeuix/themes/aura/tag';
import textarea from '@primeuix/themes/aura/textarea';
import toast from '@primeuix/themes/aura/toast';
import togglebutton from '@primeuix/themes/aura/togglebutton';
import toggleswitch from '@primeuix/themes/aura/toggleswitch';
import tree from '@primeuix/themes/aura/tree';
import treeselect from '@primeuix/themes/aura/treeselect';
import treetable from '@primeuix/themes/aura/treetable';
import virtualscroller from '@primeuix/themes/aura/virtualscroller';

/**
 * Aura's tokens for the components of the screens behind the login (and those they are built of: a data table's
 * paginator, a tree select's tree, a select's virtual scroller, a multiselect's chips), with the app's changes for
 * contrast: merged into the theme by `loadWorkspaceTheme` (./theme.ts), so the login page does not download them.
 */
export const WorkspaceComponents = definePreset(
  {
    components: {
      autocomplete,
      checkbox,
      chip,
      confirmdialog,
      datatable,
      datepicker,
      dialog,
      drawer,
      iconfield,
      menu,
      multiselect,
      paginator,
      progressbar,
      radiobutton,
      select,
      selectbutton,
      skeleton,
      tag,
      textarea,
      toast,
      togglebutton,
      toggleswitch,
      tree,
      treeselect,
      treetable,
      virtualscroller,
    },
  },
  {
    components: {
      // The unchosen options of a SelectButton: Aura's grey 500 on grey 100 is 4.3:1.
      togglebutton: {
        colorScheme: {
          light: { root: { color: '{surface.600}' }, icon: { color: '{surface.600}' } },
        },
      },
      toast: {
        colorScheme: {
          light: {
            info: { color: '{blue.800}' },
            success: { color: '{green.800}' },
            warn: { color: '{yellow.800}' },
            error: { color: '{red.800}' },
            secondary: { color: '{surface.700}' },
          },
        },
      },
    },
  },
).components;
