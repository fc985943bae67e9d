import type { ColumnPassThroughOptions } from 'primevue/column';

interface ToggleOptions {
  parent: { props: { expanded?: boolean } };
  context: { node: { data?: { name?: string } } };
}

/**
 * Pass-through for a TreeTable's expander column that names each row's toggle button after its row ("De Linde
 * uitklappen"): PrimeVue renders it as an icon-only button without a name. Its types do not list the button yet.
 */
export function namedTreeToggle(name: (expanded: boolean, rowName: string) => string): ColumnPassThroughOptions {
  const options = {
    nodeToggleButton: ({ parent, context }: ToggleOptions) => ({
      'aria-label': name(parent.props.expanded === true, context.node.data?.name ?? ''),
    }),
  };
  return options as unknown as ColumnPassThroughOptions;
}
