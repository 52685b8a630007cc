import { useMediaQuery } from '@material-ui/core';
import { Theme } from '@material-ui/core/styles';

/** Whether the screen is phone-sized (below the theme's `sm` breakpoint, 600 px by default). */
export function useIsPhone(): boolean {
  return useMediaQuery<Theme>(theme => theme.breakpoints.down('xs'));
}
