import type { StateCreator } from 'zustand';
import { readThemeChoice, storeThemeChoice, type Theme, type ThemeChoice } from '../theme/theme';
import type { AppState } from './appState';

export interface ThemeSlice {
  themeChoice: ThemeChoice;
  /** What the system asks for; kept current by the theme controller. */
  systemPrefersDark: boolean;
  setThemeChoice: (choice: ThemeChoice) => void;
  setSystemPrefersDark: (dark: boolean) => void;
}

export const createThemeSlice: StateCreator<AppState, [], [], ThemeSlice> = (set) => ({
  themeChoice: typeof localStorage === 'undefined' ? 'system' : readThemeChoice(),
  systemPrefersDark: false,
  setThemeChoice: (themeChoice) => {
    storeThemeChoice(themeChoice);
    set({ themeChoice });
  },
  setSystemPrefersDark: (systemPrefersDark) => set({ systemPrefersDark }),
});

export type { Theme };
