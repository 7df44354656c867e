import type { StateCreator } from 'zustand';
import { readThemeChoice, storeThemeChoice, type Theme, type ThemeChoice } from '../theme/theme';
import type { AppState } from './appState';

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

export const createThemeSlice: StateCreator<AppState, [], [], ThemeSlice> = (set) => ({
  // Not `typeof localStorage`: where site data is blocked, even reading it throws (readThemeChoice catches that).
  themeChoice: readThemeChoice(),
  systemPrefersDark: false,
  printing: false,
  setThemeChoice: (themeChoice) => {
    storeThemeChoice(themeChoice);
    set({ themeChoice });
  },
  setSystemPrefersDark: (systemPrefersDark) => set({ systemPrefersDark }),
  setPrinting: (printing) => set({ printing }),
});

export type { Theme };
