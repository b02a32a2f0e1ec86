// The access token lives in sessionStorage: it survives a reload but not the closing of the
// tab, which suits a shared office computer. Links and React read it from here.
const TOKEN_KEY = 'panel.token';
const EXPIRES_KEY = 'panel.tokenExpiresAt';

export type SessionEnd = 'logout' | 'expired';

type Listener = () => void;

function readToken(): string | null {
  try {
    const token = window.sessionStorage.getItem(TOKEN_KEY);
    const expiresAt = window.sessionStorage.getItem(EXPIRES_KEY);
    if (!token) return null;
    if (expiresAt && Date.parse(expiresAt) <= Date.now()) return null;
    return token;
  } catch {
    return null;
  }
}

function createAuthStore() {
  let token = readToken();
  let lastEnd: SessionEnd | null = null;
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((listener) => listener());

  return {
    getToken(): string | null {
      return token;
    },
    /** Why the last session ended, so the login page can say so. */
    getLastEnd(): SessionEnd | null {
      return lastEnd;
    },
    setToken(next: string, expiresAt?: string): void {
      token = next;
      lastEnd = null;
      try {
        window.sessionStorage.setItem(TOKEN_KEY, next);
        if (expiresAt) window.sessionStorage.setItem(EXPIRES_KEY, expiresAt);
        else window.sessionStorage.removeItem(EXPIRES_KEY);
      } catch {
        // Storage refused: the session lasts as long as the page.
      }
      emit();
    },
    clear(reason: SessionEnd): void {
      if (token === null) return;
      token = null;
      lastEnd = reason;
      try {
        window.sessionStorage.removeItem(TOKEN_KEY);
        window.sessionStorage.removeItem(EXPIRES_KEY);
      } catch {
        // Nothing stored.
      }
      emit();
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type AuthStore = ReturnType<typeof createAuthStore>;

export const authStore: AuthStore = createAuthStore();
