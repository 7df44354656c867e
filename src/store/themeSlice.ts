import type { StateCreator } from 'zustand';
import { storeThemeChoice, type Theme, type ThemeChoice } from '../theme/theme';
import type { AppState, SliceActions } from './appState';

export interface ThemeSlice {
  themeChoice: ThemeChoice;
  /** What the system asks for; kept current by the theme controller. */
  systemPrefersDark: boolean;
  /** True between the browser's beforeprint and afterprint: paper is white, so the page is light. */
  printing: boolean;
  setThemeChoice: (choice: ThemeChoice) => void;
  setSystemPrefersDark: (dark: boolean) => void;
  setPrinting: (printing: boolean) => void;
}

export const createThemeSlice: StateCreator<AppState, [], [], SliceActions<ThemeSlice>> = (set) => ({
  setThemeChoice: (themeChoice) => {
    storeThemeChoice(themeChoice);
    set({ themeChoice });
  },
  setSystemPrefersDark: (systemPrefersDark) => set({ systemPrefersDark }),
  setPrinting: (printing) => set({ printing }),
});

export type { Theme };
